package org.triage.platform.windows.target;

import java.io.IOException;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs programs for the Windows target. The live runner starts real processes; tests answer with recorded
 * output. A run never outlives its time limit or a cancellation of the monitor: the runner stops the process
 * and its children and says so in the outcome.
 */
public interface CommandRunner {

    /**
     * Runs the command to its end, its time limit or the monitor's cancellation, whichever comes first.
     *
     * @param monitor null for a run that must not be cancelled (it only ends by itself or by its time limit)
     */
    ProcessOutcome run(CommandLine command, Duration timeout, IProgressMonitor monitor);

    /**
     * Starts a program that keeps running on its own (OneDrive) and returns at once; its output is discarded.
     *
     * @throws IOException where it cannot be started
     */
    void launch(CommandLine command) throws IOException;
}
