package org.triage.core.probe;

import java.util.Collection;
import java.util.Date;

import org.triage.core.session.Sessions;
import org.triage.core.target.Evidence;
import org.triage.core.target.Reading;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.RawEvidence;
import org.triage.model.TriageFactory;

/** Assembles an observation, turning unsupported and failed readings into skipped and error ones. */
public final class ObservationBuilder {

    private final Observation observation = TriageFactory.eINSTANCE.createObservation();

    public ObservationBuilder(Probe probe) {
        observation.setId(Sessions.newId("obs"));
        observation.setProbeId(probe.id());
        observation.setView(probe.view());
        observation.setStartedAt(new Date());
        observation.setStatus(ObservationStatus.OK);
    }

    public ObservationBuilder status(ObservationStatus status) {
        observation.setStatus(status);
        return this;
    }

    /** Raises the status to {@code status} unless it is already worse. */
    public ObservationBuilder atLeast(ObservationStatus status) {
        if (status.getValue() > observation.getStatus().getValue()) {
            observation.setStatus(status);
        }
        return this;
    }

    public ObservationBuilder summary(String summary) {
        observation.setSummary(summary);
        return this;
    }

    public ObservationBuilder fact(Fact fact) {
        observation.getFacts().add(fact);
        return this;
    }

    public ObservationBuilder facts(Collection<? extends Fact> facts) {
        observation.getFacts().addAll(facts);
        return this;
    }

    public ObservationBuilder evidence(Collection<Evidence> evidence) {
        evidence.forEach(this::evidence);
        return this;
    }

    public ObservationBuilder evidence(Evidence evidence) {
        RawEvidence raw = TriageFactory.eINSTANCE.createRawEvidence();
        raw.setId(Sessions.newId("ev"));
        raw.setSource(evidence.source());
        raw.setFileName(evidence.fileName());
        raw.setEncoding(evidence.encoding());
        raw.setExitCode(evidence.exitCode());
        raw.setCapturedAt(evidence.capturedAt() == null ? null : Date.from(evidence.capturedAt()));
        raw.setContent(evidence.content());
        raw.setOutputKind(evidence.outputKind());
        observation.getEvidence().add(raw);
        return this;
    }

    /**
     * Records the evidence and problems of a reading. Returns false (and completes the observation as
     * skipped or error) where the reading has no value to build facts from.
     */
    public boolean accept(Reading<?> reading) {
        evidence(reading.evidence());
        switch (reading.kind()) {
            case UNSUPPORTED -> {
                status(ObservationStatus.SKIPPED).summary(reading.message());
                return false;
            }
            case FAILED -> {
                status(ObservationStatus.ERROR).summary(reading.message());
                return false;
            }
            case VALUE -> {
                if (!reading.problems().isEmpty()) {
                    atLeast(ObservationStatus.WARNING);
                    fact(org.triage.core.session.Facts.texts("problems", reading.problems()));
                }
                return true;
            }
        }
        return false;
    }

    public Observation build() {
        observation.setFinishedAt(new Date());
        return observation;
    }
}
