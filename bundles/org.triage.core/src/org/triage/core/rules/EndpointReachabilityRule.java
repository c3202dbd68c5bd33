package org.triage.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.triage.core.probe.EndpointsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.session.Facts;
import org.triage.core.target.EndpointCheck;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/** Sign-in endpoints that do not resolve, do not connect, are intercepted, or fail behind a proxy. */
public final class EndpointReachabilityRule implements Rule {

    @Override
    public String id() {
        return "endpoint-reachability";
    }

    @Override
    public List<String> reads() {
        return List.of(EndpointsProbe.ID, ProxyProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation endpoints = latest.get(EndpointsProbe.ID);
        if (endpoints == null) {
            return List.of();
        }
        List<FindingDraft> findings = new ArrayList<>();
        List<String> unresolved = Facts.textsOf(endpoints, "unresolved");
        if (!unresolved.isEmpty()) {
            findings.add(new FindingDraft(Causes.DNS_RESOLUTION_FAILURE, Severity.ERROR,
                    "Sign-in endpoints do not resolve: " + String.join(", ", unresolved), id(), List.of(endpoints)));
        }
        List<String> unreachable = Facts.textsOf(endpoints, "unreachable").stream()
                .filter(host -> !unresolved.contains(host)).toList();
        if (!unreachable.isEmpty()) {
            findings.add(new FindingDraft(Causes.AUTH_ENDPOINTS_UNREACHABLE, Severity.ERROR,
                    "Sign-in endpoints do not answer on 443: " + String.join(", ", unreachable), id(),
                    List.of(endpoints)));
        }
        Observation proxy = latest.get(ProxyProbe.ID);
        boolean behindProxy = proxy != null && Facts.boolOf(proxy.getFacts(), "DirectAccess").map(d -> !d)
                .orElse(false);
        // the system sends sign-in traffic to the proxy: endpoints that fail through it, or fail altogether
        Set<String> blocked = new LinkedHashSet<>(unreachable);
        blocked.addAll(Facts.textsOf(endpoints, "failedViaProxy"));
        if (behindProxy && !blocked.isEmpty()) {
            findings.add(new FindingDraft(Causes.PROXY_BLOCKS_AUTH, Severity.WARNING,
                    Facts.textOf(proxy, "Source").orElse("The system") + " sends sign-in traffic to a proxy and "
                            + String.join(", ", blocked) + " fail: "
                            + String.join(";", Facts.textsOf(proxy, "ProxyServers")),
                    id(), List.of(endpoints, proxy)));
        }
        List<String> intercepted = Facts.recordsOf(endpoints, "checks").stream()
                .filter(c -> Facts.boolOf(c.getFields(), "TlsValid").map(valid -> !valid).orElse(false))
                .map(EndpointReachabilityRule::describeTls).distinct().toList();
        if (!intercepted.isEmpty()) {
            findings.add(new FindingDraft(Causes.TLS_INSPECTION, Severity.ERROR,
                    "TLS to sign-in endpoints is not Microsoft's: " + String.join("; ", intercepted), id(),
                    List.of(endpoints)));
        }
        return findings;
    }

    private static String describeTls(RecordFact check) {
        return Facts.textOf(check.getFields(), "ComputerName").orElse("?")
                + Facts.textOf(check.getFields(), "Via").filter(via -> !EndpointCheck.DIRECT.equals(via))
                        .map(via -> " through " + via).orElse("")
                + Facts.textOf(check.getFields(), "TlsDetail").map(detail -> " (" + detail + ")").orElse("");
    }
}
