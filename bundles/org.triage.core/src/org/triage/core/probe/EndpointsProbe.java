package org.triage.core.probe;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;

/** Whether the Entra ID / Microsoft 365 sign-in endpoints answer on 443, as the target sees them. */
public final class EndpointsProbe implements Probe {

    public static final String ID = "endpoints.reachability";

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
        Reading<List<EndpointCheck>> reading = target.endpoints(Endpoint.AUTHENTICATION, monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        List<Fact> checks = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (EndpointCheck check : reading.value()) {
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
            checks.add(Facts.record("", fields));
            if (Boolean.FALSE.equals(check.nameResolved())) {
                unresolved.add(check.endpoint().host());
            }
            if (!check.reachable()) {
                unreachable.add(check.endpoint().host());
            }
        }
        if (!unreachable.isEmpty()) {
            observation.atLeast(ObservationStatus.FAILED);
        }
        int total = reading.value().size();
        return observation.fact(Facts.list("checks", checks))
                .fact(Facts.number("reachable", total - unreachable.size()))
                .fact(Facts.texts("unreachable", unreachable))
                .fact(Facts.texts("unresolved", unresolved))
                .summary((total - unreachable.size()) + " of " + total + " sign-in endpoints reachable on 443"
                        + (unreachable.isEmpty() ? "" : "; not reachable: " + String.join(", ", unreachable)))
                .build();
    }
}
