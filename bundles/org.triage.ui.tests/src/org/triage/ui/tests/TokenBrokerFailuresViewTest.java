package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.triage.ui.registration.DeviceRegistrationView;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.session.SessionManager;
import org.triage.ui.views.SessionView;

/**
 * The Device Registration view's token broker section: the contoso sample snapshot's AAD Operational events
 * (real public event texts), grouped by code and app, each explained.
 */
class TokenBrokerFailuresViewTest {

    private static final String CONTOSO = "bundles/org.triage.snapshot.tests/resources/snapshots/contoso-0x8004de40";

    @Test
    void theRegistrationViewListsTheBrokersFailuresByCodeAndAppExplained() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.triage.ui.views.registration");
        SessionManager manager = sessionManager();
        UiConditions.waitUntil("no diagnosis is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        new DiagnoseJob(manager, "snapshot:" + contoso(), null, "test").schedule();
        try {
            UiConditions.waitUntil("the snapshot is diagnosed", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                    && manager.session() != null && "snapshot".equals(manager.session().getTarget().getKind()), 60_000);
            assertTheSectionShowsTheFailures(page);
        } finally {
            // the other tests of this workbench expect the demo workstation it started with
            new DiagnoseJob(manager, "demo", null, "test").schedule();
            UiConditions.waitUntil("the demo is diagnosed again", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                    && manager.session() != null && "demo".equals(manager.session().getTarget().getKind()), 60_000);
        }
    }

    @Test
    void anAdminSideCauseShowsItsEventsAndTheVerdictHandsItToTheAdmin() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.triage.ui.views.registration");
        page.showView("org.triage.ui.views.session");
        SessionManager manager = sessionManager();
        UiConditions.waitUntil("no diagnosis is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
        new DiagnoseJob(manager, "demo:conditional-access-blocked", null, "test").schedule();
        try {
            UiConditions.waitUntil("the scenario is diagnosed", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                    && manager.session() != null && "conditional-access-blocked".equals(manager.session().getTarget()
                            .getLocation()), 60_000);
            Table table = UiConditions.find(page.getWorkbenchWindow().getShell(), Table.class,
                    t -> DeviceRegistrationView.BROKER_FAILURES.equals(t.getData())).get(0);
            UiConditions.waitUntil("the section shows the failures", () -> table.getItemCount() > 0, 10_000);
            List<String> rows = Arrays.stream(table.getItems()).map(TokenBrokerFailuresViewTest::text).toList();
            assertTrue(rows.stream().anyMatch(row -> row.startsWith("AADSTS53003 | 1fec8e78-bce4-4aaf-ab1b-5451cc387264\t3×")
                    && row.contains("Conditional Access")), rows.toString());
            StyledText verdict = UiConditions.find(page.getWorkbenchWindow().getShell(), StyledText.class,
                    t -> SessionView.VERDICT.equals(t.getData())).get(0);
            UiConditions.waitUntil("the verdict hands the block to the admin", () -> verdict.getText()
                    .contains("What to do now: Hand \"Conditional Access blocks the sign-in (decided by an admin)\" to the"
                            + " Entra ID admin (nothing on this PC fixes it)"), 10_000);
        } finally {
            new DiagnoseJob(manager, "demo", null, "test").schedule();
            UiConditions.waitUntil("the demo is diagnosed again", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                    && manager.session() != null && "0x8004de40".equals(manager.session().getTarget().getLocation()), 60_000);
        }
    }

    private static void assertTheSectionShowsTheFailures(IWorkbenchPage page) {
        Table table = UiConditions.find(page.getWorkbenchWindow().getShell(), Table.class,
                t -> DeviceRegistrationView.BROKER_FAILURES.equals(t.getData())).get(0);
        UiConditions.waitUntil("the section shows the failures", () -> table.getItemCount() > 0, 10_000);
        List<String> rows = Arrays.stream(table.getItems()).map(TokenBrokerFailuresViewTest::text).toList();
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("0xCAA5001C | app not named\t2×")
                && row.contains("0xCAA5001C: The Web Account Manager's token broker")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("AADSTS50011 | Microsoft.AAD.BrokerPlugin\t1×")), rows.toString());
        assertTrue(rows.stream().anyMatch(row -> row.startsWith("HTTP 400 | app not named\t2×")), rows.toString());
    }

    private static String text(TableItem item) {
        return item.getText(0) + "\t" + item.getText(1);
    }

    private static Path contoso() {
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(CONTOSO))) {
                return dir.resolve(CONTOSO);
            }
        }
        throw new IllegalStateException("no " + CONTOSO + " above " + System.getProperty("user.dir"));
    }

    private static SessionManager sessionManager() {
        var context = FrameworkUtil.getBundle(TokenBrokerFailuresViewTest.class).getBundleContext();
        var reference = context.getServiceReference(SessionManager.class);
        assertNotNull(reference, "no SessionManager service");
        return context.getService(reference);
    }
}
