package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.FixPreview;
import org.triage.core.target.TargetAction;

/** The harmless preview every hostile fix shows, so that the plan offers it and the operator confirms it. */
final class HostileFixes {

    private HostileFixes() {
    }

    static FixPreview preview(String argument) {
        return new FixPreview("run triage-test " + argument,
                List.of(new TargetAction.RunCommand("triage-test", List.of(argument), "a harmless test step", false)),
                List.of(new FixPreview.Precondition("nothing is required", true, "a hostile test fix")));
    }
}
