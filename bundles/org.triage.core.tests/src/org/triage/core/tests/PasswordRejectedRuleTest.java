package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.triage.core.tests.support.Drafts.causes;
import static org.triage.core.tests.support.Drafts.only;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.PasswordRejectedRule;
import org.triage.core.target.CachedCredential;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;

/** The device signs in with a password Entra ID rejects: stale cached credentials and a PRT it cannot renew. */
class PasswordRejectedRuleTest {

    private static final CachedCredential OFFICE = new CachedCredential(
            "LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:alex@contoso.com", "MicrosoftOffice16_Data:SSPI:alex@contoso.com",
            "Generic", "alex@contoso.com", "Local machine", Instant.parse("2026-01-01T00:00:00Z"));
    private static final CachedCredential FILE_SERVER = new CachedCredential(
            "Domain:target=fileserver01.contoso.local", "fileserver01.contoso.local", "Domain Password",
            "CONTOSO\\alex", "Enterprise", null);

    private final PasswordRejectedRule rule = new PasswordRejectedRule();

    private static Map<String, Observation> observe(Map<String, String> dsregcmd, CachedCredential... credentials) {
        return new ScriptedTarget().registration(dsregcmd).credentials(credentials)
                .observe(DeviceRegistrationProbe.ID, CachedCredentialsProbe.ID);
    }

    /** The SSO State of a failed PRT request, without the fields a test adds. */
    private static Map<String, String> failedAttempt(String attemptStatus, String... more) {
        return ScriptedTarget.dsregcmd(Stream.concat(Stream.of("AzureAdPrt", "NO", "Attempt Status", attemptStatus,
                "Credential Type", "Password"), Arrays.stream(more)).toArray(String[]::new));
    }

    private void assertPasswordRejected(Map<String, Observation> latest) {
        List<FindingDraft> drafts = rule.evaluate(latest, null);
        assertEquals(2, drafts.size(), drafts.toString());
        Observation registration = latest.get(DeviceRegistrationProbe.ID);

        FindingDraft stale = only(drafts, Causes.STALE_CACHED_CREDENTIALS);
        assertEquals(Severity.ERROR, stale.severity());
        assertEquals(List.of(registration, latest.get(CachedCredentialsProbe.ID)), stale.evidence(),
                "the cached Microsoft 365 credentials are evidence too");

        FindingDraft prt = only(drafts, Causes.PRT_MISSING_OR_STALE);
        assertEquals(Severity.ERROR, prt.severity());
        assertEquals(List.of(registration), prt.evidence());
        assertEquals("password-rejected", prt.ruleId());
    }

    @Test
    void aHealthyDeviceYieldsNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(ScriptedTarget.dsregcmd(), OFFICE, FILE_SERVER), null));
    }

    @Test
    void withoutARegistrationObservationThereIsNoFinding() {
        assertEquals(List.of(), rule.evaluate(Map.of(), null));
    }

    @Test
    void aPasswordAttemptThatEntraIdAnsweredWithInvalidGrantIsARejectedPassword() {
        assertPasswordRejected(observe(failedAttempt("0xc004844c", "HTTP Error", "0x0", "HTTP status", "400",
                "Server Error Code", "invalid_grant"), OFFICE, FILE_SERVER));
    }

    @Test
    void aadsts50126AnywhereIsARejectedPassword() {
        assertPasswordRejected(observe(ScriptedTarget.dsregcmd("AzureAdPrt", "NO", "Server Error Description",
                "AADSTS50126: Error validating credentials due to invalid username or password."), OFFICE));
        assertPasswordRejected(observe(ScriptedTarget.dsregcmd("Some Future Field",
                "see aadsts50126 in the event log"), OFFICE));
    }

    @Test
    void theLogonFailureStatusIsARejectedPassword() {
        assertPasswordRejected(observe(failedAttempt("0xc000006d"), OFFICE));
    }

    @Test
    void aTransportFailureIsNotARejectedPassword() {
        List<FindingDraft> drafts = rule.evaluate(observe(failedAttempt("0xc00484b2", "HTTP Error", "0x80072ee7",
                "HTTP status", "0"), OFFICE), null);
        assertEquals(List.of(), drafts);
    }

    @Test
    void aDisabledDeviceIsNotARejectedPassword() {
        List<FindingDraft> drafts = rule.evaluate(observe(failedAttempt("0xc0000022", "DeviceAuthStatus",
                "FAILED. Device is either disabled or deleted", "HTTP status", "400", "Server Error Code",
                "invalid_grant", "Server Error Description",
                "AADSTS135011: Device used during the authentication is disabled."), OFFICE), null);
        assertFalse(causes(drafts).contains(Causes.STALE_CACHED_CREDENTIALS), drafts.toString());
    }

    @Test
    void withoutMicrosoft365CredentialsOnlyTheRegistrationIsEvidence() {
        Map<String, Observation> latest = observe(failedAttempt("0xc000006d"), FILE_SERVER);
        FindingDraft stale = only(rule.evaluate(latest, null), Causes.STALE_CACHED_CREDENTIALS);
        assertEquals(List.of(latest.get(DeviceRegistrationProbe.ID)), stale.evidence());
    }
}
