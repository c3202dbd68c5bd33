package org.triage.ui.endpoints;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.triage.core.probe.ClockProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.Probes;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.probe.TlsSettingsProbe;
import org.triage.core.session.Facts;
import org.triage.core.session.Sessions;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.model.ListFact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.ui.session.RerunProbesJob;
import org.triage.ui.views.FactTable;
import org.triage.ui.views.SessionViewPart;
import org.triage.ui.views.ViewHeader;

/**
 * One row per sign-in endpoint: DNS, TCP, TLS and HTTP results with timings and the clock's offset from the answer's
 * Date header; below, Windows' own TLS settings and the clock against Entra ID's; re-test one or all.
 */
public class EndpointTestsView extends SessionViewPart {

    public static final String TABLE = "endpoints.table";
    public static final String RERUN_SELECTED = "endpoints.rerunSelected";
    public static final String RERUN_ALL = "endpoints.rerunAll";
    /** The label with Windows' TLS settings (Schannel, WinHTTP, the cipher suites Microsoft 365 requires). */
    public static final String TLS_SETTINGS = "endpoints.tlsSettings";
    /** The label with the clock against Entra ID's and the time service. */
    public static final String CLOCK = "endpoints.clock";

    private ViewHeader header;
    private FactTable table;
    private Button rerunSelected;
    private Button rerunAll;
    private Label tlsSettings;
    private Label clock;

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new ViewHeader(parent, "endpoints");
        table = new FactTable(parent, TABLE, 220).minimumRows(4)
                .column("Endpoint", "ComputerName", 250)
                .column("Port", "RemotePort", 50)
                .column("DNS", row -> Facts.boolOf(row.getFields(), "NameResolutionSucceeded")
                        .map(ok -> ok ? String.join(", ", Facts.textsOf(row.getFields(), "RemoteAddress")) : "failed")
                        .orElse("not tested"), 200)
                .column("TCP 443", row -> yesNo(row, "TcpTestSucceeded", "connected", "failed"), 80)
                .column("TLS", row -> Facts.boolOf(row.getFields(), "TlsValid")
                        .map(ok -> ok ? Facts.textOf(row.getFields(), "TlsDetail").orElse("valid")
                                : "NOT Microsoft's: " + Facts.textOf(row.getFields(), "TlsDetail").orElse(""))
                        .orElse("not tested"), 250)
                .column("HTTP", "HttpStatus", 60)
                .column("Clock", row -> Facts.textOf(row.getFields(), ClockProbe.OFFSET_SECONDS)
                        .map(EndpointTestsView::offset).orElse(""), 70)
                .column("DNS ms", row -> stepMillis(row, EndpointCheck.Step.DNS), 60)
                .column("TCP ms", row -> stepMillis(row, EndpointCheck.Step.TCP), 60)
                .column("TLS ms", row -> stepMillis(row, EndpointCheck.Step.TLS), 60)
                .column("HTTP ms", row -> stepMillis(row, EndpointCheck.Step.HTTP), 65)
                .column("Total ms", "ElapsedMs", 70)
                .column("Via", "Via", 80)
                .column("Error", "Error", 260);
        table.highlight(row -> !Facts.boolOf(row.getFields(), "TcpTestSucceeded").orElse(false)
                || Facts.boolOf(row.getFields(), "TlsValid").map(ok -> !ok).orElse(false));
        table.viewer().addSelectionChangedListener(event -> {
            select(event.getStructuredSelection());
            rerunSelected.setEnabled(!event.getStructuredSelection().isEmpty() && manager.target() != null);
        });
        // the settings sit beside the buttons, so that the table keeps its height on a small screen
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayout bar = new GridLayout(3, false);
        bar.marginHeight = 0;
        buttons.setLayout(bar);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        rerunSelected = new Button(buttons, SWT.PUSH);
        rerunSelected.setText("Re-test selected");
        rerunSelected.setData(RERUN_SELECTED);
        rerunSelected.setEnabled(false);
        rerunSelected.addListener(SWT.Selection, event -> retestSelected());
        rerunAll = new Button(buttons, SWT.PUSH);
        rerunAll.setText("Re-test all");
        rerunAll.setData(RERUN_ALL);
        Composite settings = new Composite(buttons, SWT.NONE);
        GridLayout settingsLayout = new GridLayout(2, false);
        settingsLayout.marginHeight = 0;
        settingsLayout.verticalSpacing = 0;
        settings.setLayout(settingsLayout);
        settings.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tlsSettings = setting(settings, "TLS:", TLS_SETTINGS);
        clock = setting(settings, "Clock:", CLOCK);
        rerunAll.addListener(SWT.Selection, event -> new RerunProbesJob(manager,
                List.of(Probes.byId(ProxyProbe.ID).orElseThrow(), Probes.byId(TlsSettingsProbe.ID).orElseThrow(),
                        Probes.byId(ClockProbe.ID).orElseThrow(), new EndpointsProbe())).schedule());
    }

    private static Label setting(Composite parent, String title, String key) {
        Label name = new Label(parent, SWT.NONE);
        name.setText(title);
        Label value = new Label(parent, SWT.NONE);
        value.setData(key);
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return value;
    }

    /** A setting's line: its probe's summary, in red where the probe found something wrong; the facts in the tooltip. */
    private static void show(Label label, Observation observation) {
        if (observation == null) {
            label.setText("not read");
            label.setToolTipText(null);
            label.setForeground(null);
            return;
        }
        label.setText(observation.getSummary() == null ? "" : observation.getSummary());
        label.setToolTipText(observation.getFacts().stream().filter(fact -> !"protocols".equals(fact.getName()))
                .map(fact -> fact.getName() + ": " + Facts.asText(fact)).collect(Collectors.joining("\n")));
        boolean wrong = observation.getStatus() == ObservationStatus.WARNING
                || observation.getStatus() == ObservationStatus.FAILED || observation.getStatus() == ObservationStatus.ERROR;
        label.setForeground(wrong ? label.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
    }

    /** {@code +23 min}, {@code -4 s}: how far the local clock is from the answer's Date header. */
    static String offset(String seconds) {
        long value;
        try {
            value = Long.parseLong(seconds);
        } catch (NumberFormatException e) {
            return seconds;
        }
        long magnitude = Math.abs(value);
        String sign = value < 0 ? "-" : "+";
        return magnitude >= 60 ? sign + magnitude / 60 + " min" : sign + magnitude + " s";
    }

    private static String yesNo(RecordFact row, String field, String yes, String no) {
        return Facts.boolOf(row.getFields(), field).map(ok -> ok ? yes : no).orElse("not tested");
    }

    private void retestSelected() {
        Session session = shown();
        Observation previous = session == null ? null : Sessions.latestByProbe(session).get(EndpointsProbe.ID);
        List<Endpoint> endpoints = table.selection().stream()
                .map(row -> new Endpoint(Facts.textOf(row.getFields(), "ComputerName").orElse(""),
                        Integer.parseInt(Facts.textOf(row.getFields(), "RemotePort").orElse("443")),
                        Facts.textOf(row.getFields(), "Pattern").orElse("")))
                .toList();
        if (!endpoints.isEmpty()) {
            new RerunProbesJob(manager, List.of(EndpointsProbe.retest(endpoints, previous))).schedule();
        }
    }

    @Override
    protected void render(Session session) {
        Observation endpoints = session == null ? null : Sessions.latestByProbe(session).get(EndpointsProbe.ID);
        Observation proxy = session == null ? null : Sessions.latestByProbe(session).get(ProxyProbe.ID);
        Observation tls = session == null ? null : Sessions.latestByProbe(session).get(TlsSettingsProbe.ID);
        Observation time = session == null ? null : Sessions.latestByProbe(session).get(ClockProbe.ID);
        header.render(session, Stream.of(endpoints, proxy, tls, time).filter(Objects::nonNull).toList());
        show(tlsSettings, tls);
        show(clock, time);
        table.setRows(endpoints == null ? List.of() : Facts.recordsOf(endpoints, "checks"));
        rerunAll.setEnabled(session != null && manager.target() != null);
        rerunSelected.setEnabled(false);
    }

    /** How long one step of the test took, where the test was made step by step (not by Test-NetConnection). */
    static String stepMillis(RecordFact row, String step) {
        return Facts.find(row.getFields(), "Steps").filter(ListFact.class::isInstance).stream()
                .flatMap(steps -> ((ListFact) steps).getItems().stream()).filter(RecordFact.class::isInstance)
                .map(RecordFact.class::cast)
                .filter(fields -> Facts.textOf(fields.getFields(), "Step").filter(step::equals).isPresent())
                .map(fields -> Facts.textOf(fields.getFields(), "ElapsedMs").orElse("")
                        + (Facts.boolOf(fields.getFields(), "TimedOut").orElse(false) ? " (timed out)" : ""))
                .reduce((first, second) -> second).orElse("");
    }
}
