package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.attempt;
import static org.triage.tests.harness.SessionQueries.byProbe;
import static org.triage.tests.harness.SessionQueries.latest;
import static org.triage.tests.harness.SessionQueries.textFacts;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.VpnClientsProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.rules.Causes;
import org.triage.core.session.Facts;
import org.triage.core.target.ActionResult;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.VerificationResult;
import org.triage.tests.harness.Diagnoses;
import org.triage.tests.harness.RecordingConfirmation;

/** The scenarios of third-party VPN clients, remembered VPN passwords and device registration, step by step. */
class VpnClientsAndAdminStepsTest {

    private static final String VPN_RECONNECT = "m365.vpn-reconnect-flush-dns";

    private static Finding finding(Session session, String cause) {
        return session.getFindings().stream().filter(f -> f.getCauseId().equals(cause)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + cause));
    }

    @Test
    void globalProtectIsRecognisedAndItsFullTunnelFoundThoughGetVpnConnectionListsNothing() throws Exception {
        try (Target target = Diagnoses.open("demo:globalprotect-full-tunnel")) {
            Session session = Diagnoses.diagnose(target);

            assertEquals(List.of(), Facts.recordsOf(latest(session, VpnConnectionsProbe.ID), "connections"));
            List<RecordFact> clients = Facts.recordsOf(latest(session, VpnClientsProbe.ID), "clients");
            assertEquals(1, clients.size());
            assertEquals("GLOBALPROTECT", Facts.textOf(clients.get(0).getFields(), "Client").orElseThrow());
            assertEquals(true, Facts.boolOf(clients.get(0).getFields(), "Connected").orElseThrow());
            String tunnel = finding(session, Causes.FULL_TUNNEL_VPN).getSummary();
            assertTrue(tunnel.contains("Palo Alto GlobalProtect (Ethernet 3)") && tunnel.contains("default route")
                    && tunnel.contains("20.190.128.0/18"), tunnel);
        }
    }

    @Test
    void globalProtectIsReconnectedByTheUserInItsOwnWordsNeverByRasdial() throws Exception {
        try (Target target = Diagnoses.open("demo:globalprotect-full-tunnel")) {
            Session session = Diagnoses.diagnose(target);
            FixAttempt reconnect = attempt(session, VPN_RECONNECT);
            List<Change> planned = reconnect.getPlannedChanges();
            assertEquals(List.of("vpn.disconnect", "dns.flush", "ip.release-renew", "vpn.connect"),
                    planned.stream().map(Change::getAction).toList());
            assertNull(planned.get(0).getCommand(), "no command can disconnect GlobalProtect");
            assertNull(planned.get(3).getCommand(), "no command can connect GlobalProtect");
            assertEquals("ipconfig /flushdns", planned.get(1).getCommand(), "the DNS flush keeps its own command");
            assertTrue(planned.stream().map(Change::getCommand).filter(c -> c != null).noneMatch(c -> c.contains("rasdial")));
            TargetAction.DisconnectVpn disconnect = new TargetAction.DisconnectVpn("Ethernet 3",
                    org.triage.core.target.VpnClient.GLOBALPROTECT);
            assertTrue(disconnect.instruction().startsWith("Disconnect in GlobalProtect"), disconnect.instruction());

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            assertEquals(VerificationResult.PASSED, reconnect.getVerificationResult(), reconnect.getOutcomeMessage());
            assertTrue(reconnect.getChanges().get(0).getResult().startsWith("simulated user step"),
                    reconnect.getChanges().get(0).getResult());
        }
    }

    @Test
    void aVpnThatRemembersTheOldPasswordIsConnectedAgainByTheUserWithTheNewOne() throws Exception {
        try (Target target = Diagnoses.open("demo:vpn-remembered-password")) {
            Session session = Diagnoses.diagnose(target);
            String remembered = finding(session, Causes.VPN_REMEMBERS_OLD_PASSWORD).getSummary();
            assertTrue(remembered.contains("Contoso VPN (Eap)") && remembered.contains("new password"), remembered);

            ActionResult rasdial = target.perform(new TargetAction.ConnectVpn("Contoso VPN"), new NullProgressMonitor());
            assertFalse(rasdial.succeeded(), "rasdial dials with the remembered old password");
            assertEquals(691, rasdial.exitCode());

            FixAttempt reconnect = attempt(session, VPN_RECONNECT);
            Change connect = reconnect.getPlannedChanges().get(reconnect.getPlannedChanges().size() - 1);
            assertEquals("vpn.connect", connect.getAction());
            assertNull(connect.getCommand(), "rasdial would offer the old password");
            assertTrue(connect.getDescription().endsWith("signing in with the new password"), connect.getDescription());

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            assertEquals(VerificationResult.PASSED, reconnect.getVerificationResult(), reconnect.getOutcomeMessage());
            assertTrue(session.getFindings().stream().noneMatch(f -> f.getCauseId().equals(Causes.VPN_REMEMBERS_OLD_PASSWORD)));
        }
    }

    @Test
    void aHybridJoinFailingAtDiscoveryIsExplainedAndJoinedAgain() throws Exception {
        try (Target target = Diagnoses.open("demo:hybrid-join-discovery-failed")) {
            Session session = Diagnoses.diagnose(target);
            Observation before = latest(session, DeviceRegistrationProbe.ID);
            assertTrue(before.getSummary().startsWith("Domain joined only"), before.getSummary());
            String broken = finding(session, Causes.DEVICE_REGISTRATION_BROKEN).getSummary();
            assertTrue(broken.contains("in the discover phase") && broken.contains("0x801c001f")
                    && broken.contains("DSREG_AUTOJOIN_DISC_WAIT_TIMEOUT")
                    && broken.contains("DRS Discovery Test : FAIL [0x801c001f]"), broken);

            Diagnoses.runPlaybook(target, session, RecordingConfirmation.accepting());

            FixAttempt reregister = attempt(session, "m365.reregister-device");
            assertEquals(VerificationResult.PASSED, reregister.getVerificationResult(), reregister.getOutcomeMessage());
            Observation after = byProbe(reregister.getVerification(), DeviceRegistrationProbe.ID);
            assertEquals("YES", textFacts(after).get("AzureAdJoined"));
            assertFalse(textFacts(after).containsKey("Error Phase"), "the failed attempt's diagnostics are gone");
        }
    }
}
