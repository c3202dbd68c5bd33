package org.triage.fleet.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.target.Target;
import org.triage.core.target.Targets;
import org.triage.tests.harness.FleetGenerator.Generated;
import org.triage.model.Finding;
import org.triage.model.Session;

/**
 * The fleet report computed the slow, obvious way: per host the newest generated snapshot, each diagnosed on its own
 * with the standard engine; the facts are what the generator put in. Nothing of the fleet index is used.
 */
final class BruteForce {

    record Device(Generated snapshot, List<String> causes) {
    }

    final List<Device> devices = new ArrayList<>();

    BruteForce(List<Generated> generated, LocalDate since) throws Exception {
        Map<String, Generated> newest = new TreeMap<>();
        for (Generated snapshot : generated) {
            newest.merge(snapshot.hostname(), snapshot,
                    (a, b) -> Comparator.comparing(Generated::collectedAt).compare(a, b) >= 0 ? a : b);
        }
        for (Generated snapshot : newest.values()) {
            if (since != null && snapshot.collectedAt().toLocalDate().isBefore(since)) {
                continue;
            }
            try (Target target = Targets.open("snapshot:" + snapshot.path())) {
                Session session = Diagnosis.newSession(target, null, null, "test");
                DiagnosisEngine.standard().diagnose(session, target, new NullProgressMonitor());
                devices.add(new Device(snapshot,
                        session.getFindings().stream().map(Finding::getCauseId).distinct().toList()));
            }
        }
    }

    Map<String, Integer> causes() {
        Map<String, Integer> counts = new TreeMap<>();
        devices.forEach(device -> device.causes().forEach(cause -> counts.merge(cause, 1, Integer::sum)));
        return counts;
    }

    /** cause → value → devices, for a fact the generator chose. */
    Map<String, Map<String, Integer>> by(Function<Generated, String> fact) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Device device : devices) {
            for (String cause : device.causes()) {
                counts.computeIfAbsent(cause, c -> new TreeMap<>()).merge(fact.apply(device.snapshot()), 1,
                        Integer::sum);
            }
        }
        return counts;
    }

    Map<String, Integer> all(Function<Generated, String> fact) {
        return devices.stream().collect(Collectors.groupingBy(device -> fact.apply(device.snapshot()), TreeMap::new,
                Collectors.summingInt(device -> 1)));
    }
}
