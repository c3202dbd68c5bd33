package org.triage.core.tests.support;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.demo.DemoTargetProvider;
import org.triage.model.Session;

/** The demo workstation's scenarios, opened and diagnosed as the CLI does it. */
public final class Demo {

    public static final String DEFAULT = "0x8004de40";
    public static final String HEALTHY = "healthy-split-tunnel";
    public static final String DEVICE_DISABLED = "device-disabled";
    public static final String STALE_DNS = "vpn-stale-dns";

    private Demo() {
    }

    /** The scenarios the demo bundle ships, as its provider lists them. */
    public static List<String> scenarios() {
        return new DemoTargetProvider().suggestions();
    }

    public static Target open(String scenario) {
        try {
            return new DemoTargetProvider().open(scenario);
        } catch (TargetException e) {
            throw new AssertionError("cannot open demo scenario " + scenario, e);
        }
    }

    /** A new session for the target, with the symptom the scenario reports. */
    public static Session newSession(Target target) {
        return Diagnosis.newSession(target, null, null, "tests");
    }

    /** A diagnosed session: every probe, the findings and the planned playbook. */
    public static Diagnosed diagnosed(String scenario) {
        Target target = open(scenario);
        Session session = newSession(target);
        Diagnosis.run(session, target, DiagnosisEngine.standard(), FixRegistry.read(), new NullProgressMonitor());
        return new Diagnosed(target, session);
    }

    public record Diagnosed(Target target, Session session) {
    }
}
