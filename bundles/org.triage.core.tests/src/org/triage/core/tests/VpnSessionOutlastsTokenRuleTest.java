package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.core.tests.support.Drafts.only;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.VpnSessionOutlastsTokenRule;
import org.triage.core.target.VpnConnection;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;

/** Is the token lifetime shorter than the VPN session, and does the renewal get through it? */
class VpnSessionOutlastsTokenRuleTest {

    /** When the readings were taken: a snapshot's collection time, long before the test runs. */
    private static final Instant COLLECTED = Instant.parse("2026-03-02T17:30:00Z");
    private static final DateTimeFormatter DSREGCMD_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final VpnSessionOutlastsTokenRule rule = new VpnSessionOutlastsTokenRule();

    private static VpnConnection vpn(String status, Instant since) {
        return new VpnConnection("Contoso VPN", "vpn.contoso.com", "Ikev2", false, status, 0, true, since);
    }

    private static Map<String, Observation> observe(VpnConnection vpn, Instant prtRenewed) {
        return new ScriptedTarget().capturedAt(COLLECTED).vpnConnections(vpn)
                .registration(ScriptedTarget.dsregcmd("AzureAdPrtUpdateTime", DSREGCMD_TIME.format(prtRenewed)))
                .observe(VpnConnectionsProbe.ID, DeviceRegistrationProbe.ID);
    }

    private static Instant hoursBefore(double hours) {
        return COLLECTED.minus(Duration.ofMinutes(Math.round(hours * 60)));
    }

    @Test
    void aSessionLongerThanTheRenewalIntervalWithoutARenewalIsAFinding() {
        Map<String, Observation> latest = observe(vpn("Connected", hoursBefore(9)), hoursBefore(10));

        FindingDraft finding = only(rule.evaluate(latest, null), Causes.VPN_SESSION_OUTLASTS_TOKEN);

        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(List.of(latest.get(VpnConnectionsProbe.ID), latest.get(DeviceRegistrationProbe.ID)),
                finding.evidence());
        assertTrue(finding.summary().contains("Contoso VPN has been connected for 9 h (since"), finding.summary());
        assertTrue(finding.summary().contains("than the 4 h after which Windows renews"), finding.summary());
        assertTrue(finding.summary().contains("last renewed 10 h before this reading"), finding.summary());
    }

    @Test
    void theReadingsCaptureTimeDecidesNotTheTimeOfTheDiagnosis() {
        // a session of 3 h when the snapshot was collected: the months since then do not count
        assertEquals(List.of(), rule.evaluate(observe(vpn("Connected", hoursBefore(3)), hoursBefore(10)), null));
    }

    @Test
    void aRenewalDuringTheSessionShowsThatItGetsThrough() {
        assertEquals(List.of(), rule.evaluate(observe(vpn("Connected", hoursBefore(9)), hoursBefore(2)), null));
    }

    @Test
    void theRenewalIntervalItselfIsNotYetLate() {
        Instant since = COLLECTED.minus(VpnSessionOutlastsTokenRule.PRT_RENEWAL_INTERVAL);
        assertEquals(List.of(), rule.evaluate(observe(vpn("Connected", since), hoursBefore(5)), null));
        only(rule.evaluate(observe(vpn("Connected", since.minusSeconds(60)), hoursBefore(5)), null),
                Causes.VPN_SESSION_OUTLASTS_TOKEN);
    }

    @Test
    void aDisconnectedVpnOrAnUnknownSessionStartYieldsNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(vpn("Disconnected", hoursBefore(9)), hoursBefore(10)), null));
        assertEquals(List.of(), rule.evaluate(observe(vpn("Connected", null), hoursBefore(10)), null));
    }

    @Test
    void withoutAPrtUpdateTimeThereIsNothingToCompare() {
        Map<String, Observation> latest = new ScriptedTarget().capturedAt(COLLECTED)
                .vpnConnections(vpn("Connected", hoursBefore(9)))
                .registration(ScriptedTarget.dsregcmd("AzureAdPrt", "NO", "AzureAdPrtUpdateTime", null))
                .observe(VpnConnectionsProbe.ID, DeviceRegistrationProbe.ID);
        assertEquals(List.of(), rule.evaluate(latest, null));
    }
}
