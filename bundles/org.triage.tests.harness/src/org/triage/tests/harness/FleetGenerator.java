package org.triage.tests.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates a fleet of snapshots from the sample snapshots (real tool output in the encodings Windows writes) with
 * varied facts: host name, collection day, OS build, VPN gateway, tunnel mode, site (DNS suffix). Each file keeps
 * its encoding (UTF-16LE with BOM, UTF-8 with or without BOM) and line ends; only the varied values change. Most
 * devices are written as zips, every seventh as a folder; every tenth device has an older second snapshot, so that
 * "newest snapshot per device" matters. Used by the fleet, CLI and product tests, the Fleet view's README picture and
 * releng/bench/fleet-bench.sh.
 */
public final class FleetGenerator {

    public static final List<String> GATEWAYS = List.of("gw1", "gw2", "gw3", "gw4", "gw5");
    public static final List<String> OS_BUILDS = List.of("10.0.22631", "10.0.26100", "10.0.19045");
    public static final List<String> SITES = List.of("berlin.contoso.com", "paris.contoso.com", "home.arpa",
            "london.contoso.com");
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 16);
    public static final int DAYS = 14;

    /** What the generator put into one snapshot: the ground truth a test compares the index with. */
    public record Generated(Path path, String sample, String hostname, OffsetDateTime collectedAt, String gateway,
            String tunnelMode, String osBuild, String site) {
    }

    private final Path samples;

    /** {@code FleetGenerator SAMPLES OUT COUNT [SEED]}: for releng/bench/fleet-bench.sh. */
    public static void main(String[] args) throws IOException {
        List<Generated> generated = new FleetGenerator(Path.of(args[0])).generate(Path.of(args[1]),
                Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 1);
        System.out.println(generated.size() + " snapshot(s) of "
                + generated.stream().map(Generated::hostname).distinct().count() + " device(s) in " + args[1]);
    }

    public FleetGenerator(Path samples) {
        this.samples = samples;
    }

    /** {@code count} snapshots under {@code out}, reproducible for a seed. */
    public List<Generated> generate(Path out, int count, long seed) throws IOException {
        Files.createDirectories(out);
        Random random = new Random(seed);
        Map<String, Map<String, byte[]>> sources = new LinkedHashMap<>();
        for (String sample : List.of("contoso-0x8004de40", "contoso-0x8004de40-json", "fabrikam-healthy")) {
            sources.put(sample, read(samples.resolve(sample)));
        }
        List<String> names = List.copyOf(sources.keySet());
        List<Generated> generated = new ArrayList<>();
        int device = 0;
        while (generated.size() < count) {
            int snapshotsOfDevice = device % 10 == 3 && generated.size() + 2 <= count ? 2 : 1;
            String sample = names.get(random.nextInt(names.size()));
            for (int s = 0; s < snapshotsOfDevice; s++) {
                generated.add(one(out, sources, sample, device, s, random));
            }
            device++;
        }
        return generated;
    }

    private Generated one(Path out, Map<String, Map<String, byte[]>> sources, String sample, int device, int nth,
            Random random) throws IOException {
        boolean fabrikam = sample.startsWith("fabrikam");
        String hostname = String.format("FLEET-%05d", device);
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS) - (nth == 0 ? 0 : 0));
        OffsetDateTime collectedAt = day.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60))
                .atOffset(ZoneOffset.UTC).minusDays(nth == 0 ? 0 : 1 + random.nextInt(3));
        String gateway = GATEWAYS.get(random.nextInt(GATEWAYS.size())) + (fabrikam ? ".fabrikam.com" : ".contoso.com");
        boolean split = fabrikam || random.nextInt(4) == 0;
        String osBuild = OS_BUILDS.get(random.nextInt(OS_BUILDS.size()));
        String site = SITES.get(random.nextInt(SITES.size()));
        Map<String, String> replacements = new LinkedHashMap<>();
        replacements.put(fabrikam ? "FAB-LT-2291" : "CONTOSO-LT-0417", hostname);
        replacements.put(fabrikam ? "2025-06-04T09:15:08-04:00" : "2025-06-03T10:42:17+02:00", collectedAt.toString());
        replacements.put(fabrikam ? "10.0.26100" : "10.0.22631", osBuild);
        replacements.put(fabrikam ? "vpn.fabrikam.com" : "vpn.contoso.com", gateway);
        if (!fabrikam && split) {
            replacements.put("\"SplitTunneling\":  false", "\"SplitTunneling\":  true");
        }
        // the site: the physical adapter's suffix (Contoso at home), the tunnel's (Fabrikam's Ethernet has none)
        replacements.put(fabrikam ? "corp.fabrikam.com" : "home.arpa", site);
        String name = hostname + (nth == 0 ? "" : "-older");
        Map<String, byte[]> files = new LinkedHashMap<>();
        sources.get(sample).forEach((file, bytes) -> files.put(file, replace(file, bytes, replacements)));
        Path path;
        if (device % 7 == 5) {
            path = out.resolve(name);
            Files.createDirectories(path);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(path.resolve(file.getKey()), file.getValue());
            }
        } else {
            path = out.resolve(name + ".zip");
            try (OutputStream stream = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(stream)) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        }
        return new Generated(path, sample, hostname, collectedAt, gateway, split ? "split" : "full", osBuild,
                site.toLowerCase(java.util.Locale.ROOT));
    }

    private static Map<String, byte[]> read(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(paths::add);
        }
        paths.sort(null);
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** Replaces text in a file without changing its encoding (BOM and all). */
    static byte[] replace(String file, byte[] bytes, Map<String, String> replacements) {
        Charset charset;
        int bom;
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else {
            charset = StandardCharsets.UTF_8;
            bom = 0;
        }
        String text = new String(bytes, bom, bytes.length - bom, charset);
        String changed = text;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            changed = changed.replace(replacement.getKey(), replacement.getValue());
        }
        if (changed.equals(text)) {
            return bytes;
        }
        byte[] body = changed.getBytes(charset);
        byte[] result = new byte[bom + body.length];
        System.arraycopy(bytes, 0, result, 0, bom);
        System.arraycopy(body, 0, result, bom, body.length);
        return result;
    }
}
