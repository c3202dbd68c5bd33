package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.PlaybookRunner;
import org.triage.core.session.Verdict;
import org.triage.core.tests.support.Demo;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;

/** The verdict of the demo's sessions: plain words first, ids and trace ids left to the details. */
class VerdictTest {

    @Test
    void aDiagnosedSessionNamesItsProblemsByTitleWithTheStepsThatFixThem() {
        Session session = Demo.diagnosed(Demo.DEFAULT).session();
        Verdict verdict = Verdict.of(session);

        assertFalse(verdict.finished());
        assertEquals("3 problems found.", verdict.headline());
        Verdict.Problem stale = verdict.problems().stream().filter(p -> p.causeId().equals("stale-cached-credentials"))
                .findFirst().orElseThrow();
        assertEquals("Cached credentials are stale", stale.title());
        // the AADSTS code's meaning is the symptom catalogue's (org.triage.fixes.m365's contribution)
        assertTrue(stale.reason().startsWith("Entra ID rejected the password the device signed in with (AADSTS50126:"
                + " The password presented is not the user's"), stale.reason());
        assertTrue(stale.reason().length() <= 201, stale.reason());
        assertTrue(stale.detail().contains("Trace ID: 0b5d3c1e-7d7a-4a53-9a4f-2f0b1e4c6500"),
                "the whole text stays in the detail: " + stale.detail());
        assertEquals(List.of("step 1 (Clear cached Microsoft 365 credentials)", "step 2 (Reset OneDrive)"),
                stale.fixedBy());
        assertEquals("Apply step 1, Clear cached Microsoft 365 credentials (Playbook view: select it, then Apply).",
                verdict.nextAction());
        assertEquals("to do", verdict.steps().get(0).state());
        assertEquals(List.of("Cached credentials are stale", "The Primary Refresh Token is missing or stale"),
                verdict.steps().get(0).fixes());
        String text = verdict.toText();
        assertFalse(text.contains("stale-cached-credentials") || text.contains("Correlation ID"), text);
    }

    @Test
    void aSessionWithNoStepLeftIsAResultPageWithWhatChanged() {
        Demo.Diagnosed diagnosed = Demo.diagnosed(Demo.DEFAULT);
        Session session = diagnosed.session();
        new PlaybookRunner(DiagnosisEngine.standard(), FixRegistry.read(), diagnosed.target(), session)
                .runAll((attempt, preview) -> true, new NullProgressMonitor());
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome(), session.getOutcomeSummary());

        Verdict verdict = Verdict.of(session);
        assertTrue(verdict.finished());
        assertEquals("Fixed: what broke sign-in is gone.", verdict.headline());
        assertEquals(List.of("Sign-in traffic goes through a full-tunnel VPN"), verdict.stillWrong());
        assertTrue(verdict.changed().stream().anyMatch(line -> line.startsWith("Clear cached Microsoft 365 credentials: ")),
                verdict.changed().toString());
        assertEquals("done, verified fixed", verdict.steps().get(0).state());
        assertTrue(verdict.nextAction().startsWith("Ask the user to sign in again. No installed fix addresses"
                + " \"Sign-in traffic goes through a full-tunnel VPN\": ask the VPN team"), verdict.nextAction());
    }

    @Test
    void aReasonDropsTraceIdsAndTellsTheAadstsCodeByItsMeaning() {
        assertEquals("The Primary Refresh Token could not be renewed: AADSTS50173: The refresh token was revoked,"
                + " typically because the user changed or reset the password; a fresh sign-in is needed.",
                Verdict.reason("The Primary Refresh Token could not be renewed: Server Error Description: AADSTS50173:"
                        + " The provided grant has expired due to it being revoked. Correlation ID:"
                        + " 4a1c2f3e-1111-2222-3333-444455556666 Timestamp: 2026-12-04 10:00:00Z"));
        assertEquals("A short summary stays as it is", Verdict.reason("A short summary stays as it is"));
        String longText = "word ".repeat(80);
        assertTrue(Verdict.reason(longText).endsWith("…") && Verdict.reason(longText).length() <= 201);
    }
}
