package org.triage.core.fix;

import java.util.List;

import org.triage.core.target.TargetAction;

/**
 * What a fix will change, before anything is changed.
 *
 * @param summary       one sentence for the playbook
 * @param actions       the target actions in the order they will run
 * @param preconditions what must hold for the fix to make sense; an unsatisfied one skips the step
 */
public record FixPreview(String summary, List<TargetAction> actions, List<Precondition> preconditions) {

    public FixPreview {
        actions = List.copyOf(actions);
        preconditions = List.copyOf(preconditions);
    }

    public record Precondition(String description, boolean satisfied, String detail) {
    }

    public boolean destructive() {
        return actions.stream().anyMatch(TargetAction::destructive);
    }

    public boolean preconditionsHold() {
        return preconditions.stream().allMatch(Precondition::satisfied);
    }
}
