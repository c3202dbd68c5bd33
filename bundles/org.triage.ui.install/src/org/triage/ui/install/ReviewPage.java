package org.triage.ui.install;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.triage.install.InstallPlan;
import org.triage.install.InstallText;

/** The second page: what the source brings and what the policy says, exactly as the command line prints it. */
final class ReviewPage extends WizardPage {

    private Text details;

    ReviewPage() {
        super("review");
        setTitle("What will be installed");
        setDescription("Read what the fixes declare and whether the content is signed, then Finish to install.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new FillLayout());
        details = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        details.setFont(JFaceResources.getTextFont());
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            ((InstallFixBundleWizard) getWizard()).prepare();
        }
    }

    void show(InstallPlan plan) {
        details.setText(String.join("\n", InstallText.plan(plan)));
        if (plan.refused()) {
            setErrorMessage("Refused: " + String.join("; ", plan.refusals()));
        } else {
            setErrorMessage(null);
            setMessage("Finish installs " + InstallText.roots(plan.content()) + "; the console uses it after a restart.");
        }
        getContainer().updateButtons();
    }

    void showError(String message) {
        details.setText("");
        setErrorMessage(message);
        getContainer().updateButtons();
    }

    String detailsText() {
        return details.getText();
    }
}
