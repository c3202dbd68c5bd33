package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.StepRisk;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.model.FixAttempt;
import org.triage.model.Session;

/**
 * Which steps ask first: the destructive ones and the ones that drop the connection, as the fixes declare them
 * (and as their actions imply), with every change listed.
 */
class StepRiskTest {

    @Test
    void theGuidesFixesDeclareWhetherTheyCutTheLine() {
        FixRegistry registry = FixRegistry.read();
        FixDescriptor reconnect = registry.byId("m365.vpn-reconnect-flush-dns").orElseThrow();
        assertTrue(reconnect.dropsConnectivity());
        assertFalse(reconnect.destructive());
        assertTrue(registry.byId("m365.clear-cached-credentials").orElseThrow().destructive());
        assertFalse(registry.byId("m365.clear-cached-credentials").orElseThrow().dropsConnectivity());
        assertFalse(registry.byId("m365.reregister-device").orElseThrow().dropsConnectivity());
    }

    @Test
    void theVpnReconnectAsksFirstListingWhatItDrops() throws Exception {
        try (Target target = Targets.open("demo:vpn-stale-dns")) {
            Session session = Diagnosis.newSession(target, null, null, "test");
            FixRegistry registry = FixRegistry.read();
            Diagnosis.run(session, target, DiagnosisEngine.standard(), registry, new NullProgressMonitor());
            Map<String, FixAttempt> steps = session.getFixAttempts().stream()
                    .collect(Collectors.toMap(FixAttempt::getFixId, Function.identity()));
            FixAttempt reconnect = steps.get("m365.vpn-reconnect-flush-dns");
            assertTrue(reconnect != null, "planned: " + steps.keySet());

            StepRisk risk = StepRisk.of(reconnect, registry);
            assertTrue(risk.asksFirst());
            assertTrue(risk.dropsConnectivity());
            assertTrue(risk.warning().contains("a remote session to it will be cut"), risk.warning());
            assertEquals(reconnect.getPlannedChanges().size(), risk.changes().size());
            assertTrue(risk.describe().contains("ipconfig /release && ipconfig /renew"), risk.describe());
            assertTrue(risk.changes().stream().anyMatch(line -> line.contains("(drops the connection)")), risk.changes()
                    .toString());

            // without the fix's declaration the planned changes alone still say so
            assertTrue(StepRisk.of(reconnect, Optional.empty()).dropsConnectivity());
        }
    }

    @Test
    void aStepThatNeitherDestroysNorDisconnectsIsNotAskedFor() throws Exception {
        try (Target target = Targets.open("demo")) {
            Session session = Diagnosis.newSession(target, null, null, "test");
            Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
            FixAttempt clear = session.getFixAttempts().get(0);
            clear.getPlannedChanges().removeIf(change -> change.isDestructive());
            StepRisk undeclared = StepRisk.of(clear, Optional.empty());
            assertFalse(undeclared.asksFirst(), undeclared.toString());
            assertEquals("", undeclared.warning());
            assertTrue(StepRisk.of(clear, FixRegistry.read()).destructive(), "the fix declares it destructive");
        }
    }
}
