package com.example.hostile;

import java.util.List;

import org.triage.core.fix.FixPreview;
import org.triage.core.target.TargetAction;

final class Harmless {

    private Harmless() {
    }

    static FixPreview preview(String argument) {
        return new FixPreview("run example-client " + argument,
                List.of(new TargetAction.RunCommand("example-client", List.of(argument), "a harmless step", false)),
                List.of());
    }
}
