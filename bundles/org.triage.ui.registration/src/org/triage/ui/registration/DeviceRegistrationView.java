package org.triage.ui.registration;

import java.util.Locale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.core.rules.AadstsCodes;
import org.triage.core.session.Facts;
import org.triage.core.session.Sessions;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.ui.views.FactTable;
import org.triage.ui.views.SessionViewPart;
import org.triage.ui.views.ViewHeader;

/**
 * The device's registration in Entra ID as dsregcmd reports it: join state, device authentication, the PRT
 * with its times, and the last sign-in attempt with the meaning of its AADSTS code; every field below.
 */
public class DeviceRegistrationView extends SessionViewPart {

    public static final String SUMMARY = "registration.summary";
    public static final String FIELDS = "registration.fields";
    public static final String BROKER_FAILURES = "registration.broker-failures";

    /** The rows of the summary, by label: the dsregcmd fields they show. */
    private static final Map<String, String> SUMMARY_ROWS = new LinkedHashMap<>();

    static {
        SUMMARY_ROWS.put("Device auth status", "DeviceAuthStatus");
        SUMMARY_ROWS.put("PRT present", "AzureAdPrt");
        SUMMARY_ROWS.put("PRT updated", "AzureAdPrtUpdateTime");
        SUMMARY_ROWS.put("PRT expires", "AzureAdPrtExpiryTime");
        SUMMARY_ROWS.put("Tenant", "TenantName");
        SUMMARY_ROWS.put("Device id", "DeviceId");
        SUMMARY_ROWS.put("Last attempt", "Previous Prt Attempt");
        SUMMARY_ROWS.put("Attempt status", "Attempt Status");
        SUMMARY_ROWS.put("Credential type", "Credential Type");
        SUMMARY_ROWS.put("Server error", "Server Error Code");
        SUMMARY_ROWS.put("Error description", "Server Error Description");
    }

    /** Room for three fields, or two broker failures, with the header row and a scroll bar. */
    private static final int DETAILS_ROW_HEIGHT = 124;

    private ViewHeader header;
    /** The observation shown, selected for the Properties view when any of its rows is. */
    private Observation registration;
    private FactTable summary;
    private FactTable fields;
    private FactTable brokerFailures;

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new ViewHeader(parent, "registration");
        // the summary's first five rows (join state, device auth, PRT, tenant, device) stay in view at 1280×720
        summary = new FactTable(parent, SUMMARY, 0).column("", "Label", 150).column("", "Value", 700).minimumRows(5);
        summary.viewer().getTable().setHeaderVisible(false); // label and value speak for themselves
        summary.highlight(row -> Facts.textOf(row.getFields(), "Attention").isPresent());
        // every field beside the token broker's failures, each table's first column naming what it lists: no title
        // lines, so the summary's and both tables' key rows stay in view at 1280×720
        Composite details = new Composite(parent, SWT.NONE);
        GridLayout columns = new GridLayout(2, true);
        columns.marginWidth = 0;
        columns.marginHeight = 0;
        details.setLayout(columns);
        GridData detailsLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        detailsLayout.heightHint = DETAILS_ROW_HEIGHT;
        detailsLayout.minimumHeight = DETAILS_ROW_HEIGHT;
        details.setLayoutData(detailsLayout);
        fields = new FactTable(details, FIELDS, 100).minimumRows(3).column("dsregcmd /status field", "Label", 220)
                .column("Value", "Value", 600);
        brokerFailures = new FactTable(details, BROKER_FAILURES, 80).minimumRows(1)
                .column("Token broker failure (AAD log, 7 days): code | app", "Label", 330)
                .column("How often, when, and what it means", "Value", 700);
        for (FactTable table : List.of(fields, brokerFailures)) {
            // half the row each, whatever the columns add up to: the columns scroll
            ((GridData) table.viewer().getTable().getLayoutData()).widthHint = 100;
        }
        // the rows are dsregcmd's fields retold: the Properties view shows the whole observation and its output
        summary.viewer().addSelectionChangedListener(event -> selectRegistration(event.getStructuredSelection()));
        fields.viewer().addSelectionChangedListener(event -> selectRegistration(event.getStructuredSelection()));
    }

    private void selectRegistration(IStructuredSelection rows) {
        select(rows.isEmpty() || registration == null ? rows : new StructuredSelection(registration));
    }

    @Override
    protected void render(Session session) {
        registration = session == null ? null : Sessions.latestByProbe(session).get(DeviceRegistrationProbe.ID);
        brokerFailures.setRows(brokerFailureRows(session));
        header.render(session, registration == null ? List.of() : List.of(registration));
        if (registration == null || registration.getFacts().isEmpty()) {
            summary.setRows(List.of());
            fields.setRows(List.of());
            return;
        }
        List<RecordFact> rows = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        registration.getFacts().forEach(fact -> values.put(fact.getName(), Facts.asText(fact)));
        rows.add(row("Join state", DeviceRegistrationProbe.joinState(values), false));
        SUMMARY_ROWS.forEach((label, field) -> {
            String value = values.get(field);
            if (value != null) {
                rows.add(row(label, value, attention(field, value)));
            }
        });
        AadstsCodes.firstCode(values.get("Server Error Description"))
                .ifPresent(code -> rows.add(row("AADSTS meaning", code + ": "
                        + AadstsCodes.meaning(code).orElse("see Microsoft's AADSTS error reference"), true)));
        summary.setRows(rows);
        fields.setRows(registration.getFacts().stream().map(fact -> row(fact.getName(), Facts.asText(fact), false))
                .toList());
    }

    /** One row per group of failed token requests, as the token broker probe grouped and explained them. */
    static List<RecordFact> brokerFailureRows(Session session) {
        Observation broker = session == null ? null : Sessions.latestByProbe(session).get(TokenBrokerEventsProbe.ID);
        if (broker == null) {
            return List.of();
        }
        return broker.getFacts().stream().filter(fact -> fact.getName().startsWith(TokenBrokerEventsProbe.FAILURE_FACT))
                .map(fact -> row(fact.getName().substring(TokenBrokerEventsProbe.FAILURE_FACT.length()), Facts.asText(fact),
                        fact.getName().contains("0xCAA") || fact.getName().contains("AADSTS")))
                .toList();
    }

    private static boolean attention(String field, String value) {
        return switch (field) {
            case "DeviceAuthStatus" -> value.toUpperCase(Locale.ROOT).startsWith("FAILED");
            case "AzureAdPrt" -> value.equalsIgnoreCase("NO");
            case "Attempt Status" -> !value.trim().equalsIgnoreCase("0x0");
            case "Server Error Code", "Server Error Description" -> true;
            default -> false;
        };
    }

    private static RecordFact row(String label, String value, boolean attention) {
        List<Fact> cells = new ArrayList<>(List.of(Facts.text("Label", label), Facts.text("Value", value)));
        if (attention) {
            cells.add(Facts.text("Attention", "yes"));
        }
        return Facts.record(label, cells);
    }
}
