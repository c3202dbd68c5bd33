package org.triage.ui.fleet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.swt.ChartComposite;
import org.triage.core.rules.Causes;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetCell;
import org.triage.fleet.FleetDevice;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetFinding;
import org.triage.fleet.FleetIndex;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReport.CauseCount;
import org.triage.fleet.FleetReport.CellCount;
import org.triage.fleet.FleetReport.Combination;
import org.triage.fleet.IngestResult;
import org.triage.ui.handlers.OpenTargetHandler;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.views.FactTable;

/**
 * The fleet at a glance: devices affected by each cause, broken down by a grouping fact (VPN client, gateway, site,
 * OS build, day...), the top combinations, and charts of the causes over time and by gateway (JFreeChart). A cell or
 * a combination drills down to its devices; a device opens as a snapshot target in one action. The same figures as
 * {@code triage fleet report}, read from the same index; every read and the ingest run in Jobs.
 */
public final class FleetView extends ViewPart {

    public static final String ID = "org.triage.ui.views.fleet";
    /** The family of the view's jobs (ingest and reads), so that tests and callers can wait for them. */
    public static final Object JOB_FAMILY = new Object();

    /** Data keys of the widgets, so that tests can find them. */
    public static final String MATRIX = "fleet.matrix";
    public static final String COMBINATIONS = "fleet.combinations";
    public static final String DEVICES = "fleet.devices";
    public static final String SUMMARY = "fleet.summary";
    public static final String DRILL_TITLE = "fleet.drillTitle";
    public static final String OPEN_AS_TARGET = "fleet.openAsTarget";
    public static final String GROUP_BY = "fleet.groupBy";
    public static final String SINCE = "fleet.since";
    public static final String INGEST = "fleet.ingest";
    public static final String CHART_OVER_TIME = "fleet.chart.overTime";
    public static final String CHART_BY_GATEWAY = "fleet.chart.byGateway";
    /** On each matrix row: the cell (to drill into) of each column, null where a column is not a cell. */
    public static final String CELLS = "fleet.cells";
    /** Matrix columns before the first value of the grouping fact. */
    public static final int FIRST_VALUE_COLUMN = 3;
    public static final String ALL_DEVICES = "All devices";

    /** The symptom a fleet's devices are opened with: the wave of tickets this view is for. */
    static final String SYMPTOM = "0x8004de40";
    private static final DateTimeFormatter COLLECTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT);

    private FleetDatabase database = FleetDatabase.standard();
    private Dimension groupBy = Dimension.GATEWAY;
    private LocalDate since;
    private FleetReport report;
    private Drill drill;

    private Label summary;
    private Combo groupByCombo;
    private Text sinceText;
    private Table matrix;
    private Label matrixTitle;
    private Table combinations;
    private Label drillTitle;
    private Button openAsTarget;
    private Table devices;
    private ChartComposite overTime;
    private ChartComposite byGateway;

    /** What the devices table shows: a cell of the report, narrowed to a combination's facts where one is chosen. */
    private record Drill(FleetCell cell, Map<Dimension, String> facts, String title) {

        boolean matches(FleetDevice device) {
            return facts.entrySet().stream()
                    .allMatch(fact -> Objects.equals(fact.getValue(), device.fact(fact.getKey())));
        }
    }

    /** The memento key of a shared database's URL (never credentials: the index refuses a URL with them). */
    static final String SHARED_DATABASE = "sharedDatabase";

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        database = databaseFrom(memento);
    }

    @Override
    public void saveState(IMemento memento) {
        super.saveState(memento);
        if (!database.isEmbedded()) {
            memento.putString(SHARED_DATABASE, database.jdbcUrl());
        }
    }

    /** The database a restored view reads: the shared one it read before, else the embedded default. */
    public static FleetDatabase databaseFrom(IMemento memento) {
        String url = memento == null ? null : memento.getString(SHARED_DATABASE);
        return url == null || url.isBlank() ? FleetDatabase.standard() : FleetDatabase.shared(url);
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        createBar(parent);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite tables = new Composite(sash, SWT.NONE);
        GridLayout tablesLayout = new GridLayout(2, false);
        tablesLayout.marginWidth = 0;
        tablesLayout.marginHeight = 0;
        tables.setLayout(tablesLayout);

        matrixTitle = label(tables, "Devices affected by each cause", 2);
        matrix = table(tables, MATRIX, 3, 150, 2);
        matrix.addListener(SWT.MouseDown, event -> drillAt(new Point(event.x, event.y)));
        matrix.addListener(SWT.DefaultSelection, event -> drillAt(matrix.getSelectionIndex(), 1));
        showCauseIdOnHover(matrix);

        label(tables, "Top combinations of a cause and the facts its devices share (click: their devices)", 2);
        combinations = table(tables, COMBINATIONS, 2, 80, 2);
        for (String column : new String[] { "Cause", "Devices", "VPN client", "VPN gateway", "Tunnel mode", "Site",
                "OS build" }) {
            column(combinations, column, column.equals("Devices") ? 65 : column.equals("Cause") ? 170 : 120);
        }
        showCauseIdOnHover(combinations);
        combinations.addListener(SWT.Selection, event -> drillIntoCombination(combinations.getSelectionIndex()));

        drillTitle = label(tables, "Devices: click a count above", 1);
        drillTitle.setData(DRILL_TITLE);
        openAsTarget = new Button(tables, SWT.PUSH);
        openAsTarget.setData(OPEN_AS_TARGET);
        openAsTarget.setText("Open as Target");
        openAsTarget.setToolTipText("Diagnose the selected device's newest snapshot in the Triage perspective");
        openAsTarget.setEnabled(false);
        openAsTarget.addListener(SWT.Selection, event -> openSelectedDevice());
        devices = table(tables, DEVICES, 3, 110, 2);
        for (String column : new String[] { "Device", "Collected", "Causes", "VPN client", "VPN gateway",
                "Tunnel mode", "Site", "OS build", "Snapshot" }) {
            column(devices, column, switch (column) {
                case "Causes" -> 220;
                case "Snapshot" -> 320;
                case "Collected" -> 155;
                case "Device" -> 130;
                default -> 110;
            });
        }
        devices.addListener(SWT.Selection, event -> openAsTarget.setEnabled(devices.getSelectionCount() == 1));
        devices.addListener(SWT.DefaultSelection, event -> openSelectedDevice());

        Composite charts = new Composite(sash, SWT.NONE);
        GridLayout chartsLayout = new GridLayout(1, false);
        chartsLayout.marginWidth = 0;
        chartsLayout.marginHeight = 0;
        charts.setLayout(chartsLayout);
        overTime = chart(charts, CHART_OVER_TIME);
        byGateway = chart(charts, CHART_BY_GATEWAY);
        sash.setWeights(60, 40);

        refresh();
    }

    private void createBar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout layout = new GridLayout(7, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        bar.setLayout(layout);
        Button ingest = new Button(bar, SWT.PUSH);
        ingest.setData(INGEST);
        ingest.setText("Ingest Snapshots...");
        ingest.addListener(SWT.Selection, event -> askAndIngest());
        new Label(bar, SWT.NONE).setText("Break down by:");
        groupByCombo = new Combo(bar, SWT.READ_ONLY);
        groupByCombo.setData(GROUP_BY);
        for (Dimension dimension : Dimension.values()) {
            groupByCombo.add(dimension.label());
        }
        groupByCombo.select(groupBy.ordinal());
        groupByCombo.addListener(SWT.Selection, event -> {
            groupBy = Dimension.values()[groupByCombo.getSelectionIndex()];
            if (report != null) {
                renderMatrix();
            }
        });
        new Label(bar, SWT.NONE).setText("Collected since (UTC):");
        sinceText = new Text(bar, SWT.BORDER);
        sinceText.setData(SINCE);
        sinceText.setMessage("yyyy-mm-dd");
        GridData sinceLayout = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        sinceLayout.widthHint = 90;
        sinceText.setLayoutData(sinceLayout);
        sinceText.addListener(SWT.DefaultSelection, event -> refresh());
        Button refresh = new Button(bar, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, event -> refresh());
        summary = new Label(bar, SWT.NONE);
        summary.setData(SUMMARY);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Reading " + database.describe() + "...");
    }

    private static Label label(Composite parent, String text, int span) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return label;
    }

    private static Table table(Composite parent, String key, int minimumRows, int heightHint, int span) {
        Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setData(key);
        table.setData(FactTable.MINIMUM_ROWS, minimumRows);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        layout.heightHint = heightHint;
        layout.widthHint = 200;
        // the key rows and the header stay in sight when the window is small
        layout.minimumHeight = table.getHeaderHeight() + (minimumRows + 1) * table.getItemHeight();
        table.setLayoutData(layout);
        return table;
    }

    private static TableColumn column(Table table, String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
        return column;
    }

    private static ChartComposite chart(Composite parent, String key) {
        // no Save As / Print / Properties menu: jfreechart-swt 1.0's Save As calls a class JFreeChart 1.5 renamed
        ChartComposite chart = new ChartComposite(parent, SWT.NONE, null, true, false, false, false, true);
        chart.setData(key);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return chart;
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }

    // ------------------------------------------------------------------------------------------- reading

    /** The database the view reads and Ingest writes (embedded by default). */
    public FleetDatabase database() {
        return database;
    }

    public void setDatabase(FleetDatabase database) {
        this.database = Objects.requireNonNull(database);
        drill = null;
        refresh();
    }

    /** The report shown; null before the first read finished. */
    public FleetReport report() {
        return report;
    }

    /** Reads the report again (and the drilled-down devices) in a job. */
    public void refresh() {
        if (matrix == null || matrix.isDisposed()) {
            return;
        }
        String sinceInput = sinceText.getText().strip();
        try {
            since = sinceInput.isEmpty() ? null : LocalDate.parse(sinceInput);
        } catch (DateTimeParseException e) {
            summary.setText("\"" + sinceInput + "\" is not a date: write it as yyyy-mm-dd (UTC), or leave it empty");
            return;
        }
        FleetDatabase reading = database;
        LocalDate from = since;
        Drill drilled = drill == null ? null : new Drill(new FleetCell(drill.cell().causeId(),
                drill.cell().dimension(), drill.cell().value(), from), drill.facts(), drill.title());
        summary.setText("Reading " + reading.describe() + "...");
        new ReadJob("Reading the fleet index", reading, true, drilled, index -> index.report(from)).schedule();
    }

    private interface Read {
        FleetReport report(FleetIndex index) throws FleetException;
    }

    /** Reads the report and/or a drill-down's devices from the index, then shows them on the UI thread. */
    private final class ReadJob extends Job {

        private final FleetDatabase reading;
        private final boolean withReport;
        private final Drill drilled;
        private final Read read;

        ReadJob(String name, FleetDatabase reading, boolean withReport, Drill drilled, Read read) {
            super(name);
            this.reading = reading;
            this.withReport = withReport;
            this.drilled = drilled;
            this.read = read;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == JOB_FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            FleetReport read;
            List<FleetDevice> found;
            try (FleetIndex index = reading.open()) {
                read = withReport ? this.read.report(index) : null;
                found = drilled == null ? null
                        : index.devicesOf(drilled.cell()).stream().filter(drilled::matches).toList();
            } catch (FleetException e) {
                ILog.of(FleetView.class).warn("Cannot read the fleet index " + reading.describe() + ": "
                        + e.getMessage(), e);
                inUi(() -> summary.setText("Cannot read " + reading.describe() + ": " + e.getMessage()));
                return Status.OK_STATUS;
            }
            inUi(() -> {
                if (read != null) {
                    show(read);
                }
                if (drilled != null) {
                    showDevices(drilled, found);
                }
            });
            return Status.OK_STATUS;
        }
    }

    private void inUi(Runnable runnable) {
        Display display = matrix.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!matrix.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    // ------------------------------------------------------------------------------------------- rendering

    private void show(FleetReport shown) {
        report = shown;
        summary.setText(shown.devices() + (shown.devices() == 1 ? " device" : " devices")
                + (shown.since() == null ? "" : " collected since " + shown.since()) + "; " + shown.unreadable()
                + " unreadable " + (shown.unreadable() == 1 ? "file" : "files") + "; " + shown.database());
        summary.setToolTipText(shown.database());
        renderMatrix();
        renderCombinations();
        overTime.setChart(FleetCharts.causesOverTime(shown));
        byGateway.setChart(FleetCharts.causesByGateway(shown));
        overTime.forceRedraw();
        byGateway.forceRedraw();
        summary.getParent().layout();
    }

    private void renderMatrix() {
        matrix.setRedraw(false);
        try {
            matrix.removeAll();
            for (TableColumn column : matrix.getColumns()) {
                column.dispose();
            }
            matrixTitle.setText("Devices affected by each cause, by " + groupBy.label().toLowerCase(Locale.ROOT)
                    + " (click a count: its devices)");
            column(matrix, "Cause", 190);
            column(matrix, "Devices", 65);
            column(matrix, "Share", 55);
            List<CellCount> values = report.breakdown(groupBy, null).stream()
                    .sorted((a, b) -> Integer.compare(b.devices(), a.devices())).toList();
            for (CellCount value : values) {
                column(matrix, FleetCharts.label(value.value()) + " (" + value.devices() + ")", 130)
                        .setToolTipText(value.devices() + " devices in all have " + groupBy.label() + " "
                                + FleetCharts.label(value.value()));
            }
            for (CauseCount cause : report.causes()) {
                Map<String, Integer> counts = new HashMap<>();
                report.breakdown(groupBy, cause.causeId()).forEach(cell -> counts.put(cell.value(), cell.devices()));
                row(Causes.title(cause.causeId()), cause.devices(), cause.causeId(), values, counts);
            }
            Map<String, Integer> all = new HashMap<>();
            values.forEach(cell -> all.put(cell.value(), cell.devices()));
            row(ALL_DEVICES, report.devices(), null, values, all);
            TableColumn[] columns = matrix.getColumns();
            // a cause's whole title, within reason
            columns[0].pack();
            columns[0].setWidth(Math.max(190, Math.min(columns[0].getWidth() + 12, 340)));
            for (int i = FIRST_VALUE_COLUMN; i < columns.length; i++) {
                // a value's whole name and its count in sight, within reason
                columns[i].pack();
                columns[i].setWidth(Math.max(70, Math.min(columns[i].getWidth() + 12, 260)));
            }
        } finally {
            matrix.setRedraw(true);
        }
    }

    private void row(String label, int count, String causeId, List<CellCount> values, Map<String, Integer> counts) {
        TableItem item = new TableItem(matrix, SWT.NONE);
        List<String> texts = new ArrayList<>(List.of(label, Integer.toString(count),
                report.devices() == 0 ? "" : Math.round(100.0 * count / report.devices()) + " %"));
        FleetCell whole = new FleetCell(causeId, null, null, report.since());
        List<FleetCell> cells = new ArrayList<>(List.of(whole, whole, whole));
        for (CellCount value : values) {
            texts.add(Integer.toString(counts.getOrDefault(value.value(), 0)));
            cells.add(new FleetCell(causeId, groupBy, value.value(), report.since()));
        }
        item.setText(texts.toArray(String[]::new));
        item.setData(CELLS, cells.toArray(FleetCell[]::new));
    }

    private void renderCombinations() {
        combinations.removeAll();
        for (Combination combination : report.topCombinations()) {
            TableItem item = new TableItem(combinations, SWT.NONE);
            List<String> texts = new ArrayList<>(List.of(Causes.title(combination.causeId()),
                    Integer.toString(combination.devices())));
            for (Dimension dimension : FleetReport.COMBINATION_DIMENSIONS) {
                texts.add(FleetCharts.label(combination.facts().get(dimension)));
            }
            item.setText(texts.toArray(String[]::new));
            item.setData(combination);
        }
        TableColumn cause = combinations.getColumn(0);
        cause.pack();
        cause.setWidth(Math.max(170, Math.min(cause.getWidth() + 12, 340)));
    }

    private void showDevices(Drill shown, List<FleetDevice> found) {
        drill = shown;
        drillTitle.setText("Devices: " + shown.title() + " (" + found.size() + ")");
        devices.removeAll();
        for (FleetDevice device : found) {
            TableItem item = new TableItem(devices, SWT.NONE);
            item.setText(new String[] { device.device(),
                    device.collectedAt() == null ? "unknown"
                            : COLLECTED.format(device.collectedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                    device.findings().stream().map(FleetFinding::causeId).collect(Collectors.joining(", ")),
                    FleetCharts.label(device.fact(Dimension.VPN_CLIENT)),
                    FleetCharts.label(device.fact(Dimension.GATEWAY)),
                    FleetCharts.label(device.fact(Dimension.TUNNEL_MODE)),
                    FleetCharts.label(device.fact(Dimension.SITE)),
                    FleetCharts.label(device.fact(Dimension.OS_BUILD)),
                    device.snapshot().toString() });
            item.setData(device);
        }
        openAsTarget.setEnabled(false);
        drillTitle.getParent().layout();
    }

    // ------------------------------------------------------------------------------------------- drilling down

    private void drillAt(Point point) {
        TableItem item = matrix.getItem(point);
        if (item == null) {
            return;
        }
        for (int column = 0; column < matrix.getColumnCount(); column++) {
            if (item.getBounds(column).contains(point)) {
                drillAt(matrix.indexOf(item), column);
                return;
            }
        }
    }

    /**
     * The rows name a cause by its title, as an admin reads it; the pointer over the first column shows the cause's id,
     * which the CLI's report, the JSON export and the charts' legend use.
     */
    private static void showCauseIdOnHover(Table table) {
        table.addListener(SWT.MouseMove, event -> {
            TableItem item = table.getItem(new Point(event.x, event.y));
            String id = item == null || !item.getBounds(0).contains(event.x, event.y) ? null : causeIdOf(item);
            String tip = id == null ? null : "cause id: " + id;
            if (!Objects.equals(tip, table.getToolTipText())) {
                table.setToolTipText(tip);
            }
        });
    }

    private static String causeIdOf(TableItem item) {
        if (item.getData() instanceof Combination combination) {
            return combination.causeId();
        }
        return item.getData(CELLS) instanceof FleetCell[] cells && cells.length > 0 ? cells[0].causeId() : null;
    }

    /** Lists the devices of a matrix cell: a row (a cause, or all devices) and a column (its total, or a value). */
    public void drillAt(int row, int column) {
        if (row < 0 || row >= matrix.getItemCount()) {
            return;
        }
        FleetCell[] cells = (FleetCell[]) matrix.getItem(row).getData(CELLS);
        if (column < 0 || column >= cells.length) {
            return;
        }
        FleetCell cell = cells[column];
        String who = cell.causeId() == null ? "all devices" : Causes.title(cell.causeId());
        String title = cell.dimension() == null ? who
                : who + " with " + cell.dimension().label() + " " + FleetCharts.label(cell.value());
        drillInto(new Drill(cell, Map.of(), title));
    }

    /** Lists the devices of a top combination: its cause, and every fact of the combination. */
    public void drillIntoCombination(int row) {
        if (row < 0 || row >= combinations.getItemCount()) {
            return;
        }
        Combination combination = (Combination) combinations.getItem(row).getData();
        Map<Dimension, String> facts = new HashMap<>();
        for (Dimension dimension : FleetReport.COMBINATION_DIMENSIONS) {
            facts.put(dimension, combination.facts().get(dimension));
        }
        String title = Causes.title(combination.causeId()) + " with " + FleetReport.COMBINATION_DIMENSIONS.stream()
                .map(dimension -> FleetCharts.label(facts.get(dimension))).collect(Collectors.joining(" / "));
        drillInto(new Drill(FleetCell.cause(combination.causeId(), report.since()), facts, title));
    }

    private void drillInto(Drill drilled) {
        drillTitle.setText("Devices: " + drilled.title() + " (reading...)");
        new ReadJob("Reading the devices of " + drilled.title(), database, false, drilled, index -> null).schedule();
    }

    // ------------------------------------------------------------------------------------------- acting

    /** Asks for the paths and the database, then ingests in a job and shows the new figures. */
    public void askAndIngest() {
        IngestDialog dialog = new IngestDialog(getSite().getShell(), database);
        if (dialog.open() == Window.OK) {
            ingest(dialog.database(), dialog.paths());
        }
    }

    /** Ingests the paths into the database in a job (with progress, cancellable); the view then reads it. */
    public FleetIngestJob ingest(FleetDatabase into, List<Path> paths) {
        if (!into.equals(database)) {
            // another database: what was drilled into belongs to the one before
            drill = null;
        }
        database = into;
        FleetIngestJob job = new FleetIngestJob(into, paths, this::ingested);
        summary.setText("Ingesting " + paths.size() + (paths.size() == 1 ? " path" : " paths") + " into "
                + into.describe() + "...");
        job.schedule();
        return job;
    }

    private void ingested(IngestResult result) {
        inUi(() -> {
            refresh();
            ILog.of(FleetView.class).info("Fleet ingest: " + result.found() + " found, " + result.diagnosed()
                    + " diagnosed, " + result.skipped() + " already in the index, " + result.unreadable()
                    + " unreadable" + (result.cancelled() ? " (cancelled)" : "") + " in " + result.took());
        });
    }

    private void openSelectedDevice() {
        if (devices.getSelectionCount() == 1) {
            openAsTarget((FleetDevice) devices.getSelection()[0].getData());
        }
    }

    /**
     * Opens the device's newest snapshot as the console's target: after the same question as File > Open Target
     * where the open session is unfinished, the Triage perspective shows its diagnosis. Returns the diagnosis job,
     * or null where the operator kept the open session.
     */
    public DiagnoseJob openAsTarget(FleetDevice device) {
        if (!OpenTargetHandler.mayReplaceOpenSession(getSite().getShell())) {
            return null;
        }
        IWorkbenchWindow window = getSite().getWorkbenchWindow();
        try {
            window.getWorkbench().showPerspective(FleetPerspective.TRIAGE_PERSPECTIVE, window);
        } catch (WorkbenchException e) {
            ILog.of(FleetView.class).warn("Cannot show the Triage perspective: " + e.getMessage(), e);
        }
        DiagnoseJob job = new DiagnoseJob(ConsoleSessions.manager(), device.targetSpec(), SYMPTOM,
                ConsoleSessions.productVersion());
        job.schedule();
        return job;
    }
}
