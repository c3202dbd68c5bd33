package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.ui.credentials.CredentialsView;
import org.triage.ui.session.ConsoleSessions;
import org.triage.ui.session.DiagnoseJob;
import org.triage.ui.session.SessionJob;
import org.triage.ui.views.ViewHeader;

/**
 * A snapshot whose cmdkey list is in a language the reader does not know: the Credentials view lists the
 * entries that could be read and, beside them, the problem naming the file, the line and what was expected.
 */
class PartlyReadEvidenceViewTest {

    /** Made-up labels around real target names; cmdkey's layout (see formats.tests localized README). */
    private static final String CMDKEY = "\r\nKayitli kimlik bilgileri:\r\n\r\n"
            + "    Hedef: LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:jdoe@contoso.com\r\n    Tur: Genel\r\n"
            + "    Kullanici: jdoe@contoso.com\r\n    \r\n    Hedef: Domain:interactive=CONTOSO\\jdoe\r\n"
            + "    Tur: Etki alani parolasi\r\n    Kullanici: CONTOSO\\jdoe\r\n";

    @TempDir
    Path folder;

    @AfterAll
    static void reopenDefaultScenario() {
        new DiagnoseJob(ConsoleSessions.manager(), "demo", null, "test").schedule();
        UiConditions.waitUntil("the default scenario is open again",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0, 30_000);
    }

    @Test
    void credentialsViewShowsTheEntriesItHasAndTheProblem() throws PartInitException, IOException {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView("org.triage.ui.views.credentials");
        Shell shell = page.getWorkbenchWindow().getShell();
        Path snapshot = Files.createDirectories(folder.resolve("snapshot"));
        byte[] utf16 = CMDKEY.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(snapshot.resolve("cmdkey-list.txt"), withBom);

        UiConditions.waitUntil("no session job is running", () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0,
                30_000);
        new DiagnoseJob(ConsoleSessions.manager(), "snapshot:" + snapshot, null, "test").schedule();
        UiConditions.waitUntil("the snapshot's session is published",
                () -> Job.getJobManager().find(SessionJob.FAMILY).length == 0
                        && ConsoleSessions.manager().session() != null
                        && "snapshot".equals(ConsoleSessions.manager().session().getTarget().getKind()),
                30_000);

        try {
            UiConditions.waitUntil("the credentials table lists the two entries read",
                    () -> table(shell).getItemCount() == 2, 10_000);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; rows: " + table(shell).getItemCount() + "; headers: "
                    + UiConditions.find(shell, Label.class, l -> ViewHeader.STATUS.equals(l.getData())).stream()
                            .map(Label::getText).toList(), e);
        }
        assertEquals("MicrosoftOffice16_Data:SSPI:jdoe@contoso.com", table(shell).getItem(0).getText(0));
        List<String> headers = UiConditions.find(shell, Label.class, l -> ViewHeader.STATUS.equals(l.getData())).stream()
                .map(Label::getText).filter(text -> text.contains("credentials.cached")).toList();
        assertEquals(1, headers.size(), headers.toString());
        String header = headers.get(0);
        assertTrue(header.contains("[credentials.cached, warning]"), header);
        assertTrue(header.contains("Read in part: cmdkey-list.txt line 4: ") && header.contains("'Hedef'"), header);
        // a header line is cut to what fits; the whole problem, with what was expected, is the label's tooltip
        String whole = UiConditions.find(shell, Label.class, l -> ViewHeader.STATUS.equals(l.getData())).stream()
                .filter(l -> l.getText().contains("credentials.cached")).findFirst().orElseThrow().getToolTipText();
        assertTrue(whole.contains("Read in part: cmdkey-list.txt line 4: ") && whole.contains("'Hedef'")
                && whole.contains("'Target:'"), whole);
    }

    private static Table table(Shell shell) {
        List<Table> tables = UiConditions.find(shell, Table.class, t -> CredentialsView.TABLE.equals(t.getData()));
        assertEquals(1, tables.size());
        return tables.get(0);
    }
}
