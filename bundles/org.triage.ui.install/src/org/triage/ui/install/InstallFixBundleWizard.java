package org.triage.ui.install;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.wizard.Wizard;
import org.triage.install.FixBundleInstaller;
import org.triage.install.FixBundleSource;
import org.triage.install.InstallException;
import org.triage.install.InstallOutcome;
import org.triage.install.InstallPlan;

/**
 * Choose a source, see what it brings (its fixes and what they declare, whether it is signed, what the
 * policy says), confirm. Everything but the pages is {@link FixBundleInstaller}'s, the same the command line
 * uses; reading the source and installing run off the UI thread, with progress in the wizard.
 */
public final class InstallFixBundleWizard extends Wizard {

    private final FixBundleInstaller installer;
    private final SourcePage source = new SourcePage();
    private final ReviewPage review = new ReviewPage();
    private InstallPlan plan;
    private InstallOutcome outcome;

    public InstallFixBundleWizard(FixBundleInstaller installer) {
        this.installer = installer;
        setWindowTitle("Install Fix Bundle");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(source);
        addPage(review);
    }

    /** Reads the source chosen on the first page into a plan; the review page shows it or the error. */
    void prepare() {
        discardPlan();
        String text = source.sourceText();
        boolean trustedOnly = source.trustedOnly();
        InstallPlan[] prepared = new InstallPlan[1];
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    prepared[0] = installer.prepare(FixBundleSource.parse(text), trustedOnly, monitor);
                } catch (InstallException e) {
                    throw new InvocationTargetException(e);
                }
            });
            plan = prepared[0];
            review.show(plan);
        } catch (InvocationTargetException e) {
            review.showError(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (InterruptedException e) {
            review.showError("cancelled");
        }
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == review && plan != null && !plan.refused();
    }

    @Override
    public boolean performFinish() {
        InstallPlan confirmed = plan;
        InstallOutcome[] result = new InstallOutcome[1];
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    result[0] = installer.install(confirmed, monitor);
                } catch (InstallException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            review.showError(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        outcome = result[0];
        discardPlan();
        return true;
    }

    @Override
    public boolean performCancel() {
        discardPlan();
        return true;
    }

    @Override
    public void dispose() {
        discardPlan();
        super.dispose();
    }

    private void discardPlan() {
        if (plan != null) {
            plan.close();
            plan = null;
        }
    }

    /** How the install ended; null where the admin cancelled. */
    public InstallOutcome outcome() {
        return outcome;
    }

    InstallPlan plan() {
        return plan;
    }
}
