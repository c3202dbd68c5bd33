package org.triage.ui.dialogs;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.triage.core.target.TargetProvider;
import org.triage.core.target.Targets;

/** Chooses what to inspect: the demo workstation (a scenario), a snapshot folder or zip, or this machine. */
public final class OpenTargetDialog extends TitleAreaDialog {

    /** The symptom codes offered; any other can be typed. */
    public static final List<String> KNOWN_SYMPTOMS = List.of("0x8004de40");

    private Button demo;
    private Combo scenario;
    private Button snapshot;
    private Text snapshotPath;
    private Button local;
    private Combo symptom;
    private String targetSpec;
    private String symptomCode;

    public OpenTargetDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Open Target");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("What should the console inspect?");
        setMessage("The demo workstation behaves like a real one; a snapshot is what the user collected with "
                + "Collect-TriageSnapshot.ps1.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        demo = new Button(body, SWT.RADIO);
        demo.setText("Demo workstation, scenario:");
        scenario = new Combo(body, SWT.READ_ONLY);
        scenario.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Targets.provider("demo").map(TargetProvider::suggestions).orElse(List.of()).forEach(scenario::add);
        if (scenario.getItemCount() > 0) {
            scenario.select(0);
        }

        snapshot = new Button(body, SWT.RADIO);
        snapshot.setText("Snapshot (folder or .zip):");
        snapshotPath = new Text(body, SWT.BORDER);
        snapshotPath.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite browse = new Composite(body, SWT.NONE);
        browse.setLayout(new GridLayout(2, true));
        Button folder = new Button(browse, SWT.PUSH);
        folder.setText("Folder...");
        folder.addListener(SWT.Selection, event -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                snapshotPath.setText(chosen);
                snapshot.setSelection(true);
                demo.setSelection(false);
                local.setSelection(false);
            }
        });
        Button zip = new Button(browse, SWT.PUSH);
        zip.setText("Zip...");
        zip.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
            String chosen = dialog.open();
            if (chosen != null) {
                snapshotPath.setText(chosen);
                snapshot.setSelection(true);
                demo.setSelection(false);
                local.setSelection(false);
            }
        });

        local = new Button(body, SWT.RADIO);
        local.setText("This machine");
        local.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        local.setEnabled(Targets.provider("local").isPresent());

        new Label(body, SWT.NONE).setText("Symptom:");
        symptom = new Combo(body, SWT.DROP_DOWN);
        symptom.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        KNOWN_SYMPTOMS.forEach(symptom::add);
        symptom.setText(KNOWN_SYMPTOMS.get(0));
        demo.setSelection(true);
        return area;
    }

    @Override
    protected void okPressed() {
        if (snapshot.getSelection()) {
            if (snapshotPath.getText().isBlank()) {
                setErrorMessage("Choose the snapshot folder or zip.");
                return;
            }
            targetSpec = "snapshot:" + snapshotPath.getText().trim();
        } else if (local.getSelection()) {
            targetSpec = "local";
        } else {
            targetSpec = "demo:" + scenario.getText();
        }
        symptomCode = symptom.getText().isBlank() ? null : symptom.getText().trim();
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Inspect", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    public String targetSpec() {
        return targetSpec;
    }

    public String symptomCode() {
        return symptomCode;
    }
}
