package org.triage.core.probe;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<RecordFact>> byHost = new LinkedHashMap<>();
        checks.forEach(check -> byHost.computeIfAbsent(host(check), h -> new ArrayList<>()).add(check));
        List<String> unreachable = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<String> failedViaProxy = new ArrayList<>();
        List<String> outsideRanges = new ArrayList<>();
        byHost.forEach((host, paths) -> {
            // reached along any path (directly or through the proxy) is reachable; an intercepted TLS
            // handshake still reached something: that is tls-inspection, not unreachable
            boolean reached = paths.stream().anyMatch(c -> isTrue(c, "TcpTestSucceeded"));
            if (!reached) {
                unreachable.add(host);
                if (paths.stream().anyMatch(c -> isFalse(c, "NameResolutionSucceeded"))) {
                    unresolved.add(host);
                }
            }
            if (paths.stream().anyMatch(c -> throughProxy(c) && !isTrue(c, "TcpTestSucceeded"))) {
                failedViaProxy.add(host);
            }
            if (paths.stream().anyMatch(c -> isFalse(c, "InPublishedRanges"))) {
                outsideRanges.add(host);
            }
        });
        if (!unreachable.isEmpty() || !failedViaProxy.isEmpty()) {
            observation.atLeast(ObservationStatus.FAILED);
        }
        if (!outsideRanges.isEmpty()) {
            observation.atLeast(ObservationStatus.WARNING);
        }
        reading.value().stream().map(EndpointCheck::catalogueVersion).filter(v -> v != null).findFirst()
                .ifPresent(version -> observation.fact(Facts.text("catalogueVersion", version)));
        int total = byHost.size();
        StringBuilder summary = new StringBuilder();
        summary.append(total - unreachable.size()).append(" of ").append(total)
                .append(" sign-in endpoints reachable on 443");
        if (!unreachable.isEmpty()) {
            summary.append("; not reachable: ").append(String.join(", ", unreachable));
        }
        if (!failedViaProxy.isEmpty()) {
            summary.append("; failing through the proxy: ").append(String.join(", ", failedViaProxy));
        }
        if (!outsideRanges.isEmpty()) {
            summary.append("; resolved outside Microsoft's published ranges: ").append(String.join(", ", outsideRanges));
        }
        return observation.fact(Facts.list("checks", checks))
                .fact(Facts.number("reachable", total - unreachable.size()))
                .fact(Facts.texts("unreachable", unreachable))
                .fact(Facts.texts("unresolved", unresolved))
                .fact(Facts.texts("failedViaProxy", failedViaProxy))
                .fact(Facts.texts("outsidePublishedRanges", outsideRanges))
                .summary(summary.toString())
                .build();
    }

    private static boolean isTrue(RecordFact check, String field) {
        return Facts.boolOf(check.getFields(), field).orElse(false);
    }

    private static boolean isFalse(RecordFact check, String field) {
        return Facts.boolOf(check.getFields(), field).map(value -> !value).orElse(false);
    }

    private static boolean throughProxy(RecordFact check) {
        return Facts.textOf(check.getFields(), "Via").filter(via -> !EndpointCheck.DIRECT.equals(via)).isPresent();
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
        Facts.optional("InPublishedRanges", check.inPublishedRanges()).ifPresent(fields::add);
        if (check.tls() != null) {
            EndpointCheck.Tls tls = check.tls();
            Facts.optional("TlsProtocol", tls.protocol()).ifPresent(fields::add);
            Facts.optional("TlsCipherSuite", tls.cipherSuite()).ifPresent(fields::add);
            Facts.optional("TlsIssuer", tls.issuer()).ifPresent(fields::add);
            fields.add(Facts.bool("TlsTrusted", tls.trusted()));
            Facts.optional("TlsTrustProblem", tls.trustProblem()).ifPresent(fields::add);
            fields.add(Facts.texts("TlsChain", tls.chain()));
        }
        if (!check.steps().isEmpty()) {
            fields.add(Facts.list("Steps", check.steps().stream().map(EndpointsProbe::step).toList()));
        }
        Facts.optional("CatalogueVersion", check.catalogueVersion()).ifPresent(fields::add);
        Facts.optional("ServerDate", check.serverDate()).ifPresent(fields::add);
        Facts.optional(ClockProbe.OFFSET_SECONDS, check.clockOffsetMillis() == null ? null
                : Math.round(check.clockOffsetMillis() / 1000.0)).ifPresent(fields::add);
        fields.add(Facts.time("TestedAt", testedAt));
        return Facts.record("", fields);
    }

    private static Fact step(EndpointCheck.Step step) {
        List<Fact> fields = new ArrayList<>();
        fields.add(Facts.text("Step", step.name()));
        fields.add(Facts.bool("Succeeded", step.succeeded()));
        fields.add(Facts.number("ElapsedMs", step.elapsedMillis()));
        fields.add(Facts.bool("TimedOut", step.timedOut()));
        Facts.optional("Detail", step.detail()).ifPresent(fields::add);
        return Facts.record("", fields);
    }
}
