package org.triage.core.probe;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.model.Fact;
import org.triage.model.Observation;

/** The cached credentials, and which of them Microsoft 365 sign-in uses. */
public final class CachedCredentialsProbe implements Probe {

    public static final String ID = "credentials.cached";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "credentials";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<List<CachedCredential>> reading = target.credentials(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        List<CachedCredential> credentials = reading.value();
        List<String> m365 = credentials.stream().filter(Microsoft365Credentials::matches)
                .map(CachedCredential::targetName).toList();
        List<Fact> entries = new ArrayList<>();
        for (CachedCredential credential : credentials) {
            List<Fact> fields = new ArrayList<>();
            Facts.optional("Target", credential.target()).ifPresent(fields::add);
            Facts.optional("TargetName", credential.targetName()).ifPresent(fields::add);
            Facts.optional("Type", credential.type()).ifPresent(fields::add);
            Facts.optional("User", credential.user()).ifPresent(fields::add);
            Facts.optional("Persistence", credential.persistence()).ifPresent(fields::add);
            Facts.optional("LastWritten", credential.lastWritten()).ifPresent(fields::add);
            fields.add(Facts.bool("Microsoft365", Microsoft365Credentials.matches(credential)));
            entries.add(Facts.record("", fields));
        }
        return observation.fact(Facts.number("total", credentials.size()))
                .fact(Facts.texts("m365Targets", m365))
                .fact(Facts.list("entries", entries))
                .summary(credentials.size() + " cached credentials, " + m365.size() + " used by Microsoft 365 sign-in")
                .build();
    }
}
