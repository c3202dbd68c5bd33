package org.triage.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * A rule that names a cause from Entra ID's own answer: AADSTS codes in the token broker's failed requests, or in
 * dsregcmd's last PRT attempt. Each code's meaning is Microsoft's, from "Microsoft Entra authentication and
 * authorization error codes" (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes).
 */
abstract class AadstsAnswerRule implements Rule {

    /** The codes the rule reads, upper-case {@code AADSTS53003}, with the meaning Microsoft's reference gives. */
    abstract Map<String, String> codes();

    abstract String causeId();

    /** What the events prove, before the events themselves are named. */
    abstract String finding(List<BrokerFailures.Failure> failures, String codes, Symptom symptom);

    /** Whether dsregcmd's PRT attempt carrying one of the codes is evidence too. */
    boolean readsRegistration() {
        return true;
    }

    @Override
    public List<String> reads() {
        return List.of(TokenBrokerEventsProbe.ID, DeviceRegistrationProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        List<BrokerFailures.Failure> failures = BrokerFailures.current(latest).stream()
                .filter(failure -> failure.carries(codes().keySet())).toList();
        Optional<String> registration = readsRegistration() ? BrokerFailures.inRegistration(latest, codes().keySet())
                : Optional.empty();
        if (failures.isEmpty() && registration.isEmpty()) {
            return List.of();
        }
        List<String> seen = new ArrayList<>();
        failures.forEach(failure -> codes().keySet().stream().filter(code -> failure.carries(List.of(code)))
                .forEach(seen::add));
        registration.ifPresent(text -> AadstsCodes.firstCode(text).ifPresent(seen::add));
        String named = seen.stream().distinct().map(code -> code + " (" + codes().get(code) + ")")
                .collect(Collectors.joining(", "));
        List<String> parts = new ArrayList<>();
        parts.add(finding(failures, named, symptom));
        if (!failures.isEmpty()) {
            parts.add(failures.size() + " failed token request" + (failures.size() == 1 ? "" : "s") + " in the AAD"
                    + " Operational log: " + BrokerFailures.describe(failures));
        }
        registration.ifPresent(parts::add);
        return List.of(new FindingDraft(causeId(), Severity.ERROR, String.join("; ", parts), id(),
                BrokerFailures.evidence(latest, !failures.isEmpty(), registration.isPresent())));
    }
}
