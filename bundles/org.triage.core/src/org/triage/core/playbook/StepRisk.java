package org.triage.core.playbook;

import java.util.List;
import java.util.Optional;

import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.TargetAction;
import org.triage.model.Change;
import org.triage.model.FixAttempt;

/**
 * Whether a step must be confirmed before it is applied, and why: it removes or resets what is not simply re-created,
 * or it drops the workstation's network connection (cutting a remote session to it). Taken from what the fix
 * declares and from the changes its preview plans, so that the console and the command line ask for the same steps.
 *
 * @param changes one line per planned change: what it changes, then the command
 */
public record StepRisk(boolean destructive, boolean dropsConnectivity, boolean changesSystemSettings,
        List<String> changes) {

    public static StepRisk of(FixAttempt attempt, FixRegistry registry) {
        return of(attempt, registry.byId(attempt.getFixId()));
    }

    public static StepRisk of(FixAttempt attempt, Optional<FixDescriptor> fix) {
        boolean destructive = fix.map(FixDescriptor::destructive).orElse(false)
                || attempt.getPlannedChanges().stream().anyMatch(Change::isDestructive);
        boolean dropsConnectivity = fix.map(FixDescriptor::dropsConnectivity).orElse(false)
                || attempt.getPlannedChanges().stream()
                        .anyMatch(change -> TargetAction.DROPS_CONNECTIVITY.contains(change.getAction()));
        boolean settings = attempt.getPlannedChanges().stream()
                .anyMatch(change -> TargetAction.CHANGES_SYSTEM_SETTINGS.contains(change.getAction()));
        List<String> changes = attempt.getPlannedChanges().stream().map(StepRisk::line).toList();
        return new StepRisk(destructive, dropsConnectivity, settings, changes);
    }

    private static String line(Change change) {
        String marks = (change.isDestructive() ? " (destructive)" : "")
                + (TargetAction.DROPS_CONNECTIVITY.contains(change.getAction()) ? " (drops the connection)" : "");
        return change.getDescription() + marks + (change.getCommand() == null ? "" : "\n    " + change.getCommand());
    }

    /** Whether the operator must confirm the step, seeing its changes, before it is applied. */
    public boolean asksFirst() {
        return destructive || dropsConnectivity || changesSystemSettings;
    }

    /** Why the step is confirmed first, in words for the operator; empty where it need not be. */
    public String warning() {
        StringBuilder text = new StringBuilder();
        if (destructive) {
            text.append("This step changes the workstation and cannot simply be undone.");
        }
        if (dropsConnectivity) {
            text.append(text.isEmpty() ? "" : " ").append("This step drops the workstation's network connection "
                    + "(VPN, DHCP lease) while it runs: a remote session to it will be cut, and you may have to "
                    + "wait for it to reconnect.");
        }
        if (changesSystemSettings) {
            text.append(text.isEmpty() ? "" : " ").append("This step changes Windows' system settings in the "
                    + "registry (each value's old and new value is listed and recorded, so it can be put back).");
        }
        return text.toString();
    }

    /** The warning, then every change the step will make, one per line. */
    public String describe() {
        StringBuilder text = new StringBuilder(warning());
        text.append(text.isEmpty() ? "" : "\n\n").append("It will:\n");
        changes.forEach(change -> text.append("- ").append(change).append('\n'));
        return text.toString();
    }
}
