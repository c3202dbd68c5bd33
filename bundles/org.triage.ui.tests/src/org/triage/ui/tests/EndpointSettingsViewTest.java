package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.triage.ui.endpoints.EndpointTestsView;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;

/**
 * The Endpoint Tests view shows Windows' TLS settings and the clock where an admin looks for why the sign-in endpoints
 * refuse: on the demo's clock-skew scenario the clock line says how far ahead it is, in red, and each endpoint's row
 * shows the offset from its answer's Date header.
 */
class EndpointSettingsViewTest {

    @Test
    void theClockAndTlsSettingsAreShownBelowTheEndpoints() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.triage.ui.views.endpoints");
        SessionManager manager = sessionManager();
        UiConditions.waitUntil("no diagnosis is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        new DiagnoseJob(manager, "demo:clock-skew", null, "test").schedule();
        try {
            UiConditions.waitUntil("the scenario is diagnosed", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                    && manager.session() != null && manager.session().getTarget().getLocation() != null
                    && manager.session().getTarget().getLocation().contains("clock-skew"), 60_000);
            Label clock = label(page, EndpointTestsView.CLOCK);
            Label tls = label(page, EndpointTestsView.TLS_SETTINGS);
            UiConditions.waitUntil("the clock line is shown", () -> clock.getText().contains("ahead of"), 10_000);
            assertTrue(clock.getText().startsWith("the clock is 23 min 0 s ahead of https://login.microsoftonline.com/"),
                    clock.getText());
            assertEquals(clock.getDisplay().getSystemColor(SWT.COLOR_DARK_RED), clock.getForeground());
            assertTrue(clock.getToolTipText().contains("Source: time.windows.com,0x9"), clock.getToolTipText());
            assertTrue(tls.getText().startsWith("TLS 1.2 offered; 4 of 4 required cipher suites enabled"), tls.getText());

            Table table = UiConditions.find(page.getWorkbenchWindow().getShell(), Table.class,
                    t -> EndpointTestsView.TABLE.equals(t.getData())).get(0);
            List<String> columns = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
            int column = columns.indexOf("Clock");
            assertTrue(column >= 0, columns.toString());
            assertTrue(table.getItemCount() > 0);
            assertEquals("+23 min", table.getItem(0).getText(column));
        } finally {
            // the other tests of this workbench expect the demo workstation it started with
            new DiagnoseJob(manager, "demo", null, "test").schedule();
            UiConditions.waitUntil("the demo is diagnosed again", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                    && manager.session() != null && "demo".equals(manager.session().getTarget().getKind())
                    && !String.valueOf(manager.session().getTarget().getLocation()).contains("clock-skew"), 60_000);
        }
    }

    private static Label label(IWorkbenchPage page, String key) {
        return UiConditions.find(page.getWorkbenchWindow().getShell(), Label.class, l -> key.equals(l.getData())).get(0);
    }

    private static SessionManager sessionManager() {
        var context = FrameworkUtil.getBundle(EndpointSettingsViewTest.class).getBundleContext();
        var reference = context.getServiceReference(SessionManager.class);
        assertNotNull(reference, "no SessionManager service");
        return context.getService(reference);
    }
}
