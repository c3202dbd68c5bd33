package org.triage.core.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RecordFact;

/**
 * Whether the Entra ID / Microsoft 365 sign-in endpoints answer on 443, as the target sees them. Re-testing
 * some endpoints keeps the earlier results of the others, so the newest observation always covers them all.
 */
public final class EndpointsProbe implements Probe {

    public static final String ID = "endpoints.reachability";

    private final List<Endpoint> endpoints;
    private final Observation previous;

    /** Tests every authentication endpoint. */
    public EndpointsProbe() {
        this(Endpoint.AUTHENTICATION, null);
    }

    private EndpointsProbe(List<Endpoint> endpoints, Observation previous) {
        this.endpoints = List.copyOf(endpoints);
        this.previous = previous;
    }

    /** Tests these endpoints again and carries the other results over from {@code previous}. */
    public static EndpointsProbe retest(List<Endpoint> endpoints, Observation previous) {
        return new EndpointsProbe(endpoints, previous);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "endpoints";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<List<EndpointCheck>> reading = target.endpoints(endpoints, monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        List<RecordFact> checks = new ArrayList<>();
        Set<String> retested = reading.value().stream().map(c -> c.endpoint().host()).collect(Collectors.toSet());
        if (previous != null) {
            Facts.recordsOf(previous, "checks").stream()
                    .filter(check -> !retested.contains(host(check)))
                    .forEach(check -> checks.add(EcoreUtil.copy(check)));
        }
        Instant testedAt = reading.evidence().stream().map(e -> e.capturedAt()).filter(t -> t != null).findFirst()
                .orElseGet(Instant::now);
        reading.value().forEach(check -> checks.add(record(check, testedAt)));
        List<String> unreachable = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (RecordFact check : checks) {
            if (Facts.boolOf(check.getFields(), "NameResolutionSucceeded").map(ok -> !ok).orElse(false)) {
                unresolved.add(host(check));
            }
            // an intercepted TLS handshake still reached something: that is tls-inspection, not unreachable
            if (!Facts.boolOf(check.getFields(), "TcpTestSucceeded").orElse(false)) {
                unreachable.add(host(check));
            }
        }
        if (!unreachable.isEmpty()) {
            observation.atLeast(ObservationStatus.FAILED);
        }
        int total = checks.size();
        return observation.fact(Facts.list("checks", checks))
                .fact(Facts.number("reachable", total - unreachable.size()))
                .fact(Facts.texts("unreachable", unreachable))
                .fact(Facts.texts("unresolved", unresolved))
                .summary((total - unreachable.size()) + " of " + total + " sign-in endpoints reachable on 443"
                        + (unreachable.isEmpty() ? "" : "; not reachable: " + String.join(", ", unreachable)))
                .build();
    }

    private static String host(RecordFact check) {
        return Facts.textOf(check.getFields(), "ComputerName").orElse("");
    }

    private static RecordFact record(EndpointCheck check, Instant testedAt) {
        List<Fact> fields = new ArrayList<>();
        fields.add(Facts.text("ComputerName", check.endpoint().host()));
        fields.add(Facts.number("RemotePort", check.endpoint().port()));
        fields.add(Facts.text("Pattern", check.endpoint().pattern()));
        Facts.optional("NameResolutionSucceeded", check.nameResolved()).ifPresent(fields::add);
        fields.add(Facts.texts("RemoteAddress", check.addresses()));
        Facts.optional("TcpTestSucceeded", check.tcpConnected()).ifPresent(fields::add);
        Facts.optional("TlsValid", check.tlsValid()).ifPresent(fields::add);
        Facts.optional("TlsDetail", check.tlsDetail()).ifPresent(fields::add);
        Facts.optional("HttpStatus", check.httpStatus()).ifPresent(fields::add);
        Facts.optional("Via", check.via()).ifPresent(fields::add);
        Facts.optional("ElapsedMs", check.elapsedMillis()).ifPresent(fields::add);
        Facts.optional("Error", check.error()).ifPresent(fields::add);
        fields.add(Facts.time("TestedAt", testedAt));
        return Facts.record("", fields);
    }
}
