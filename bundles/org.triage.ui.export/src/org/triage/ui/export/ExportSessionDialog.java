package org.triage.ui.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.triage.export.ExportLayout;
import org.triage.export.ExportOptions;

/**
 * Where to write the export and whether to pseudonymise it. It says where the pseudonym map will go, and asks
 * before replacing an existing file.
 */
public final class ExportSessionDialog extends TitleAreaDialog {

    /** Data keys of the controls, so that tests can find them. */
    public static final String FILE = "export.file";
    public static final String PSEUDONYMIZE = "export.pseudonymize";
    public static final String MAP = "export.map";

    private final Path suggested;
    private final String productVersion;
    private Text file;
    private Button pseudonymize;
    private Label map;
    private Path chosen;
    private ExportOptions options;

    public ExportSessionDialog(Shell parent, Path suggested, String productVersion) {
        super(parent);
        this.suggested = suggested;
        this.productVersion = productVersion;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export Session");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Export the session for a ticket");
        setMessage("One .zip file: the session, a report for a browser and one for the ticket, the raw evidence. "
                + "Passwords, tokens and other secrets are always removed.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        new Label(body, SWT.NONE).setText("File:");
        file = new Text(body, SWT.BORDER);
        file.setData(FILE);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        file.setText(suggested.toString());
        Button browse = new Button(body, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.zip" });
            dialog.setFileName(suggested.getFileName().toString());
            String path = dialog.open();
            if (path != null) {
                file.setText(path);
            }
        });

        pseudonymize = new Button(body, SWT.CHECK);
        pseudonymize.setData(PSEUDONYMIZE);
        pseudonymize.setText("Pseudonymise user names, host names, tenant names, IP and MAC addresses and ids");
        pseudonymize.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        map = new Label(body, SWT.WRAP);
        map.setData(MAP);
        GridData mapLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        mapLayout.widthHint = 520;
        map.setLayoutData(mapLayout);

        file.addListener(SWT.Modify, event -> update());
        pseudonymize.addListener(SWT.Selection, event -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private void update() {
        Path path = path();
        boolean valid = path != null && path.getFileName() != null;
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(valid);
        }
        if (!valid) {
            setErrorMessage("Give the file to write, e.g. " + suggested);
            map.setText("");
        } else {
            setErrorMessage(null);
            map.setText(pseudonymize.getSelection()
                    ? "The map from pseudonyms to real values goes to " + path.getFileName() + ExportLayout.MAP_SUFFIX
                            + " beside the export. It stays on this computer: never attach it to the ticket."
                    : "Names, addresses and ids stay readable in the export.");
        }
        map.getParent().layout(true, true);
    }

    private Path path() {
        String text = file.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(text);
            return path.getFileName() != null && !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                    ? path.resolveSibling(path.getFileName() + ".zip") : path;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void okPressed() {
        Path path = path();
        if (path == null) {
            return;
        }
        if (Files.exists(path) && !MessageDialog.openQuestion(getShell(), "Replace the file?",
                path + " exists. Replace it with this export?")) {
            return;
        }
        chosen = path;
        options = new ExportOptions(pseudonymize.getSelection(), null, productVersion);
        super.okPressed();
    }

    /** The file to write; set once the dialog was confirmed. */
    public Path file() {
        return chosen;
    }

    public ExportOptions options() {
        return options;
    }
}
