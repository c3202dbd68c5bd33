package org.triage.ui.install;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The first page: where the fix bundles come from, and whether to accept signed content only. */
final class SourcePage extends WizardPage {

    private Text source;
    private Button trustedOnly;

    SourcePage() {
        super("source");
        setTitle("Where do the fix bundles come from?");
        setDescription("A p2 repository folder, its .zip, or the http(s) URL of a vendor's update site.");
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(3, false));
        new Label(body, SWT.NONE).setText("Source:");
        source = new Text(body, SWT.BORDER);
        source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        source.setMessage("https://updates.example.com/triage/ or a folder or .zip");
        source.addListener(SWT.Modify, event -> setPageComplete(!source.getText().isBlank()));

        new Label(body, SWT.NONE);
        Button folder = new Button(body, SWT.PUSH);
        folder.setText("Folder...");
        folder.addListener(SWT.Selection, event -> {
            String chosen = new DirectoryDialog(getShell()).open();
            if (chosen != null) {
                source.setText(chosen);
            }
        });
        Button zip = new Button(body, SWT.PUSH);
        zip.setText("Zip...");
        zip.addListener(SWT.Selection, event -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.zip" });
            String chosen = dialog.open();
            if (chosen != null) {
                source.setText(chosen);
            }
        });

        trustedOnly = new Button(body, SWT.CHECK);
        trustedOnly.setText("Accept signed content only");
        trustedOnly.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        setControl(body);
    }

    String sourceText() {
        return source.getText().strip();
    }

    boolean trustedOnly() {
        return trustedOnly.getSelection();
    }

    @Override
    public boolean canFlipToNextPage() {
        return isPageComplete();
    }
}
