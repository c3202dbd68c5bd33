package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.chart.swt.ChartComposite;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.session.SessionRecovery;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.core.rules.Causes;
import org.triage.fleet.FleetCell;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.FleetReport;
import org.triage.fleet.IngestResult;
import org.triage.tests.harness.FleetGenerator;
import org.triage.tests.harness.FleetGenerator.Generated;
import org.triage.model.Finding;
import org.triage.model.Session;
import org.triage.ui.fleet.FleetDatabase;
import org.triage.ui.fleet.FleetIngestJob;
import org.triage.ui.fleet.FleetPerspective;
import org.triage.ui.fleet.FleetView;
import org.triage.ui.fleet.IngestDialog;
import org.triage.ui.handlers.OpenTargetHandler;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.SessionJob;

/**
 * The Fleet view in a real workbench over a temporary index, embedded H2 and shared PostgreSQL alike: real sample
 * snapshots are ingested by the view's job, its table and charts show the devices per cause that a diagnosis of each
 * snapshot, counted by hand, gives; a cell lists its devices; a device opens as a snapshot target in one click. The
 * view's picture is taken at 1280×720 (into {@code triage.screenshots}, as ViewScreenshotsTest's), after which its
 * tables must show their key rows.
 */
class FleetViewTest {

    private static final String SAMPLES = "bundles/org.triage.snapshot.tests/resources/snapshots";

    /** A few hundred devices: a wave of tickets as the README's picture shows it. */
    private static final int GENERATED_SNAPSHOTS = 330;

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "embedded H2", "shared PostgreSQL" })
    void ingestsSamplesShowsTheirCountsDrillsDownAndOpensADeviceAsTarget(String kind) throws Exception {
        boolean embedded = kind.equals("embedded H2");
        FleetDatabase database = embedded ? FleetDatabase.embedded(temp.resolve("state"))
                : FleetDatabase.shared(freshPostgresqlDatabase());
        Display display = Display.getCurrent();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        waitForJobs();
        PlatformUI.getWorkbench().showPerspective(FleetPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        FleetView view = (FleetView) page.showView(FleetView.ID);
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 720);
        shell.layout(true, true);

        // the fleet: real samples as a share would hold them (two zips, a folder), a copy of a sample under another
        // host name (a second device behind the same gateway), and a zip that is no snapshot
        Path share = Files.createDirectories(temp.resolve("share"));
        Map<String, Path> snapshots = new LinkedHashMap<>();
        snapshots.put("CONTOSO-LT-0417", zip(sample("contoso-0x8004de40"),
                share.resolve("CONTOSO-LT-0417_20250603T084217Z.zip")));
        snapshots.put("FAB-LT-2291", zip(sample("fabrikam-healthy"),
                share.resolve("FAB-LT-2291_20250604T131508Z.zip")));
        snapshots.put("CONTOSO-LT-0533", renamedHost(sample("contoso-0x8004de40-json"), "CONTOSO-LT-0417",
                "CONTOSO-LT-0533", share.resolve("CONTOSO-LT-0533")));
        Files.write(share.resolve("BROKEN-PC_20250604T000000Z.zip"), "not a zip".getBytes(StandardCharsets.US_ASCII));

        FleetIngestJob ingest = view.ingest(database, List.of(share));
        // the report read from this database (the view may still show one of another database before)
        String marker = embedded ? temp.resolve("state").toString()
                : database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
        UiConditions.waitUntil("the ingest and the view's reads are done", () -> ingest.getResult() != null
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0 && view.report() != null
                && view.report().database().contains(marker), 120_000);
        assertEquals(4, ingest.result().found(), "files found on the share: " + ingest.result());
        assertEquals(3, ingest.result().diagnosed(), ingest.result().toString());
        assertEquals(1, ingest.result().unreadable(), ingest.result().toString());

        // the brute-force count: each snapshot diagnosed by the same engine, devices per cause counted here
        Map<String, Set<String>> devicesByCause = new TreeMap<>();
        for (Map.Entry<String, Path> snapshot : snapshots.entrySet()) {
            for (String cause : causesOf(snapshot.getValue())) {
                devicesByCause.computeIfAbsent(cause, c -> new TreeSet<>()).add(snapshot.getKey());
            }
        }
        assertFalse(devicesByCause.isEmpty(), "the contoso sample has causes");

        Table matrix = table(shell, FleetView.MATRIX);
        Map<String, Integer> shown = new TreeMap<>();
        int allDevices = -1;
        for (TableItem row : matrix.getItems()) {
            if (row.getText(0).equals(FleetView.ALL_DEVICES)) {
                allDevices = Integer.parseInt(row.getText(1));
            } else {
                // a cause reads as its title; the cell behind it holds its id
                String causeId = causeIdOf(row);
                assertEquals(Causes.title(causeId), row.getText(0), "the row of " + causeId + " shows its title");
                assertFalse(row.getText(0).equals(causeId), causeId + " has a title of its own");
                shown.put(causeId, Integer.parseInt(row.getText(1)));
            }
        }
        assertEquals(3, allDevices, "devices in the fleet");
        Map<String, Integer> expected = new TreeMap<>();
        devicesByCause.forEach((cause, devices) -> expected.put(cause, devices.size()));
        assertEquals(expected, shown, "devices per cause: the table against each snapshot diagnosed and counted");
        String summary = UiConditions.find(shell, Label.class, l -> FleetView.SUMMARY.equals(l.getData())).get(0)
                .getText();
        assertTrue(summary.startsWith("3 devices; 1 unreadable file"), summary);

        // each value column of the breakdown adds up, over the causes, to what its cause has
        int firstCauseRow = 0;
        String firstCause = causeIdOf(matrix.getItem(firstCauseRow));
        int valueSum = 0;
        for (int column = FleetView.FIRST_VALUE_COLUMN; column < matrix.getColumnCount(); column++) {
            valueSum += Integer.parseInt(matrix.getItem(firstCauseRow).getText(column));
        }
        assertEquals(expected.get(firstCause), valueSum, "the gateway breakdown of " + firstCause + " adds up");

        // the charts are JFreeChart's, over the same figures
        FleetReport report = view.report();
        for (String key : List.of(FleetView.CHART_OVER_TIME, FleetView.CHART_BY_GATEWAY)) {
            ChartComposite chart = UiConditions.find(shell, ChartComposite.class, c -> key.equals(c.getData())).get(0);
            assertNotNull(chart.getChart(), key);
            CategoryDataset dataset = chart.getChart().getCategoryPlot().getDataset();
            for (String cause : expected.keySet()) {
                int sum = 0;
                for (int column = 0; column < dataset.getColumnCount(); column++) {
                    sum += dataset.getValue(cause, dataset.getColumnKey(column)).intValue();
                }
                assertEquals(report.devicesWith(cause), sum, key + ": devices with " + cause);
            }
        }
        ChartComposite overTime = UiConditions.find(shell, ChartComposite.class,
                c -> FleetView.CHART_OVER_TIME.equals(c.getData())).get(0);
        assertEquals(List.of("2025-06-03", "2025-06-04"),
                overTime.getChart().getCategoryPlot().getDataset().getColumnKeys(), "the days collected (UTC)");

        // drill down: a click on the first cause's count lists exactly the devices with it
        click(matrix, firstCauseRow, 1);
        Table devices = table(shell, FleetView.DEVICES);
        UiConditions.waitUntil("the devices of " + firstCause + " are listed",
                () -> devices.getItemCount() == expected.get(firstCause)
                        && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);
        Set<String> listed = new HashSet<>();
        for (TableItem item : devices.getItems()) {
            listed.add(item.getText(0));
        }
        assertEquals(devicesByCause.get(firstCause), listed, "the devices with " + firstCause);

        // the picture, with a cell drilled into, then the layout check (the picture is kept first, so that a
        // failing layout can be looked at)
        Pictures.settle(display, 800);
        // the README's picture is taken over a generated fleet (pictureOfAGeneratedFleet); three devices make a thin one
        Path picture = temp.resolve("view-fleet-" + (embedded ? "h2" : "postgresql") + ".png");
        ImageLoader writer = new ImageLoader();
        writer.data = new ImageData[] { Pictures.capture(shell) };
        writer.save(picture.toString(), SWT.IMAGE_PNG);
        ConsoleLayout.assertKeyRowsShown(shell, FleetView.ID);
        assertTrue(Files.size(picture) > 10_000, picture + " is too small to show the view");

        // a cell of the breakdown: the devices with the cause and that gateway value
        click(matrix, firstCauseRow, FleetView.FIRST_VALUE_COLUMN);
        int inCell = Integer.parseInt(matrix.getItem(firstCauseRow).getText(FleetView.FIRST_VALUE_COLUMN));
        UiConditions.waitUntil("the devices of the first gateway cell are listed",
                () -> Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0 && devices.getItemCount() == inCell
                        && label(shell, FleetView.DRILL_TITLE).contains("VPN gateway"), 30_000);

        // the fleet's healthy device is in "All devices" and in no cause
        click(matrix, matrix.getItemCount() - 1, 1);
        UiConditions.waitUntil("all devices are listed", () -> devices.getItemCount() == 3
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);

        // a top combination: the devices with its cause and all its facts, as many as it counts
        Table combinations = table(shell, FleetView.COMBINATIONS);
        assertTrue(combinations.getItemCount() > 0, "the contoso devices share a combination");
        int combined = Integer.parseInt(combinations.getItem(0).getText(1));
        String combinedCause = combinations.getItem(0).getText(0);
        assertEquals(2, combined, "both contoso devices share gateway, tunnel mode, site and OS build");
        combinations.setSelection(0);
        combinations.notifyListeners(SWT.Selection, new Event());
        UiConditions.waitUntil("the devices of the first combination are listed",
                () -> devices.getItemCount() == combined
                        && label(shell, FleetView.DRILL_TITLE).startsWith("Devices: " + combinedCause + " with ")
                        && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);

        // collected since a day: only the devices whose newest snapshot is that recent
        Text since = UiConditions.find(shell, Text.class, t -> FleetView.SINCE.equals(t.getData())).get(0);
        since.setText("2025-06-04");
        since.notifyListeners(SWT.DefaultSelection, new Event());
        UiConditions.waitUntil("the report since 2025-06-04 is shown", () -> view.report().since() != null
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);
        assertEquals(1, view.report().devices(), "only FAB-LT-2291 was collected on 2025-06-04 (UTC)");
        assertEquals(1, matrix.getItemCount(), "the healthy device has no cause: only the All devices row");
        since.setText("");
        since.notifyListeners(SWT.DefaultSelection, new Event());
        UiConditions.waitUntil("the whole fleet is shown again", () -> view.report().since() == null
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);
        click(matrix, matrix.getItemCount() - 1, 1);
        UiConditions.waitUntil("all devices are listed again", () -> devices.getItemCount() == 3
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);

        // open a device as a snapshot target in one action
        int row = -1;
        for (int i = 0; i < devices.getItemCount(); i++) {
            if (devices.getItem(i).getText(0).equals("CONTOSO-LT-0533")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "CONTOSO-LT-0533 is listed");
        devices.setSelection(row);
        devices.notifyListeners(SWT.Selection, new Event());
        Button open = UiConditions.find(shell, Button.class, b -> FleetView.OPEN_AS_TARGET.equals(b.getData())).get(0);
        assertTrue(open.isEnabled(), "a selected device can be opened");
        Session before = ConsoleSessions.manager().session();
        if (before != null && SessionRecovery.unfinished(before)) {
            answer(display, OpenTargetHandler.REPLACE_TITLE, OpenTargetHandler.REPLACE);
        }
        open.notifyListeners(SWT.Selection, new Event());
        UiConditions.waitUntil("the device's snapshot is diagnosed", () -> {
            Session session = ConsoleSessions.manager().session();
            return Job.getJobManager().find(SessionJob.FAMILY).length == 0 && session != null && session != before
                    && session.getTarget() != null && "CONTOSO-LT-0533".equals(session.getTarget().getHostname());
        }, 60_000);
        Session opened = ConsoleSessions.manager().session();
        assertEquals("snapshot:" + snapshots.get("CONTOSO-LT-0533"), SessionRecovery.targetSpec(opened),
                "opened as a snapshot target");
        Set<String> openedCauses = new TreeSet<>();
        for (Finding finding : opened.getFindings()) {
            openedCauses.add(finding.getCauseId());
        }
        assertEquals(causesOf(snapshots.get("CONTOSO-LT-0533")), openedCauses, "the same diagnosis as the index's");
        assertEquals(FleetPerspective.TRIAGE_PERSPECTIVE, window.getActivePage().getPerspective().getId(),
                "the console shows the device in the Triage perspective");
    }

    /**
     * The README's picture of the Fleet view: a fleet generated from the sample snapshots as the fleet benchmark
     * generates it (a few hundred devices over two weeks, five gateways, both tunnel modes, three OS builds, four
     * sites), ingested by the view's job into the embedded database, the first cause drilled into.
     */
    @Test
    void pictureOfAGeneratedFleet() throws Exception {
        Path share = temp.resolve("share");
        List<Generated> generated = new FleetGenerator(sample("contoso-0x8004de40").getParent()).generate(share,
                GENERATED_SNAPSHOTS, 42);
        long hosts = generated.stream().map(Generated::hostname).distinct().count();
        FleetDatabase database = FleetDatabase.embedded(temp.resolve("state"));
        Display display = Display.getCurrent();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        waitForJobs();
        PlatformUI.getWorkbench().showPerspective(FleetPerspective.ID, window);
        FleetView view = (FleetView) window.getActivePage().showView(FleetView.ID);
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 720);
        shell.layout(true, true);

        FleetIngestJob ingest = view.ingest(database, List.of(share));
        String marker = temp.resolve("state").toString();
        UiConditions.waitUntil("the generated fleet is ingested and shown", () -> ingest.getResult() != null
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0 && view.report() != null
                && view.report().database().contains(marker), 600_000);
        assertEquals(GENERATED_SNAPSHOTS, ingest.result().diagnosed(), ingest.result().toString());
        assertEquals(0, ingest.result().unreadable(), ingest.result().toString());
        FleetReport report = view.report();
        assertEquals(hosts, report.devices(), "one row per device, its newest snapshot");
        assertTrue(report.causes().size() >= 2, "the generated fleet has several causes: " + report.causes());

        Table matrix = table(shell, FleetView.MATRIX);
        assertEquals(report.causes().size() + 1, matrix.getItemCount(), "a row per cause and All devices");
        assertEquals(FleetGenerator.GATEWAYS.size() * 2, matrix.getColumnCount() - FleetView.FIRST_VALUE_COLUMN,
                "a column per gateway the generator used (five of Contoso's, five of Fabrikam's)");
        ChartComposite overTime = UiConditions.find(shell, ChartComposite.class,
                c -> FleetView.CHART_OVER_TIME.equals(c.getData())).get(0);
        Set<String> days = new TreeSet<>();
        generated.forEach(g -> days.add(g.collectedAt().toLocalDate().toString()));
        assertTrue(overTime.getChart().getCategoryPlot().getDataset().getColumnCount() >= FleetGenerator.DAYS,
                "the chart spans the days collected: " + days);

        // the picture shows the devices behind the first cause, as an admin sees them after one click
        click(matrix, 0, 1);
        int inFirstCause = Integer.parseInt(matrix.getItem(0).getText(1));
        Table devices = table(shell, FleetView.DEVICES);
        UiConditions.waitUntil("the devices of the first cause are listed", () -> devices.getItemCount() == inFirstCause
                && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 60_000);
        Pictures.settle(display, 800);
        Path pictures = Files.createDirectories(Path.of(System.getProperty("triage.screenshots", "target/screenshots")));
        Path picture = pictures.resolve("view-fleet.png");
        ImageData image = Pictures.capture(shell);
        ImageLoader writer = new ImageLoader();
        writer.data = new ImageData[] { image };
        writer.save(picture.toString(), SWT.IMAGE_PNG);
        ConsoleLayout.assertKeyRowsShown(shell, FleetView.ID);
        assertTrue(ViewScreenshotsTest.distinctColours(image) > 20, "the Fleet view looks blank");
        assertTrue(Files.size(picture) > 10_000, picture + " is too small to show the view");

        // the console goes back to the Triage perspective the other tests expect
        PlatformUI.getWorkbench().showPerspective(FleetPerspective.TRIAGE_PERSPECTIVE, window);
    }

    @Test
    void cancelledIngestKeepsWhatItCommittedAndTheNextOneFinishesTheRest() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        int devices = 20;
        for (int i = 0; i < devices; i++) {
            String host = String.format("CONTOSO-LT-%04d", 1000 + i);
            renamedHost(sample("contoso-0x8004de40"), "CONTOSO-LT-0417", host, share.resolve(host));
        }
        FleetDatabase database = FleetDatabase.embedded(temp.resolve("state"));

        FleetIngestJob first = new FleetIngestJob(database, List.of(share), result -> {
        });
        AtomicReference<FleetIngestJob> self = new AtomicReference<>(first);
        // the operator presses the Progress view's stop button as soon as the first device is recorded
        first.setFileListener(file -> self.get().cancel());
        first.schedule();
        first.join();
        assertEquals(IStatus.CANCEL, first.getResult().getSeverity(), "the job says it was cancelled");
        IngestResult stopped = first.result();
        assertTrue(stopped.cancelled(), stopped.toString());
        assertTrue(stopped.diagnosed() >= 1 && stopped.diagnosed() < devices,
                "stopped after the files in flight: " + stopped);

        FleetIngestJob second = new FleetIngestJob(database, List.of(share), result -> {
        });
        second.schedule();
        second.join();
        IngestResult rest = second.result();
        assertFalse(rest.cancelled(), rest.toString());
        assertEquals(stopped.diagnosed(), rest.skipped(), "what the cancelled ingest committed is kept: " + rest);
        assertEquals(devices - stopped.diagnosed(), rest.diagnosed(), "the rest is ingested: " + rest);
        try (FleetIndex index = database.open()) {
            assertEquals(devices, index.devices().size());
        }
    }

    @Test
    void fileIngestSnapshotsShowsTheFleetViewAndAsks() throws Exception {
        Display display = Display.getCurrent();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        AtomicReference<Boolean> asked = answer(display, "Ingest Snapshots", IDialogConstants.CANCEL_LABEL);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.triage.ui.fleet.ingest", null);
        assertTrue(asked.get(), "the Ingest Snapshots dialog was shown");
        assertNotNull(window.getActivePage().findView(FleetView.ID), "the Fleet view is shown");
        for (Job job : Job.getJobManager().find(FleetView.JOB_FAMILY)) {
            assertFalse(job instanceof FleetIngestJob, "cancelled: nothing is ingested");
        }
        PlatformUI.getWorkbench().showPerspective(FleetPerspective.TRIAGE_PERSPECTIVE, window);
    }

    @Test
    void theViewRemembersASharedDatabaseAcrossRestarts() throws Exception {
        FleetView view = (FleetView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(FleetView.ID);
        FleetDatabase before = view.database();
        try {
            view.setDatabase(FleetDatabase.shared("jdbc:postgresql://127.0.0.1:5432/triage"));
            XMLMemento saved = XMLMemento.createWriteRoot("view");
            view.saveState(saved);
            StringWriter text = new StringWriter();
            saved.save(text);
            assertEquals(FleetDatabase.shared("jdbc:postgresql://127.0.0.1:5432/triage"),
                    FleetView.databaseFrom(XMLMemento.createReadRoot(new StringReader(text.toString()))));

            view.setDatabase(FleetDatabase.embedded(temp));
            XMLMemento embedded = XMLMemento.createWriteRoot("view");
            view.saveState(embedded);
            assertEquals(FleetDatabase.standard(), FleetView.databaseFrom(embedded),
                    "the embedded database is the default one, not remembered");
            assertEquals(FleetDatabase.standard(), FleetView.databaseFrom(null), "a new view reads the default");
        } finally {
            view.setDatabase(before);
            UiConditions.waitUntil("the view's reads are done",
                    () -> Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);
        }
    }

    @Test
    void ingestDialogOffersTheEmbeddedDatabaseAndRefusesCredentialsInAUrl() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        FleetDatabase embedded = FleetDatabase.embedded(temp);
        IngestDialog dialog = new IngestDialog(shell, embedded);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Shell dialogShell = dialog.getShell();
            Button ingest = UiConditions.find(dialogShell, Button.class,
                    b -> b.getText().replace("&", "").equals("Ingest")).get(0);
            Button embeddedChoice = UiConditions.find(dialogShell, Button.class,
                    b -> IngestDialog.EMBEDDED.equals(b.getData())).get(0);
            Button sharedChoice = UiConditions.find(dialogShell, Button.class,
                    b -> IngestDialog.SHARED.equals(b.getData())).get(0);
            Text url = UiConditions.find(dialogShell, Text.class, t -> IngestDialog.URL.equals(t.getData())).get(0);
            assertTrue(embeddedChoice.getSelection(), "embedded is the default");
            assertTrue(embeddedChoice.getText().contains(temp.resolve("fleet").toString()), embeddedChoice.getText());
            assertFalse(ingest.isEnabled(), "nothing to ingest yet");
            dialog.addPath(temp);
            assertTrue(ingest.isEnabled(), "a path and the embedded database");

            choose(sharedChoice, embeddedChoice);
            url.setText("jdbc:postgresql://127.0.0.1:5432/triage?user=admin&password=secret");
            assertFalse(ingest.isEnabled(), "credentials in the URL are refused");
            url.setText("jdbc:postgresql://127.0.0.1:5432/triage");
            assertTrue(ingest.isEnabled(), "a URL without credentials");

            choose(embeddedChoice, sharedChoice);
            ingest.notifyListeners(SWT.Selection, new Event());
            assertEquals(embedded, dialog.database(), "the embedded database in the chosen state folder");
            assertEquals(List.of(temp), dialog.paths());
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertEquals(IDialogConstants.OK_ID, dialog.getReturnCode());
    }

    // =========================================================================== helpers

    /**
     * A new, empty database on the PostgreSQL server that test.sh starts on 127.0.0.1
     * ({@code TRIAGE_FLEET_TEST_PG_URL}, credentials in {@code TRIAGE_FLEET_DB_USER} /
     * {@code TRIAGE_FLEET_DB_PASSWORD}, which the fleet index reads too). Without the server the test fails: a check
     * skipped where the server is missing would be no check.
     */
    private static String freshPostgresqlDatabase() throws SQLException {
        String server = System.getenv("TRIAGE_FLEET_TEST_PG_URL");
        assertNotNull(server, "no PostgreSQL server: run the UI tests through ./test.sh, which starts one");
        Properties credentials = new Properties();
        credentials.setProperty("user", System.getenv().getOrDefault("TRIAGE_FLEET_DB_USER", ""));
        credentials.setProperty("password", System.getenv().getOrDefault("TRIAGE_FLEET_DB_PASSWORD", ""));
        String name = "fleet_ui_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = new org.postgresql.Driver().connect(server, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return server.substring(0, server.lastIndexOf('/') + 1) + name;
    }

    private static void choose(Button selected, Button other) {
        other.setSelection(false);
        selected.setSelection(true);
        selected.notifyListeners(SWT.Selection, new Event());
    }

    private static Set<String> causesOf(Path snapshot) throws Exception {
        try (Target target = Targets.open("snapshot:" + snapshot)) {
            Session session = Diagnosis.newSession(target, null, null, "test");
            DiagnosisEngine.standard().diagnose(session, target, new NullProgressMonitor());
            Set<String> causes = new TreeSet<>();
            for (Finding finding : session.getFindings()) {
                causes.add(finding.getCauseId());
            }
            return causes;
        }
    }

    private static Path sample(String name) {
        for (Path d = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            Path sample = d.resolve(SAMPLES).resolve(name);
            if (Files.isDirectory(sample)) {
                return sample;
            }
        }
        throw new IllegalStateException("no " + SAMPLES + "/" + name + " above " + System.getProperty("user.dir"));
    }

    private static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
                Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                entries.putNextEntry(new ZipEntry(file.getFileName().toString()));
                entries.write(Files.readAllBytes(file));
                entries.closeEntry();
            }
        }
        return zip;
    }

    /** A copy of a sample whose manifest names another host: the same workstation state on a second device. */
    private static Path renamedHost(Path folder, String from, String to, Path copy) throws IOException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (file.getFileName().toString().equals("manifest.json")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    assertTrue(text.contains("\"" + from + "\""), "the manifest names " + from);
                    bytes = text.replace("\"" + from + "\"", "\"" + to + "\"").getBytes(StandardCharsets.UTF_8);
                }
                Files.write(copy.resolve(file.getFileName()), bytes);
            }
        }
        return copy;
    }

    private static String causeIdOf(TableItem matrixRow) {
        return ((FleetCell[]) matrixRow.getData(FleetView.CELLS))[0].causeId();
    }

    private static Table table(Shell shell, String key) {
        return UiConditions.find(shell, Table.class, t -> key.equals(t.getData())).get(0);
    }

    private static String label(Shell shell, String key) {
        return UiConditions.find(shell, Label.class, l -> key.equals(l.getData())).get(0).getText();
    }

    /** A mouse click on a cell of the table, as the view's listener receives it. */
    private static void click(Table table, int row, int column) {
        // as a user would: once the table has been laid out and painted (GTK places its rows then)
        Pictures.settle(table.getDisplay(), 800);
        Rectangle cell = table.getItem(row).getBounds(column);
        Event down = new Event();
        down.x = cell.x + cell.width / 2;
        down.y = cell.y + cell.height / 2;
        down.button = 1;
        table.notifyListeners(SWT.MouseDown, down);
    }

    /** Presses the button of the dialog with the title once it shows; the answer is true once it did. */
    private static AtomicReference<Boolean> answer(Display display, String title, String button) {
        AtomicReference<Boolean> answered = new AtomicReference<>(false);
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell candidate : display.getShells()) {
                if (!candidate.isDisposed() && candidate.isVisible() && candidate.getText().equals(title)) {
                    UiConditions.find(candidate, Button.class, b -> b.getText().replace("&", "").equals(button))
                            .get(0).notifyListeners(SWT.Selection, new Event());
                    answered.set(true);
                    return;
                }
            }
            display.timerExec(50, poll[0]);
        };
        display.timerExec(50, poll[0]);
        return answered;
    }

    private static void waitForJobs() {
        UiConditions.waitUntil("no session or fleet job is running",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                        && Job.getJobManager().find(FleetView.JOB_FAMILY).length == 0, 30_000);
    }
}
