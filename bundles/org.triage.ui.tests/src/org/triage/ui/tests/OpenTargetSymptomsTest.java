package org.triage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.triage.ui.dialogs.OpenTargetDialog;

/** The Open Target dialog offers the symptom catalogue with each message, and explains the chosen symptom. */
class OpenTargetSymptomsTest {

    @Test
    void offersTheCatalogueAndExplainsTheChosenSymptomWithItsSource() {
        OpenTargetDialog dialog = new OpenTargetDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Combo symptoms = UiConditions.find(dialog.getShell(), Combo.class,
                    combo -> Arrays.stream(combo.getItems()).anyMatch(item -> item.startsWith("0x8004de40" + OpenTargetDialog.CODE_SEPARATOR)))
                    .get(0);
            List<String> items = Arrays.asList(symptoms.getItems());
            assertTrue(items.size() >= 30, items.toString());
            assertTrue(items.contains("0xCAA82EE2 — Teams: The request has timed out. (Status code: 0xCAA82EE2)"), items.toString());
            assertTrue(symptoms.getText().startsWith("0x8004de40 — OneDrive: "), symptoms.getText());
            assertTrue(dialog.symptomExplanation().contains("Source: https://learn.microsoft.com/"), dialog.symptomExplanation());

            symptoms.select(items.indexOf("0xCAA82EE2 — Teams: The request has timed out. (Status code: 0xCAA82EE2)"));
            symptoms.notifyListeners(SWT.Modify, new Event());
            assertTrue(dialog.symptomExplanation().contains("Points to auth-endpoints-unreachable, full-tunnel-vpn, proxy-blocks-auth."),
                    dialog.symptomExplanation());
            assertTrue(dialog.symptomExplanation().contains("Source: https://support.microsoft.com/"), dialog.symptomExplanation());

            symptoms.setText("0x80049dd3");
            symptoms.notifyListeners(SWT.Modify, new Event());
            assertTrue(dialog.symptomExplanation().contains("not in the symptom catalogue"), dialog.symptomExplanation());
            Button inspect = UiConditions.find(dialog.getShell(), Button.class, b -> "Inspect".equals(b.getText())).get(0);
            inspect.notifyListeners(SWT.Selection, new Event());
            assertEquals("0x80049dd3", dialog.symptomCode(), "a code outside the catalogue is accepted as typed");
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
    }

    @Test
    void theCodeIsTakenFromAChosenEntry() {
        assertEquals("AADSTS50126", OpenTargetDialog.codeOf("AADSTS50126 — Entra ID: AADSTS50126: Error validating credentials"));
        assertEquals("Need Password", OpenTargetDialog.codeOf("Need Password — Outlook: Need Password"));
        assertEquals(null, OpenTargetDialog.codeOf("  "));
    }
}
