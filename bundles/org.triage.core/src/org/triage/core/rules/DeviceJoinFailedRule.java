package org.triage.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * A hybrid join that fails: a domain-joined device that is not joined to Entra ID and whose Diagnostic Data shows
 * a failed test ({@code DRS Discovery Test : FAIL}) or the phase and code of its last attempt ({@code Error Phase},
 * {@code Client ErrorCode}, {@code Server ErrorCode}). The finding names the phase and explains the code.
 */
public final class DeviceJoinFailedRule implements Rule {

    private static final List<String> TESTS = List.of("AD Connectivity Test", "AD Configuration Test",
            "DRS Discovery Test", "DRS Connectivity Test", "Token acquisition Test");

    @Override
    public String id() {
        return "device-join-failed";
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        if (registration == null) {
            return List.of();
        }
        boolean entraJoined = yes(registration, "AzureAdJoined");
        boolean domainJoined = yes(registration, "DomainJoined");
        if (entraJoined || !domainJoined) {
            return List.of();
        }
        Optional<String> phase = Facts.textOf(registration, "Error Phase").map(String::strip).filter(p -> !p.isEmpty());
        Optional<String> clientCode = Facts.textOf(registration, "Client ErrorCode").map(String::strip)
                .filter(c -> !c.isEmpty() && !c.equalsIgnoreCase("0x0"));
        Optional<String> serverCode = Facts.textOf(registration, "Server ErrorCode").map(String::strip)
                .filter(c -> !c.isEmpty());
        List<String> failedTests = TESTS.stream().filter(test -> Facts.textOf(registration, test)
                .map(value -> value.strip().toUpperCase(Locale.ROOT).startsWith("FAIL")).orElse(false))
                .map(test -> test + " : " + Facts.textOf(registration, test).orElse("").strip()).toList();
        if (phase.isEmpty() && clientCode.isEmpty() && failedTests.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        parts.add("The hybrid join of this domain-joined device fails" + phase.map(p -> " in the " + p + " phase")
                .orElse(""));
        phase.flatMap(DsregJoinErrors::phase).ifPresent(meaning -> parts.add("that phase is " + meaning));
        clientCode.ifPresent(code -> parts.add("Client ErrorCode " + code + " is " + DsregJoinErrors.explain(code)));
        serverCode.ifPresent(code -> parts.add("Server ErrorCode " + code + Facts.textOf(registration, "Server Message")
                .map(message -> " (" + message.strip() + ")").orElse("")));
        if (!failedTests.isEmpty()) {
            parts.add("failed tests: " + String.join(", ", failedTests));
        }
        return List.of(new FindingDraft(Causes.DEVICE_REGISTRATION_BROKEN, Severity.ERROR, String.join("; ", parts),
                id(), List.of(registration)));
    }

    private static boolean yes(Observation registration, String field) {
        return Facts.textOf(registration, field).map(value -> value.strip().equalsIgnoreCase("YES")).orElse(false);
    }
}
