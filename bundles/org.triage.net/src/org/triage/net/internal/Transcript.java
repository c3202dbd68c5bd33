package org.triage.net.internal;

import java.util.List;

import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.EndpointCheck.Step;

/** The endpoint tests as text an admin reads like a console log: one block per test, one line per step. */
public final class Transcript {

    private Transcript() {
    }

    public static String of(List<EndpointCheck> checks) {
        StringBuilder text = new StringBuilder();
        for (EndpointCheck check : checks) {
            Endpoint endpoint = check.endpoint();
            text.append(endpoint.host()).append(':').append(endpoint.port())
                    .append(check.throughProxy() ? " through " + check.via() : " direct");
            if (!endpoint.pattern().equalsIgnoreCase(endpoint.host())) {
                text.append(" (for ").append(endpoint.pattern()).append(')');
            }
            text.append(check.elapsedMillis() == null ? "" : ", " + check.elapsedMillis() + " ms").append('\n');
            for (Step step : check.steps()) {
                text.append(String.format("  %-8s %6d ms  %-9s %s%n", step.name(), step.elapsedMillis(),
                        step.succeeded() ? "ok" : step.timedOut() ? "timed out" : "failed", step.detail()));
            }
            if (check.tls() != null && !check.tls().chain().isEmpty()) {
                check.tls().chain().forEach(certificate -> text.append("           chain: ").append(certificate)
                        .append('\n'));
            }
            if (check.steps().isEmpty() && check.error() != null) {
                text.append("  ").append(check.error()).append('\n');
            }
        }
        return text.toString();
    }
}
