package org.triage.core.fix;

import java.util.List;

import org.triage.core.target.ActionResult;
import org.triage.core.target.TargetAction;

/**
 * A remedy contributed to the extension point {@code org.triage.core.fixes}. A fix never touches the
 * operating system: it names {@link TargetAction}s, which its context carries out through the target
 * (and records). The console shows the preview, asks, applies, then re-runs the verification probes.
 */
public interface Fix {

    /**
     * Exactly what {@link #apply} will change on this target, worked out from the target's current state.
     * Must not change anything.
     */
    FixPreview preview(FixContext context) throws Exception;

    /**
     * Carries out the confirmed preview. The default performs its actions in order and stops at the first
     * one that fails.
     *
     * @throws FixFailedException where an action failed
     */
    default void apply(FixContext context, FixPreview confirmed) throws Exception {
        for (TargetAction action : confirmed.actions()) {
            if (context.monitor().isCanceled()) {
                throw new FixFailedException("cancelled before " + action.description());
            }
            ActionResult result = context.perform(action);
            if (!result.succeeded()) {
                throw new FixFailedException(action.description() + ": " + result.summary());
            }
        }
    }

    /** The probes whose re-run shows whether the fix worked, e.g. {@code credentials.cached}. */
    List<String> verificationProbes();
}
