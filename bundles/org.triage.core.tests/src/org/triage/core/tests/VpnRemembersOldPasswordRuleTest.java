package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Drafts.only;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.VpnRemembersOldPasswordRule;
import org.triage.core.session.Sessions;
import org.triage.core.target.VpnConnection;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** A VPN profile that remembers a password-based credential from before the password change. */
class VpnRemembersOldPasswordRuleTest {

    private static final Instant CHANGED = Instant.parse("2025-06-03T07:40:00Z");
    private final VpnRemembersOldPasswordRule rule = new VpnRemembersOldPasswordRule();

    private static VpnConnection profile(String status, Instant since, Boolean remember, String... methods) {
        return new VpnConnection("Contoso VPN", "vpn.contoso.com", "Ikev2", true, status, 0, true, since)
                .withCredentialSettings(remember, List.of(methods));
    }

    private static Map<String, Observation> observe(VpnConnection vpn) {
        return new ScriptedTarget().vpnConnections(vpn).observe(VpnConnectionsProbe.ID);
    }

    private static Symptom changed() {
        return Sessions.symptom("0x8004de40", "OneDrive", null, CHANGED);
    }

    @Test
    void aSessionThatBeganBeforeTheChangeRunsOnTheOldPassword() {
        FindingDraft draft = only(rule.evaluate(observe(profile("Connected", CHANGED.minusSeconds(3600), true,
                "MsChapv2")), changed()), Causes.VPN_REMEMBERS_OLD_PASSWORD);
        assertEquals(Severity.ERROR, draft.severity());
        assertTrue(draft.summary().contains("Contoso VPN (MsChapv2), connected since 2025-06-03T06:40:00Z"),
                draft.summary());
    }

    @Test
    void aDisconnectedProfileWillDialWithTheOldPassword() {
        FindingDraft draft = only(rule.evaluate(observe(profile("Disconnected", null, true, "Eap")), changed()),
                Causes.VPN_REMEMBERS_OLD_PASSWORD);
        assertEquals(Severity.WARNING, draft.severity());
    }

    @Test
    void aSessionThatBeganAfterTheChangeSignedInWithTheNewPassword() {
        assertEquals(List.of(), rule.evaluate(observe(profile("Connected", CHANGED.plusSeconds(600), true, "Eap")),
                changed()));
    }

    @Test
    void certificatesForgottenCredentialsAndUnknownChangesRaiseNothing() {
        assertEquals(List.of(), rule.evaluate(observe(profile("Disconnected", null, true, "MachineCertificate")),
                changed()));
        assertEquals(List.of(), rule.evaluate(observe(profile("Disconnected", null, false, "MsChapv2")), changed()));
        assertEquals(List.of(), rule.evaluate(observe(profile("Disconnected", null, null, "MsChapv2")), changed()));
        assertEquals(List.of(), rule.evaluate(observe(profile("Disconnected", null, true, "Pap")), null));
    }
}
