package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Drafts.only;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.CredentialsOlderThanPasswordRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.session.Sessions;
import org.triage.core.target.CachedCredential;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** Microsoft 365 credentials written before the password change still hold the old password. */
class CredentialsOlderThanPasswordRuleTest {

    private static final Instant PASSWORD_CHANGED = Instant.parse("2026-01-10T09:00:00Z");
    private static final Instant BEFORE = PASSWORD_CHANGED.minus(Duration.ofDays(20));
    private static final Instant AFTER = PASSWORD_CHANGED.plus(Duration.ofMinutes(3));

    private final CredentialsOlderThanPasswordRule rule = new CredentialsOlderThanPasswordRule();

    private static CachedCredential credential(String targetName, Instant lastWritten) {
        return new CachedCredential("LegacyGeneric:target=" + targetName, targetName, "Generic", "alex@contoso.com",
                "Local machine", lastWritten);
    }

    private static Map<String, Observation> observe(CachedCredential... credentials) {
        return new ScriptedTarget().credentials(credentials).observe(CachedCredentialsProbe.ID);
    }

    private static Symptom passwordChanged(Instant at) {
        return Sessions.symptom("0x8004de40", "OneDrive", null, at);
    }

    @Test
    void credentialsWrittenAfterThePasswordChangeYieldNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(credential("MicrosoftOffice16_Data:SSPI:alex@contoso.com", AFTER),
                credential("git:https://git.contoso.com", BEFORE)), passwordChanged(PASSWORD_CHANGED)));
    }

    @Test
    void withoutAKnownPasswordChangeThereIsNoFinding() {
        Map<String, Observation> latest = observe(credential("MicrosoftOffice16_Data:SSPI:alex@contoso.com", BEFORE));
        assertEquals(List.of(), rule.evaluate(latest, passwordChanged(null)));
        assertEquals(List.of(), rule.evaluate(latest, null));
    }

    @Test
    void microsoft365CredentialsOlderThanThePasswordAreStale() {
        Map<String, Observation> latest = observe(
                credential("MicrosoftOffice16_Data:SSPI:alex@contoso.com", BEFORE),
                credential("OneDrive Cached Credential Business - Business1", AFTER),
                credential("git:https://git.contoso.com", BEFORE));
        FindingDraft stale = only(rule.evaluate(latest, passwordChanged(PASSWORD_CHANGED)),
                Causes.STALE_CACHED_CREDENTIALS);
        assertEquals(Severity.WARNING, stale.severity());
        assertEquals(List.of(latest.get(CachedCredentialsProbe.ID)), stale.evidence());
        assertTrue(stale.summary().contains("MicrosoftOffice16_Data:SSPI:alex@contoso.com"), stale.summary());
        assertTrue(!stale.summary().contains("OneDrive") && !stale.summary().contains("git:"),
                "only the stale Microsoft 365 entries are named: " + stale.summary());
    }
}
