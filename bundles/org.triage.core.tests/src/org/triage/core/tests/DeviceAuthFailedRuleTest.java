package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triage.core.tests.support.Drafts.only;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.rules.Causes;
import org.triage.core.rules.DeviceAuthFailedRule;
import org.triage.core.rules.FindingDraft;
import org.triage.core.tests.support.ScriptedTarget;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Severity;

/** Entra ID no longer accepts the device. */
class DeviceAuthFailedRuleTest {

    private final DeviceAuthFailedRule rule = new DeviceAuthFailedRule();

    private static Map<String, Observation> observe(Map<String, String> dsregcmd) {
        return new ScriptedTarget().registration(dsregcmd).observe(DeviceRegistrationProbe.ID);
    }

    @Test
    void aDeviceThatAuthenticatesYieldsNoFinding() {
        assertEquals(List.of(), rule.evaluate(observe(ScriptedTarget.dsregcmd()), null));
        assertEquals(List.of(), rule.evaluate(observe(ScriptedTarget.dsregcmd("DeviceAuthStatus", null)), null));
    }

    @Test
    void aDisabledOrDeletedDeviceBreaksTheRegistration() {
        Map<String, Observation> latest = observe(ScriptedTarget.dsregcmd("DeviceAuthStatus",
                "FAILED. Device is either disabled or deleted"));
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        assertEquals(ObservationStatus.FAILED, registration.getStatus());

        FindingDraft broken = only(rule.evaluate(latest, null), Causes.DEVICE_DISABLED_IN_ENTRA);
        assertEquals(Severity.ERROR, broken.severity());
        assertEquals(List.of(registration), broken.evidence());
    }
}
