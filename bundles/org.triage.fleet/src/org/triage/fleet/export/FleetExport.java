package org.triage.fleet.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.triage.export.ExportLayout;
import org.triage.export.pseudonyms.Pseudonymizer;
import org.triage.export.redaction.Redactor;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetCell;
import org.triage.fleet.FleetDevice;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetFinding;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReportJson;

/**
 * Writes the fleet report to share: {@code report.html} (with the charts), {@code report.json}, CSV tables and the
 * charts as PNG, into a folder. Every name goes through the same redaction as a session export and, with
 * pseudonymisation, through one {@link Pseudonymizer} for the whole export: a device, gateway or site gets the same
 * pseudonym in every file. The map of pseudonyms goes beside the folder ({@code DIR.map.json}), never into it.
 */
public final class FleetExport {

    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String CAUSES_CSV = "causes.csv";
    public static final String BREAKDOWNS_CSV = "breakdowns.csv";
    public static final String COMBINATIONS_CSV = "combinations.csv";
    public static final String DEVICES_CSV = "devices.csv";
    public static final String OVER_TIME_PNG = "causes-over-time.png";
    public static final String BY_GATEWAY_PNG = "causes-by-gateway.png";

    /** What was written. {@code mapFile} is null without pseudonymisation. */
    public record Result(Path folder, List<Path> files, int devices, int redacted, int pseudonymised, Path mapFile) {
    }

    private FleetExport() {
    }

    public static Result export(FleetIndex index, LocalDate since, Path folder, boolean pseudonymise, Path mapFile)
            throws FleetException, IOException {
        if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
            throw new IOException(folder + " exists and is not an empty folder; name a new one");
        }
        FleetReport report = index.report(since);
        List<FleetDevice> devices = index.devicesOf(FleetCell.all(since));
        Redactor redactor = new Redactor();
        Pseudonymizer pseudonymizer = pseudonymise ? new Pseudonymizer() : null;
        if (pseudonymizer != null) {
            // learned as the collector's JSON names them, so that each kind of name gets its kind of pseudonym
            for (FleetDevice device : devices) {
                learn(pseudonymizer, "hostname", device.hostname());
                learn(pseudonymizer, "hostname", device.device());
                learn(pseudonymizer, "serveraddress", device.fact(Dimension.GATEWAY));
                learn(pseudonymizer, "dnssuffix", device.fact(Dimension.SITE));
                learn(pseudonymizer, "proxyserver", device.fact(Dimension.PROXY));
            }
        }
        UnaryOperator<String> names = value -> {
            if (value == null) {
                return null;
            }
            String redacted = redactor.redact(value);
            return pseudonymizer == null ? redacted : pseudonymizer.pseudonymize(redacted);
        };
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        byte[] overTime = FleetCharts.png(FleetCharts.causesOverTime(report));
        byte[] byGateway = FleetCharts.png(FleetCharts.causesByGateway(report, names));
        files.add(write(folder.resolve(OVER_TIME_PNG), overTime));
        files.add(write(folder.resolve(BY_GATEWAY_PNG), byGateway));
        files.add(write(folder.resolve(JSON), FleetReportJson.write(report, devices, names, false)));
        files.add(write(folder.resolve(CAUSES_CSV), causesCsv(report)));
        files.add(write(folder.resolve(BREAKDOWNS_CSV), breakdownsCsv(report, names)));
        files.add(write(folder.resolve(COMBINATIONS_CSV), combinationsCsv(report, names)));
        files.add(write(folder.resolve(DEVICES_CSV), devicesCsv(devices, names, !pseudonymise)));
        files.add(write(folder.resolve(HTML), FleetHtml.write(report, devices, names, !pseudonymise, overTime,
                byGateway)));
        Path map = null;
        int pseudonyms = 0;
        if (pseudonymizer != null) {
            map = mapFile != null ? mapFile
                    : folder.toAbsolutePath().resolveSibling(folder.getFileName() + ExportLayout.MAP_SUFFIX);
            Files.writeString(map, pseudonymizer.map().toJson(folder.getFileName().toString(),
                    Instant.now().toString()), StandardCharsets.UTF_8);
            pseudonyms = pseudonymizer.map().entries().size();
        }
        return new Result(folder, files, devices.size(), redactor.total(), pseudonyms, map);
    }

    private static void learn(Pseudonymizer pseudonymizer, String label, String value) {
        if (value != null && !value.isBlank()) {
            pseudonymizer.learn("{\"" + label + "\": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static String causesCsv(FleetReport report) {
        StringBuilder csv = new StringBuilder("cause,devices\r\n");
        report.causes().forEach(cause -> row(csv, cause.causeId(), Integer.toString(cause.devices())));
        return csv.toString();
    }

    static String breakdownsCsv(FleetReport report, UnaryOperator<String> names) {
        StringBuilder csv = new StringBuilder("dimension,cause,value,devices\r\n");
        report.breakdowns().forEach((dimension, cells) -> cells.forEach(cell -> row(csv, dimension.key(),
                cell.causeId() == null ? "(all devices)" : cell.causeId(),
                cell.value() == null ? "" : FleetReportJson.value(dimension, cell.value(), names),
                Integer.toString(cell.devices()))));
        return csv.toString();
    }

    static String combinationsCsv(FleetReport report, UnaryOperator<String> names) {
        StringBuilder csv = new StringBuilder("devices,cause");
        FleetReport.COMBINATION_DIMENSIONS.forEach(dimension -> csv.append(',').append(dimension.key()));
        csv.append("\r\n");
        for (FleetReport.Combination combination : report.topCombinations()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(combination.devices()), combination.causeId()));
            for (Dimension dimension : FleetReport.COMBINATION_DIMENSIONS) {
                String value = combination.facts().get(dimension);
                cells.add(value == null ? "" : FleetReportJson.value(dimension, value, names));
            }
            row(csv, cells.toArray(String[]::new));
        }
        return csv.toString();
    }

    static String devicesCsv(List<FleetDevice> devices, UnaryOperator<String> names, boolean withPaths) {
        StringBuilder csv = new StringBuilder("device,collected_at");
        for (Dimension dimension : Dimension.values()) {
            csv.append(',').append(dimension.key());
        }
        csv.append(",causes").append(withPaths ? ",snapshot" : "").append("\r\n");
        for (FleetDevice device : devices) {
            List<String> cells = new ArrayList<>();
            cells.add(names.apply(device.device()));
            cells.add(device.collectedAt() == null ? "" : device.collectedAt().toString());
            for (Dimension dimension : Dimension.values()) {
                String value = device.fact(dimension);
                cells.add(value == null ? "" : FleetReportJson.value(dimension, value, names));
            }
            cells.add(String.join(" ", device.findings().stream().map(FleetFinding::causeId).toList()));
            if (withPaths) {
                cells.add(names.apply(device.snapshot().toString()));
            }
            row(csv, cells.toArray(String[]::new));
        }
        return csv.toString();
    }

    /** One CSV row (RFC 4180); a cell that a spreadsheet would run as a formula is quoted as text. */
    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9]+")) {
                cell = "'" + cell;
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            csv.append(cell);
        }
        csv.append("\r\n");
    }

    static String base64Png(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
