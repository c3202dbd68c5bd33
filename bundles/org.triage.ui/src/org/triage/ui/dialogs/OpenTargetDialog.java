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
import org.triage.core.symptom.SymptomDescriptor;
import org.triage.core.symptom.SymptomRegistry;
import org.triage.core.target.TargetProvider;
import org.triage.core.target.Targets;

/** Chooses what to inspect: the demo workstation (a scenario), a snapshot folder or zip, or this machine. */
public final class OpenTargetDialog extends TitleAreaDialog {

    /** The symptom offered first: the case the console was built for. */
    public static final String FIRST_SYMPTOM = "0x8004de40";
    /** Between a symptom's code and its message in the list. */
    public static final String CODE_SEPARATOR = " — ";

    private Button demo;
    private Combo scenario;
    private Button snapshot;
    private Text snapshotPath;
    private Button local;
    private Combo symptom;
    private Label symptomExplained;
    private List<SymptomDescriptor> catalogue;
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
        catalogue = SymptomRegistry.read().descriptors();
        catalogue.forEach(known -> symptom.add(choice(known)));
        symptom.setText(catalogue.stream().filter(known -> known.matches(FIRST_SYMPTOM)).findFirst()
                .map(OpenTargetDialog::choice).orElse(FIRST_SYMPTOM));
        new Label(body, SWT.NONE);
        symptomExplained = new Label(body, SWT.WRAP);
        GridData explainedLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        explainedLayout.widthHint = 520;
        symptomExplained.setLayoutData(explainedLayout);
        symptom.addModifyListener(event -> explainSymptom());
        explainSymptom();
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
        symptomCode = codeOf(symptom.getText());
        super.okPressed();
    }

    /** How the list shows a symptom: its code, the application and the message as users see it. */
    public static String choice(SymptomDescriptor known) {
        return known.code() + CODE_SEPARATOR + known.app() + ": " + known.message();
    }

    /** The code in a chosen or typed symptom; null where none is given. */
    public static String codeOf(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        int separator = chosen.indexOf(CODE_SEPARATOR);
        return (separator < 0 ? chosen : chosen.substring(0, separator)).trim();
    }

    private void explainSymptom() {
        String code = codeOf(symptom.getText());
        symptomExplained.setText(code == null ? "No symptom: every fix applies."
                : catalogue.stream().filter(known -> known.matches(code)).findFirst()
                        .map(known -> known.meaning() + "\nPoints to " + String.join(", ", known.causes())
                                + ".\nSource: " + known.source())
                        .orElse(code + " is not in the symptom catalogue: it is diagnosed without symptom hints."));
        symptomExplained.getParent().layout(true);
    }

    /** The explanation shown under the symptom: its meaning, causes and source. */
    public String symptomExplanation() {
        return symptomExplained.getText();
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
