package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triage.core.tests.support.Drafts.only;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.PrtMissingRule;
import org.triage.core.session.Sessions;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** A joined device without a fresh Primary Refresh Token. */
class PrtMissingRuleTest {

    private final PrtMissingRule rule = new PrtMissingRule();

    private static Map<String, Observation> observe(Map<String, String> dsregcmd) {
        return new ScriptedTarget().registration(dsregcmd).observe(DeviceRegistrationProbe.ID);
    }

    private static Symptom passwordChanged(Instant at) {
        return Sessions.symptom("0x8004de40", "OneDrive", null, at);
    }

    private void assertPrtFinding(Map<String, Observation> latest, Symptom symptom) {
        FindingDraft prt = only(rule.evaluate(latest, symptom), Causes.PRT_MISSING_OR_STALE);
        assertEquals(Severity.WARNING, prt.severity());
        assertEquals(List.of(latest.get(DeviceRegistrationProbe.ID)), prt.evidence());
    }

    @Test
    void aFreshPrtYieldsNoFinding() {
        Instant before = ScriptedTarget.PRT_UPDATED.minus(Duration.ofHours(1));
        assertEquals(List.of(), rule.evaluate(observe(ScriptedTarget.dsregcmd()), passwordChanged(before)));
        assertEquals(List.of(), rule.evaluate(observe(ScriptedTarget.dsregcmd()), null));
    }

    @Test
    void aJoinedDeviceWithoutPrtIsAFinding() {
        assertPrtFinding(observe(ScriptedTarget.dsregcmd("AzureAdPrt", "NO", "AzureAdPrtUpdateTime", null)), null);
    }

    @Test
    void aPrtOlderThanThePasswordChangeIsAFinding() {
        Instant after = ScriptedTarget.PRT_UPDATED.plus(Duration.ofMinutes(5));
        assertPrtFinding(observe(ScriptedTarget.dsregcmd()), passwordChanged(after));
    }

    @Test
    void aDeviceThatIsNotEntraJoinedIsNotThisRulesBusiness() {
        assertEquals(List.of(), rule.evaluate(observe(ScriptedTarget.dsregcmd("AzureAdJoined", "NO", "AzureAdPrt",
                "NO")), null));
    }
}
