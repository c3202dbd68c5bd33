package org.triage.ui.session;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.playbook.Playbook;
import org.triage.core.probe.Probe;
import org.triage.core.target.Target;
import org.triage.model.Session;

/** Runs probes again (one view's, one endpoint's, or all), then brings findings and the planned steps up to date. */
public final class RerunProbesJob extends SessionJob {

    private final List<Probe> probes;

    /** @param probes the probes to run; empty for all of them */
    public RerunProbesJob(SessionManager manager, List<Probe> probes) {
        super(probes.isEmpty() ? "Inspecting again" : "Running " + String.join(", ",
                probes.stream().map(Probe::id).distinct().toList()), manager);
        this.probes = List.copyOf(probes);
    }

    @Override
    protected IStatus work(Session session, Target target, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        DiagnosisEngine engine = DiagnosisEngine.standard();
        engine.runProbes(session, target, probes.isEmpty() ? engine.probes() : probes, progress.split(8));
        engine.evaluate(session);
        Playbook.plan(session, target, FixRegistry.read(), progress.split(2));
        return Status.OK_STATUS;
    }
}
