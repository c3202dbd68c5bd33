package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.core.rules.Causes;
import org.triage.formats.readings.SnapshotFile;
import org.triage.model.Finding;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.tests.harness.Samples;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The causes the token broker's own log proves, named from AAD Operational events as the collector exports them
 * (resources/aad-events, see its README for each text's source), each in a snapshot that holds nothing else.
 */
class BrokerCausesFromEventsTest {

    private static final Set<String> BROKER_CAUSES = Set.of(Causes.CONDITIONAL_ACCESS_BLOCKED,
            Causes.MFA_REQUIRED_BY_POLICY, Causes.STALE_CACHED_CREDENTIALS, Causes.TOKEN_BROKER_STATE_CORRUPTED);

    @TempDir
    Path work;

    @Test
    void aConditionalAccessBlockIsNamedWithItsCorrelationIdAndHandedToTheAdmin() throws Exception {
        Session session = diagnose("conditional-access-blocked.json", null);

        Finding blocked = only(session, Causes.CONDITIONAL_ACCESS_BLOCKED);
        assertTrue(blocked.getSummary().contains("AADSTS53003 (access has been blocked by Conditional Access policies)"),
                blocked.getSummary());
        assertTrue(blocked.getSummary().contains("AADSTS53000 (the device is not in the required device state"),
                blocked.getSummary());
        assertTrue(blocked.getSummary().contains("event 1098 at 2026-11-30T09:05:11.204Z: AADSTS53003 (0xCAA2000C),"
                + " correlation id 85b60f58-62ff-4d26-b249-6a0229ba280e"), blocked.getSummary());
        assertTrue(blocked.getSummary().contains("Handed to the Entra ID admin"), blocked.getSummary());
        assertEquals(List.of(TokenBrokerEventsProbe.ID), probes(blocked));
        assertEquals(Causes.ENTRA_ADMIN, Causes.handedTo(blocked.getCauseId()).orElseThrow());
    }

    @Test
    void multiFactorAuthenticationRequiredByPolicyIsNamedFromMicrosoftsOwnEvents() throws Exception {
        Session session = diagnose("mfa-required.json", null);

        Finding mfa = only(session, Causes.MFA_REQUIRED_BY_POLICY);
        assertTrue(mfa.getSummary().contains("AADSTS50076 (multi-factor authentication is required"), mfa.getSummary());
        assertTrue(mfa.getSummary().contains("AADSTS50079 (the user must enroll in multi-factor authentication)"),
                mfa.getSummary());
        assertTrue(mfa.getSummary().contains("3 failed token requests in the AAD Operational log: event 1098 at"
                + " 2026-11-30T08:14:02.118Z: AADSTS50076 (0xCAA2000C)"), mfa.getSummary());
    }

    @Test
    void aPasswordChangeRevocationIsTheFirstCasesCacheNotACauseOfItsOwn() throws Exception {
        Session session = diagnose("password-revoked.json", null);

        Finding stale = only(session, Causes.STALE_CACHED_CREDENTIALS);
        assertEquals("tokens-revoked-by-password-change", stale.getRuleId());
        assertTrue(stale.getSummary().contains("AADSTS50173 (the grant was revoked; the user might have changed or reset"
                + " the password), AADSTS50133"), stale.getSummary());
        assertTrue(stale.getSummary().contains("correlation id cb724214-6fd8-482b-b417-0c9676a5d748"), stale.getSummary());
        assertFalse(causes(session).contains(Causes.TOKEN_BROKER_STATE_CORRUPTED),
                "Entra ID answered: not the broker's own failure " + causes(session));
    }

    @Test
    void aBrokerThatFailsOnItsOwnAgainAndAgainIsDamaged() throws Exception {
        Session session = diagnose("broker-corrupted.json", null);

        Finding damaged = only(session, Causes.TOKEN_BROKER_STATE_CORRUPTED);
        assertTrue(damaged.getSummary().startsWith("The token broker failed 4 times with 0xCAA5001C for an app the"
                + " events do not name"), damaged.getSummary());
        assertTrue(damaged.getSummary().contains("event 1098 at 2026-11-30T11:40:03Z: 0xCAA5001C; event 1098 at"
                + " 2026-11-30T11:35:01Z"), damaged.getSummary());
        assertTrue(damaged.getSummary().endsWith("; and 1 more"), damaged.getSummary());
    }

    @Test
    void twoBrokerFailuresAreOneAppsRequestNotADamagedBroker() throws Exception {
        JsonArray all = JsonParser.parseString(eventsText("broker-corrupted.json")).getAsJsonArray();
        JsonArray two = new JsonArray();
        for (JsonElement event : all) {
            long same = 0;
            for (JsonElement kept : two) {
                same += kept.getAsJsonObject().get("Id").getAsInt() == 1098 ? 1 : 0;
            }
            if (event.getAsJsonObject().get("Id").getAsInt() != 1098 || same < 2) {
                two.add(event);
            }
        }
        Session session = diagnose(two.toString(), null, "broker-two.json");

        assertFalse(causes(session).contains(Causes.TOKEN_BROKER_STATE_CORRUPTED), causes(session).toString());
        assertTrue(observation(session, TokenBrokerEventsProbe.ID).getSummary().startsWith("3 failed token requests"),
                observation(session, TokenBrokerEventsProbe.ID).getSummary());
    }

    @Test
    void theMixedRealSampleOfTheFirstCaseShowsNoBrokerCause() throws Exception {
        Session session = SnapshotFixtures.diagnose(Samples.snapshot(Samples.CONTOSO));

        assertTrue(causes(session).stream().noneMatch(cause -> cause.equals(Causes.TOKEN_BROKER_STATE_CORRUPTED)
                || cause.equals(Causes.CONDITIONAL_ACCESS_BLOCKED) || cause.equals(Causes.MFA_REQUIRED_BY_POLICY)),
                causes(session).toString());
    }

    @Test
    void failuresBeforeTheNewestPrimaryRefreshTokenAreHistory() throws Exception {
        Path fabrikamRegistration = Samples.snapshot(Samples.FABRIKAM).resolve(SnapshotFile.DSREGCMD_STATUS.fileName());
        // fabrikam's PRT was issued 2025-06-04 12:03:41 UTC: the same events before it, and after it
        String before = eventsText("broker-corrupted.json").replace("2026-11-30T11:", "2025-06-04T09:");

        Session history = diagnose(before, fabrikamRegistration, "before.json");
        Session current = diagnose(eventsText("broker-corrupted.json"), fabrikamRegistration, "after.json");

        assertFalse(causes(history).contains(Causes.TOKEN_BROKER_STATE_CORRUPTED), causes(history).toString());
        assertTrue(causes(current).contains(Causes.TOKEN_BROKER_STATE_CORRUPTED), causes(current).toString());
    }

    @Test
    void dsregcmdsLastAttemptCarriesTheSameCodes() throws Exception {
        Path contoso = Samples.snapshot(Samples.CONTOSO).resolve(SnapshotFile.DSREGCMD_STATUS.fileName());
        String text = new String(Files.readAllBytes(contoso), StandardCharsets.UTF_16);
        String blocked = text.replace("AADSTS50126: Error validating credentials due to invalid username or password.",
                "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow"
                        + " token issuance.");
        assertFalse(blocked.equals(text), "the sample's Server Error Description is AADSTS50126");
        Path registration = work.resolve("dsregcmd-blocked.txt");
        Files.write(registration, withBom(blocked));

        Session session = diagnose("[]", registration, "none.json");

        Finding finding = only(session, Causes.CONDITIONAL_ACCESS_BLOCKED);
        assertTrue(finding.getSummary().contains("dsregcmd Server Error Description: AADSTS53003"), finding.getSummary());
        assertEquals(List.of(DeviceRegistrationProbe.ID), probes(finding));
        assertFalse(causes(session).contains(Causes.STALE_CACHED_CREDENTIALS),
                "Entra ID named a policy, not the password: " + causes(session));
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }

    private Session diagnose(String eventsFile, Path registration) throws Exception {
        return diagnose(eventsText(eventsFile), registration, eventsFile);
    }

    /** A snapshot of the manifest, these events and, where given, a dsregcmd output; nothing else. */
    private Session diagnose(String events, Path registration, String name) throws Exception {
        Path snapshot = Files.createDirectories(work.resolve(name.replace(".json", "")));
        Files.writeString(snapshot.resolve("manifest.json"), "{\"format\":\"triage-snapshot/1\",\"collectedAt\":"
                + "\"2026-11-30T12:00:00Z\",\"hostname\":\"CONTOSO-LT-0417\",\"user\":\"alex@contoso.com\","
                + "\"os\":\"Microsoft Windows 11 Enterprise 10.0.22631\"}");
        byte[] body = events.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(snapshot.resolve(SnapshotFile.AAD_OPERATIONAL_EVENTS.fileName()), bytes);
        if (registration != null) {
            Files.copy(registration, snapshot.resolve(SnapshotFile.DSREGCMD_STATUS.fileName()));
        }
        return SnapshotFixtures.diagnose(snapshot);
    }

    private static String eventsText(String file) throws Exception {
        Path resources = Samples.snapshot(Samples.CONTOSO).getParent().getParent().resolve("aad-events");
        String text = Files.readString(resources.resolve(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The one finding of the broker's causes; the others must not be found. */
    private static Finding only(Session session, String cause) {
        List<Finding> broker = session.getFindings().stream().filter(f -> BROKER_CAUSES.contains(f.getCauseId()))
                .toList();
        assertEquals(List.of(cause), broker.stream().map(Finding::getCauseId).toList(),
                broker.stream().map(Finding::getSummary).collect(Collectors.joining("\n")));
        return broker.get(0);
    }

    private static List<String> causes(Session session) {
        return session.getFindings().stream().map(Finding::getCauseId).toList();
    }

    private static List<String> probes(Finding finding) {
        return finding.getEvidence().stream().map(Observation::getProbeId).distinct().toList();
    }

    private static Observation observation(Session session, String probe) {
        return session.getObservations().stream().filter(o -> o.getProbeId().equals(probe)).reduce((a, b) -> b)
                .orElseThrow();
    }
}
