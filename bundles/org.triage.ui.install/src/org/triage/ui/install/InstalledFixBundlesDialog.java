package org.triage.ui.install;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.triage.core.fix.FixRegistry;
import org.triage.install.FixBundleInstaller;
import org.triage.install.InstallException;
import org.triage.install.InstallOutcome;
import org.triage.install.InstallRecord;
import org.triage.install.InstallText;
import org.triage.install.InstalledContent;
import org.triage.install.UninstallPlan;

/**
 * Help > Installed Fix Bundles...: what was installed with p2 and what lies in dropins/, every fix the console knows
 * with what it declares (and the contributions it holds back, with why), and Uninstall: the console's
 * {@code triage installs}, {@code triage fixes} and {@code triage uninstall}. Reading the product and uninstalling
 * run off the UI thread.
 */
public final class InstalledFixBundlesDialog extends TitleAreaDialog {

    /** Keys of the controls, for tests. */
    public static final String INSTALLED = "installed";
    public static final String FIXES = "fixes";
    public static final String UNINSTALL = "Uninstall...";

    /** One row: what to name when uninstalling, and what the admin reads. */
    private record Row(String id, String version, String how, String bundles) {
    }

    private final FixBundleInstaller installer;
    private Table installed;
    private Text fixes;
    private Button uninstall;
    private final List<Row> rows = new ArrayList<>();
    private boolean restartNeeded;

    public InstalledFixBundlesDialog(Shell parent, FixBundleInstaller installer) {
        super(parent);
        this.installer = installer;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Whether something was uninstalled, which the console stops using after a restart. */
    public boolean restartNeeded() {
        return restartNeeded;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Installed Fix Bundles");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Installed Fix Bundles");
        setMessage("Fix bundles installed with Install Fix Bundle or dropped into dropins/, and every fix the console knows.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));

        installed = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        installed.setData(INSTALLED);
        installed.setHeaderVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 140;
        tableData.widthHint = 720;
        installed.setLayoutData(tableData);
        for (String[] column : new String[][] { { "Installed", "300" }, { "Version", "120" }, { "How", "90" },
                { "Bundles", "260" } }) {
            TableColumn tableColumn = new TableColumn(installed, SWT.NONE);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        uninstall = new Button(body, SWT.PUSH);
        uninstall.setText(UNINSTALL);
        uninstall.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        uninstall.setEnabled(false);
        installed.addListener(SWT.Selection, event -> uninstall.setEnabled(installed.getSelectionIndex() >= 0));
        uninstall.addListener(SWT.Selection, event -> uninstallSelected());

        Label known = new Label(body, SWT.NONE);
        known.setText("Fixes the console knows");
        known.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        fixes = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        fixes.setData(FIXES);
        GridData fixesData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        fixesData.heightHint = 220;
        fixes.setLayoutData(fixesData);
        refresh();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Reads what is installed and the fixes again, off the UI thread. */
    private void refresh() {
        InstalledContent[] content = new InstalledContent[1];
        FixRegistry[] registry = new FixRegistry[1];
        if (!run(monitor -> {
            content[0] = installer.installed();
            registry[0] = FixRegistry.read();
        })) {
            return;
        }
        rows.clear();
        for (InstalledContent.InstalledUnit unit : content[0].units()) {
            rows.add(new Row(unit.id(), unit.version(), "p2", unit.bundles().stream().map(InstallRecord.Unit::toString)
                    .collect(Collectors.joining(", "))));
        }
        for (InstalledContent.DropIn dropIn : content[0].dropins()) {
            rows.add(new Row(dropIn.path().getFileName().toString(), "", "dropins/", dropIn.bundles().isEmpty()
                    ? "no bundle" : dropIn.bundles().stream().map(InstallRecord.Unit::toString).collect(Collectors.joining(", "))));
        }
        installed.removeAll();
        for (Row row : rows) {
            new TableItem(installed, SWT.NONE).setText(new String[] { row.id(), row.version(), row.how(), row.bundles() });
        }
        uninstall.setEnabled(false);
        List<String> lines = new ArrayList<>();
        registry[0].descriptors().forEach(fix -> lines.addAll(InstallText.fix(fix, "")));
        if (!registry[0].problems().isEmpty()) {
            lines.add("");
            lines.add("Held back or left out:");
            registry[0].problems().forEach(problem -> lines.add("  " + problem));
        }
        content[0].problems().forEach(problem -> lines.add("Problem: " + problem));
        fixes.setText(String.join("\n", lines));
        setErrorMessage(null);
        if (rows.isEmpty()) {
            setMessage("Nothing is installed besides Triage Console itself.");
        }
    }

    private void uninstallSelected() {
        int selected = installed.getSelectionIndex();
        if (selected < 0) {
            return;
        }
        UninstallPlan plan;
        try {
            plan = installer.prepareUninstall(rows.get(selected).id());
        } catch (InstallException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        if (!MessageDialog.openQuestion(getShell(), "Uninstall " + plan.what(),
                String.join("\n", InstallText.uninstall(plan)) + "\n\nUninstall " + plan.what() + "?")) {
            return;
        }
        InstallOutcome[] outcome = new InstallOutcome[1];
        if (!run(monitor -> {
            try {
                outcome[0] = installer.uninstall(plan, monitor);
            } catch (InstallException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        })) {
            return;
        }
        if (!outcome[0].succeeded()) {
            setErrorMessage(outcome[0].message());
            return;
        }
        restartNeeded = true;
        refresh();
        setMessage("Uninstalled " + plan.what() + ". " + outcome[0].message());
    }

    @FunctionalInterface
    private interface Work {
        void run(org.eclipse.core.runtime.IProgressMonitor monitor);
    }

    /** Runs {@code work} with a progress dialog, off the UI thread; a failure is shown as the dialog's error. */
    private boolean run(Work work) {
        try {
            new ProgressMonitorDialog(getParentShell()).run(true, false, monitor -> {
                try {
                    work.run(monitor);
                } catch (RuntimeException e) {
                    throw new InvocationTargetException(e);
                }
            });
            return true;
        } catch (InvocationTargetException e) {
            setErrorMessage(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        } catch (InterruptedException e) {
            setErrorMessage("cancelled");
        }
        return false;
    }
}
