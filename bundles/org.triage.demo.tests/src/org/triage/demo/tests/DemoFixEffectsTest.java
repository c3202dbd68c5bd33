package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.attempt;
import static org.triage.tests.harness.SessionQueries.byProbe;
import static org.triage.tests.harness.SessionQueries.latest;
import static org.triage.tests.harness.SessionQueries.textFacts;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.Microsoft365Credentials;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.Target;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/** The fixes really change the demo workstation: its state afterwards is what their verification reads. */
class DemoFixEffectsTest {

    @Test
    void clearingCachedCredentialsLeavesNoMicrosoft365EntryAndTheTokenRenews() throws Exception {
        try (Target target = Diagnoses.open("demo:0x8004de40")) {
            Session session = Diagnoses.diagnose(target);
            Observation before = latest(session, CachedCredentialsProbe.ID);
            List<String> stale = Facts.textsOf(before, "m365Targets");
            assertEquals(4, stale.size(), "the scenario caches four Microsoft 365 credentials: " + stale);

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt clear = attempt(session, "m365.clear-cached-credentials");
            Observation after = byProbe(clear.getVerification(), CachedCredentialsProbe.ID);
            assertEquals(List.of(), Facts.textsOf(after, "m365Targets"));
            assertEquals(number(before, "total") - stale.size(), number(after, "total"),
                    "only the Microsoft 365 entries are removed");
            assertTrue(target.credentials(new NullProgressMonitor()).value().stream()
                    .noneMatch(Microsoft365Credentials::matches), "the workstation still caches one");
            Observation registration = byProbe(clear.getVerification(), DeviceRegistrationProbe.ID);
            assertEquals("YES", textFacts(registration).get("AzureAdPrt"), registration.getSummary());
            assertEquals(ObservationStatus.OK, registration.getStatus(), registration.getSummary());
        }
    }

    @Test
    void reconnectingTheVpnWithAFlushedDnsCacheMakesTheEndpointsResolve() throws Exception {
        try (Target target = Diagnoses.open("demo:vpn-stale-dns")) {
            Session session = Diagnoses.diagnose(target);
            Observation before = latest(session, EndpointsProbe.ID);
            assertEquals(Endpoint.AUTHENTICATION.size(), Facts.textsOf(before, "unresolved").size(),
                    before.getSummary());

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt reconnect = attempt(session, "m365.vpn-reconnect-flush-dns");
            Observation after = byProbe(reconnect.getVerification(), EndpointsProbe.ID);
            assertEquals(ObservationStatus.OK, after.getStatus(), after.getSummary());
            assertEquals(List.of(), Facts.textsOf(after, "unresolved"));
            assertEquals(List.of(), Facts.textsOf(after, "unreachable"));
            assertEquals(Endpoint.AUTHENTICATION.size(), number(after, "reachable"));
            Observation vpn = byProbe(reconnect.getVerification(), VpnConnectionsProbe.ID);
            assertEquals(List.of("Contoso VPN"), Facts.textsOf(vpn, "connected"), "the VPN is connected again");
            assertEquals(List.of("vpn.disconnect", "dns.flush", "ip.release-renew", "vpn.connect"),
                    reconnect.getChanges().stream().map(change -> change.getAction()).toList());
        }
    }

    @Test
    void theAdminEnablesTheDeviceInEntraIdAndReRegisteringIsThenNotNeeded() throws Exception {
        try (Target target = Diagnoses.open("demo:device-disabled")) {
            Session session = Diagnoses.diagnose(target);
            Observation before = latest(session, DeviceRegistrationProbe.ID);
            assertTrue(textFacts(before).get("DeviceAuthStatus").startsWith("FAILED"), before.getSummary());
            List<String> plan = session.getFixAttempts().stream().map(FixAttempt::getFixId).toList();
            assertTrue(plan.indexOf("m365.entra-enable-device") == 0 && plan.contains("m365.reregister-device"),
                    "the admin's step comes before any step on the workstation: " + plan);
            Change adminStep = attempt(session, "m365.entra-enable-device").getPlannedChanges().get(0);
            assertEquals("entra.device-enable", adminStep.getAction());
            assertEquals("PATCH https://graph.microsoft.com/v1.0/devices(deviceId='" + textFacts(before).get("DeviceId")
                    + "') {\"accountEnabled\": true}", adminStep.getCommand());

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            Observation after = byProbe(attempt(session, "m365.entra-enable-device").getVerification(),
                    DeviceRegistrationProbe.ID);
            assertEquals("SUCCESS", textFacts(after).get("DeviceAuthStatus"));
            assertEquals("YES", textFacts(after).get("AzureAdPrt"));
            assertEquals(textFacts(before).get("DeviceId"), textFacts(after).get("DeviceId"),
                    "the same device object, enabled again: nothing was re-registered");
            FixAttempt reregister = attempt(session, "m365.reregister-device");
            assertEquals(FixOutcome.SKIPPED, reregister.getOutcome(), reregister.getOutcomeMessage());
            assertEquals(List.of(), reregister.getChanges(), "dsregcmd /leave did not run");
        }
    }

    private static long number(Observation observation, String name) {
        return ((NumberFact) Facts.find(observation, name).orElseThrow()).getValue().longValueExact();
    }
}
