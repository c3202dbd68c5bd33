package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.FixPreview;
import org.triage.core.target.TargetAction;

/** What the test fixes have in common: a preview of one harmless simulated command. */
final class TestFixes {

    private TestFixes() {
    }

    static TargetAction harmlessCommand(String argument) {
        return new TargetAction.RunCommand("triage-test", List.of(argument), "a harmless test step", false);
    }

    static FixPreview preview(String argument) {
        return new FixPreview("run triage-test " + argument, List.of(harmlessCommand(argument)),
                List.of(new FixPreview.Precondition("nothing is required", true, "a test fix")));
    }
}
