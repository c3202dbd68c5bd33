package org.triage.fleet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetCell;
import org.triage.fleet.FleetDevice;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReport.CellCount;
import org.triage.fleet.IngestResult;
import org.triage.fleet.IngestedFile;
import org.triage.fleet.UnreadableFile;
import org.triage.tests.harness.FleetGenerator;
import org.triage.tests.harness.FleetGenerator.Generated;
import org.triage.tests.harness.Samples;

/** Ingest and report on a generated fleet, against H2 and PostgreSQL alike. */
class FleetIngestTest {

    @TempDir
    Path temp;

    static List<Generated> generate(Path out, int count, long seed) throws IOException {
        Path samples = Samples.snapshot(Samples.CONTOSO).getParent();
        return new FleetGenerator(samples).generate(out, count, seed);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ingestingTwiceAddsNothingTheSecondTime(TestDatabase database) throws Exception {
        List<Generated> fleet = generate(temp.resolve("share"), 30, 1);
        try (FleetIndex index = database.open(temp.resolve("state"))) {
            List<IngestedFile> told = new ArrayList<>();
            IngestResult first = index.ingest(List.of(temp.resolve("share")), 2, told::add, new NullProgressMonitor());
            assertEquals(30, first.found());
            assertEquals(30, first.diagnosed(), () -> "unreadable: " + told.stream()
                    .filter(f -> f.outcome() != IngestedFile.Outcome.DIAGNOSED).toList());
            assertEquals(30, told.size());
            int devices = index.devices().size();
            assertEquals(fleet.stream().map(Generated::hostname).distinct().count(), devices);

            IngestResult second = index.ingest(List.of(temp.resolve("share")), 2, file -> { }, new NullProgressMonitor());
            assertEquals(30, second.found());
            assertEquals(0, second.diagnosed());
            assertEquals(30, second.skipped());
            assertEquals(30, index.files());
            assertEquals(devices, index.devices().size());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theReportCountsWhatABruteForceCountFinds(TestDatabase database) throws Exception {
        List<Generated> fleet = generate(temp.resolve("share"), 48, 7);
        try (FleetIndex index = database.open(temp.resolve("state"))) {
            index.ingest(List.of(temp.resolve("share")), 2, file -> { }, new NullProgressMonitor());
            check(index, new BruteForce(fleet, null), null);
            LocalDate since = FleetGenerator.FIRST_DAY.plusDays(FleetGenerator.DAYS / 2);
            check(index, new BruteForce(fleet, since), since);
        }
    }

    static void check(FleetIndex index, BruteForce expected, LocalDate since) throws Exception {
        FleetReport report = index.report(since);
        assertEquals(expected.devices.size(), report.devices());
        Map<String, Integer> causes = new TreeMap<>();
        report.causes().forEach(count -> causes.put(count.causeId(), count.devices()));
        assertEquals(expected.causes(), causes);
        assertFalse(causes.isEmpty(), "the generated fleet has findings");
        compare(expected, report, Dimension.GATEWAY, Generated::gateway);
        compare(expected, report, Dimension.OS_BUILD, Generated::osBuild);
        compare(expected, report, Dimension.SITE, Generated::site);
        compare(expected, report, Dimension.TUNNEL_MODE, Generated::tunnelMode);
        compare(expected, report, Dimension.DAY, g -> g.collectedAt().toLocalDate().toString());
        // a cell's devices are the devices the cell counts
        for (CellCount cell : report.breakdowns().get(Dimension.GATEWAY)) {
            List<FleetDevice> devices = index.devicesOf(cell.cell(since));
            assertEquals(cell.devices(), devices.size(), cell.toString());
            for (FleetDevice device : devices) {
                assertEquals(cell.value(), device.fact(Dimension.GATEWAY));
                assertTrue(cell.causeId() == null || device.has(cell.causeId()), device.toString());
                assertTrue(Files.exists(device.snapshot()), device.targetSpec());
            }
        }
        // the top combination is a real group of that size
        FleetReport.Combination top = report.topCombinations().get(0);
        long same = expected.devices.stream().filter(d -> d.causes().contains(top.causeId()))
                .filter(d -> d.snapshot().gateway().equals(top.facts().get(Dimension.GATEWAY))
                        && d.snapshot().osBuild().equals(top.facts().get(Dimension.OS_BUILD))
                        && d.snapshot().site().equals(top.facts().get(Dimension.SITE))
                        && d.snapshot().tunnelMode().equals(top.facts().get(Dimension.TUNNEL_MODE)))
                .count();
        assertEquals(top.devices(), same, top.toString());
    }

    private static void compare(BruteForce expected, FleetReport report, Dimension dimension,
            Function<Generated, String> fact) {
        Map<String, Map<String, Integer>> actual = new TreeMap<>();
        Map<String, Integer> all = new TreeMap<>();
        for (CellCount cell : report.breakdowns().get(dimension)) {
            if (cell.causeId() == null) {
                all.put(cell.value(), cell.devices());
            } else {
                actual.computeIfAbsent(cell.causeId(), c -> new TreeMap<>()).put(cell.value(), cell.devices());
            }
        }
        assertEquals(expected.by(fact), actual, dimension.label());
        assertEquals(expected.all(fact), all, dimension.label());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorruptTruncatedOrHostileSnapshotIsRecordedUnreadableAndTheRestIngest(TestDatabase database)
            throws Exception {
        Path share = temp.resolve("share");
        List<Generated> fleet = generate(share, 6, 3);
        Path good = Files.list(share).filter(p -> p.toString().endsWith(".zip")).sorted().findFirst().orElseThrow();
        byte[] zip = Files.readAllBytes(good);
        Path bad = Files.createDirectories(share.resolve("bad"));
        Files.write(bad.resolve("truncated.zip"), java.util.Arrays.copyOf(zip, zip.length / 2));
        Files.write(bad.resolve("not-a-zip.zip"), "this is not a zip at all".getBytes(StandardCharsets.UTF_8));
        Files.write(bad.resolve("empty.zip"), new byte[0]);
        // only entries that point outside the snapshot, and a bomb of zeros over the per-file limit
        try (OutputStream out = Files.newOutputStream(bad.resolve("hostile.zip"));
                ZipOutputStream hostile = new ZipOutputStream(out)) {
            hostile.putNextEntry(new ZipEntry("../../etc/manifest.json"));
            hostile.write("{\"format\":\"triage-snapshot/1\"}".getBytes(StandardCharsets.UTF_8));
            hostile.closeEntry();
            hostile.putNextEntry(new ZipEntry("ipconfig-all.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                hostile.write(zeros);
            }
            hostile.closeEntry();
        }
        try (FleetIndex index = database.open(temp.resolve("state"))) {
            IngestResult result = index.ingest(List.of(share), 2, file -> { }, new NullProgressMonitor());
            assertEquals(10, result.found());
            assertEquals(6, result.diagnosed());
            assertEquals(4, result.unreadable());
            List<UnreadableFile> unreadable = index.unreadable();
            assertEquals(List.of("empty.zip", "hostile.zip", "not-a-zip.zip", "truncated.zip"),
                    unreadable.stream().map(file -> file.path().getFileName().toString()).toList());
            for (UnreadableFile file : unreadable) {
                assertNotNull(file.reason());
                assertFalse(file.reason().isBlank(), file.toString());
            }
            assertTrue(unreadable.get(0).reason().contains("zip") || unreadable.get(0).reason().contains("none of"),
                    unreadable.get(0).reason());
            assertEquals(fleet.stream().map(Generated::hostname).distinct().count(),
                    index.devicesOf(FleetCell.all(null)).size());
            // recorded by content: the next run does not try them again
            IngestResult again = index.ingest(List.of(share), 2, file -> { }, new NullProgressMonitor());
            assertEquals(10, again.skipped());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSessionExportIsIngestedAsTheExportTargetReadsIt(TestDatabase database) throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (org.triage.core.target.Target target = org.triage.core.target.Targets
                .open("snapshot:" + Samples.snapshot(Samples.CONTOSO))) {
            org.triage.model.Session session = org.triage.core.engine.Diagnosis.newSession(target, null, null, "test");
            org.triage.core.engine.Diagnosis.run(session, target, org.triage.core.engine.DiagnosisEngine.standard(),
                    org.triage.core.fix.FixRegistry.read(), new NullProgressMonitor());
            org.triage.export.SessionExporter.export(session, share.resolve("ticket-4711.zip"),
                    new org.triage.export.ExportOptions(false, null, "test"), new NullProgressMonitor());
        }
        try (FleetIndex index = database.open(temp.resolve("state"))) {
            IngestResult result = index.ingest(List.of(share), 2, file -> { }, new NullProgressMonitor());
            assertEquals(1, result.diagnosed(), result.toString());
            FleetDevice device = index.devices().get(0);
            assertEquals("export", device.kind());
            assertEquals("export:" + share.resolve("ticket-4711.zip").toAbsolutePath(), device.targetSpec());
            assertEquals("CONTOSO-LT-0417", device.hostname());
            assertTrue(device.has("full-tunnel-vpn"), device.toString());
            assertEquals("vpn.contoso.com", device.fact(Dimension.GATEWAY));
        }
    }
}
