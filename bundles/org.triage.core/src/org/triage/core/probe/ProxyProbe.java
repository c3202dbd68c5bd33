package org.triage.core.probe;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Observation;

/** The proxy that system services (and so token refresh) use. */
public final class ProxyProbe implements Probe {

    public static final String ID = "endpoints.proxy";

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
        Reading<ProxySettings> reading = target.proxy(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        ProxySettings proxy = reading.value();
        observation.fact(Facts.text("Source", proxy.source()))
                .fact(Facts.bool("DirectAccess", proxy.direct()))
                .fact(Facts.texts("ProxyServers", proxy.servers()))
                .fact(Facts.texts("BypassList", proxy.bypass()));
        Facts.optional("AutoConfigUrl", proxy.autoConfigUrl()).ifPresent(observation::fact);
        return observation.summary(proxy.source() + ": " + (proxy.direct() ? "direct access (no proxy)"
                : "proxy " + String.join(";", proxy.servers()))).build();
    }
}
