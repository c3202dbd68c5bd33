package org.triage.cli;


import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application {@code org.triage.cli.app}: runs one verb and exits with its code. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        return new TriageCli(System.out, System.err, System.in).run(args);
    }

    @Override
    public void stop() {
        // a verb runs to completion; there is nothing to interrupt here
    }

}
