package org.triage.ui.credentials;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.session.Facts;
import org.triage.core.session.Sessions;
import org.triage.core.target.TargetAction;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.ui.views.FactTable;
import org.triage.ui.views.SessionViewPart;
import org.triage.ui.views.ViewHeader;

/**
 * The cached credentials of Windows Credential Manager. The entries a planned fix would remove are shown in
 * bold red with the fix that removes them; a filter narrows the list.
 */
public class CredentialsView extends SessionViewPart {

    public static final String TABLE = "credentials.table";
    public static final String FILTER = "credentials.filter";

    private ViewHeader header;
    private FactTable table;
    private Set<String> removedByPlan = Set.of();

    @Override
    protected void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        header = new ViewHeader(parent, "credentials");
        Composite filterRow = new Composite(parent, SWT.NONE);
        filterRow.setLayout(new GridLayout(2, false));
        filterRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(filterRow, SWT.NONE).setText("Filter:");
        Text filter = new Text(filterRow, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setData(FILTER);
        filter.setMessage("target, user or type");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new FactTable(parent, TABLE, 240).minimumRows(5)
                .column("Target", "TargetName", 380)
                .column("Type", "Type", 120)
                .column("User", "User", 180)
                .column("Persistence", "Persistence", 110)
                .column("Last written", "LastWritten", 170)
                .column("Planned change", row -> removedByPlan.contains(targetName(row)) ? "removed by the playbook" : "",
                        170);
        table.highlight(row -> removedByPlan.contains(targetName(row)));
        filter.addModifyListener(event -> table.filter(filter.getText()));
        table.viewer().addSelectionChangedListener(event -> select(event.getStructuredSelection()));
    }

    private static String targetName(RecordFact row) {
        return Facts.textOf(row.getFields(), "TargetName").orElse("");
    }

    @Override
    protected void render(Session session) {
        Observation credentials = session == null ? null
                : Sessions.latestByProbe(session).get(CachedCredentialsProbe.ID);
        header.render(session, credentials == null ? List.of() : List.of(credentials));
        removedByPlan = session == null ? Set.of() : plannedRemovals(session);
        table.setRows(credentials == null ? List.of() : Facts.recordsOf(credentials, "entries"));
        if (credentials == null) {
            select(StructuredSelection.EMPTY);
        }
    }

    /** The credential targets that planned steps will remove. */
    static Set<String> plannedRemovals(Session session) {
        return session.getFixAttempts().stream().filter(a -> a.getOutcome() == FixOutcome.PLANNED)
                .map(FixAttempt::getPlannedChanges).flatMap(List::stream)
                .filter(change -> TargetAction.REMOVE_CREDENTIAL.equals(change.getAction()))
                .map(change -> change.getSubject()).collect(Collectors.toSet());
    }
}
