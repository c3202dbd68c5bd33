package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;
import org.triage.core.target.Targets;
import org.triage.core.tests.support.Demo;

/** Targets are found through the OSGi service registry, where the demo bundle's component registers its provider. */
class TargetsTest {

    @Test
    void theDemoProviderIsRegisteredAsAService() {
        TargetProvider demo = Targets.provider("demo").orElseThrow(() -> new AssertionError(
                "no demo provider among " + Targets.providers().stream().map(TargetProvider::kind).toList()));
        assertTrue(demo.suggestions().contains(Demo.DEFAULT), demo.suggestions().toString());
    }

    @Test
    void aSpecOpensTheScenarioItNames() throws TargetException {
        try (Target target = Targets.open("demo:" + Demo.HEALTHY)) {
            assertEquals("demo", target.info().kind());
            assertEquals(Demo.HEALTHY, target.info().location());
            assertEquals("FABRIKAM-LT-007", target.info().hostname());
            assertTrue(target.credentials(new NullProgressMonitor()).optionalValue().isPresent());
        }
        try (Target target = Targets.open("demo")) {
            assertEquals(Demo.DEFAULT, target.info().location(), "the bare kind opens the default scenario");
        }
    }

    @Test
    void anUnknownKindOrScenarioIsATargetExceptionForTheUser() {
        TargetException kind = assertThrows(TargetException.class, () -> Targets.open("mainframe:42"));
        assertTrue(kind.getMessage().contains("'mainframe'") && kind.getMessage().contains("demo"), kind.getMessage());
        TargetException scenario = assertThrows(TargetException.class, () -> Targets.open("demo:no-such-scenario"));
        assertTrue(scenario.getMessage().contains("no-such-scenario"), scenario.getMessage());
    }
}
