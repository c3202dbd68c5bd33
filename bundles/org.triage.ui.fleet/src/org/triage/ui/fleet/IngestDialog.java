package org.triage.ui.fleet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Ingest Snapshots...: the folders (a share of collected zips, say) and files to read, and the database to record
 * them in: the embedded one by default, or a shared PostgreSQL at a JDBC URL without credentials.
 */
public final class IngestDialog extends TitleAreaDialog {

    /** Data keys of the widgets, so that tests can find them. */
    public static final String PATHS = "fleet.ingest.paths";
    public static final String EMBEDDED = "fleet.ingest.embedded";
    public static final String SHARED = "fleet.ingest.shared";
    public static final String URL = "fleet.ingest.url";

    private final FleetDatabase current;
    private final List<Path> paths = new ArrayList<>();
    private org.eclipse.swt.widgets.List pathList;
    private Button embedded;
    private Button shared;
    private Text url;
    private FleetDatabase chosen;

    public IngestDialog(Shell parent, FleetDatabase current) {
        super(parent);
        this.current = current;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Ingest Snapshots");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Ingest snapshots into the fleet index");
        setMessage("Every snapshot (zip or folder) and export under the paths is diagnosed offline and recorded per "
                + "device. Files already in the index are skipped; unreadable ones are recorded with the reason.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        new Label(body, SWT.NONE).setText("Folders and files:");
        new Label(body, SWT.NONE);
        pathList = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        pathList.setData(PATHS);
        GridData listLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        listLayout.heightHint = 110;
        listLayout.widthHint = 460;
        pathList.setLayoutData(listLayout);
        Composite buttons = new Composite(body, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        button(buttons, "Add Folder...", () -> {
            String folder = new DirectoryDialog(getShell()).open();
            if (folder != null) {
                addPath(Path.of(folder));
            }
        });
        button(buttons, "Add Files...", () -> {
            FileDialog files = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            files.setFilterExtensions(new String[] { "*.zip;*.triage;*.json", "*" });
            if (files.open() != null) {
                for (String name : files.getFileNames()) {
                    addPath(Path.of(files.getFilterPath(), name));
                }
            }
        });
        button(buttons, "Remove", () -> {
            int[] selected = pathList.getSelectionIndices();
            for (int i = selected.length - 1; i >= 0; i--) {
                paths.remove(selected[i]);
                pathList.remove(selected[i]);
            }
            validate();
        });

        Label database = new Label(body, SWT.NONE);
        database.setText("Database:");
        database.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        embedded = new Button(body, SWT.RADIO);
        embedded.setData(EMBEDDED);
        Path stateFolder = current.isEmbedded() ? current.stateFolder() : FleetDatabase.standard().stateFolder();
        embedded.setText("Embedded (H2 in " + stateFolder.resolve("fleet") + ")");
        embedded.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        shared = new Button(body, SWT.RADIO);
        shared.setData(SHARED);
        shared.setText("Shared, at a JDBC URL:");
        shared.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        url = new Text(body, SWT.BORDER);
        url.setData(URL);
        url.setMessage("jdbc:postgresql://dbhost:5432/triage");
        url.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label credentials = new Label(body, SWT.WRAP);
        credentials.setText("The user and password come from TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD or "
                + "from Eclipse secure storage, never from the URL.");
        GridData credentialsLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        credentialsLayout.widthHint = 460;
        credentials.setLayoutData(credentialsLayout);
        embedded.setSelection(current.isEmbedded());
        shared.setSelection(!current.isEmbedded());
        url.setText(current.isEmbedded() ? "" : current.jdbcUrl());
        embedded.addListener(SWT.Selection, event -> validate());
        shared.addListener(SWT.Selection, event -> validate());
        url.addListener(SWT.Modify, event -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Ingest", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    /** Adds a path to ingest (what Add Folder and Add Files do once a path is chosen). */
    public void addPath(Path path) {
        if (!paths.contains(path)) {
            paths.add(path);
            pathList.add(path.toString());
        }
        validate();
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, event -> action.run());
    }

    private void validate() {
        if (url == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        url.setEnabled(shared.getSelection());
        String problem = null;
        if (paths.isEmpty()) {
            problem = "Add the folders or files to ingest.";
        } else if (shared.getSelection() && !url.getText().strip().startsWith("jdbc:")) {
            problem = "A shared database is a JDBC URL, such as jdbc:postgresql://dbhost:5432/triage.";
        } else if (shared.getSelection() && url.getText().matches("(?i).*(password|user)=.*|jdbc:[a-z]+://[^/]*@.*")) {
            problem = "Credentials do not belong in the URL: set TRIAGE_FLEET_DB_USER and TRIAGE_FLEET_DB_PASSWORD "
                    + "or use Eclipse secure storage.";
        }
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        chosen = shared.getSelection() ? FleetDatabase.shared(url.getText().strip())
                : current.isEmbedded() ? current : FleetDatabase.standard();
        super.okPressed();
    }

    public List<Path> paths() {
        return List.copyOf(paths);
    }

    public FleetDatabase database() {
        return chosen;
    }
}
