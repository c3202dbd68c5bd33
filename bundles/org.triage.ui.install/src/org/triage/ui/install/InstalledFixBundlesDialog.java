package org.triage.ui.install;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.triage.core.fix.FixDescriptor;
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

    /** The columns of the fixes: a bundle's row names it and its version, its fixes' rows what each declares. */
    static final String[][] FIX_COLUMNS = {
            { "Bundle / fix id", "230", "The contributing bundle and its version; under it, each fix's id" },
            { "Name", "220", "What the fix does, in its own words" },
            { "Fixes", "220", "The problems (cause ids) the fix addresses" },
            { "Changes", "150", "destructive: cannot simply be undone; reversible: can be undone" },
            { "Needs", "110", "Whether the fix needs an elevated (administrator) console" },
            { "Uses", "260", "The target actions the fix declares; it may perform no other" } };

    /** One row: what to name when uninstalling, and what the admin reads. */
    private record Row(String id, String version, String how, String bundles) {
    }

    private final FixBundleInstaller installer;
    private Table installed;
    private Tree fixes;
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
        for (String[] column : new String[][] { { "Installed", "300", "The feature installed with p2, or the file in dropins/" },
                { "Version", "120", "The installed version" }, { "How", "90", "p2: installed by Install Fix Bundle; dropins/: copied" },
                { "Bundles", "260", "The bundles it brings" } }) {
            TableColumn tableColumn = new TableColumn(installed, SWT.NONE);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
            tableColumn.setToolTipText(column[2]);
        }
        uninstall = new Button(body, SWT.PUSH);
        uninstall.setText(UNINSTALL);
        uninstall.setToolTipText("Uninstall the selected feature or dropped-in file, after showing what goes");
        uninstall.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        uninstall.setEnabled(false);
        installed.addListener(SWT.Selection, event -> uninstall.setEnabled(installed.getSelectionIndex() >= 0));
        uninstall.addListener(SWT.Selection, event -> uninstallSelected());

        Label known = new Label(body, SWT.NONE);
        known.setText("Fixes the console knows");
        known.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        fixes = new Tree(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        fixes.setData(FIXES);
        fixes.setHeaderVisible(true);
        fixes.setLinesVisible(true);
        GridData fixesData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        fixesData.heightHint = 220;
        fixes.setLayoutData(fixesData);
        for (String[] column : FIX_COLUMNS) {
            TreeColumn treeColumn = new TreeColumn(fixes, SWT.NONE);
            treeColumn.setText(column[0]);
            treeColumn.setWidth(Integer.parseInt(column[1]));
            treeColumn.setToolTipText(column[2]);
        }
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
        showFixes(registry[0], content[0].problems());
        setErrorMessage(null);
        if (rows.isEmpty()) {
            setMessage("Nothing is installed besides Triage Console itself.");
        }
    }

    /** Each contributing bundle with its fixes under it; then what is held back or left out, and why. */
    private void showFixes(FixRegistry registry, List<String> contentProblems) {
        fixes.removeAll();
        Map<String, TreeItem> bundles = new LinkedHashMap<>();
        for (FixDescriptor fix : registry.descriptors()) {
            TreeItem bundle = bundles.computeIfAbsent(fix.origin(), origin -> {
                TreeItem item = new TreeItem(fixes, SWT.NONE);
                item.setText(0, origin.trim());
                return item;
            });
            TreeItem row = new TreeItem(bundle, SWT.NONE);
            row.setText(new String[] { fix.id(), fix.name(), String.join(", ", fix.causes()),
                    (fix.destructive() ? "destructive" : "not destructive") + (fix.reversible() ? ", reversible" : ""),
                    fix.needsElevation() ? "elevation" : "-",
                    fix.actions().isEmpty() ? "any action (declares none)"
                            : fix.actions().stream().map(FixDescriptor.DeclaredAction::action).collect(Collectors.joining(", ")) });
        }
        bundles.values().forEach(bundle -> {
            bundle.setText(1, bundle.getItemCount() + (bundle.getItemCount() == 1 ? " fix" : " fixes"));
            bundle.setExpanded(true);
        });
        List<String> problems = new ArrayList<>(registry.problems());
        contentProblems.forEach(problem -> problems.add("Problem: " + problem));
        if (!problems.isEmpty()) {
            TreeItem held = new TreeItem(fixes, SWT.NONE);
            held.setText(new String[] { "Held back or left out", problems.size() + " contribution(s)" });
            problems.forEach(problem -> {
                TreeItem row = new TreeItem(held, SWT.NONE);
                row.setText(1, problem);
            });
            held.setExpanded(true);
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
