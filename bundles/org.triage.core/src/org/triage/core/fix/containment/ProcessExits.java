package org.triage.core.fix.containment;

import org.eclipse.core.runtime.ILog;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What woven fix bundles call instead of the JDK's ways to end the process ({@link FixEscapeWeaver} rewrites the
 * calls). Each refuses, names the calling bundle, tells the fix's scope (so that the step fails even where the
 * fix catches the exception) and the Eclipse log. The descriptors match the replaced calls' stack effects exactly.
 */
public final class ProcessExits {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private ProcessExits() {
    }

    /** Replaces {@code System.exit(int)}. */
    public static void systemExit(int status) {
        throw refuse("System.exit(" + status + ")", WALKER.getCallerClass());
    }

    /** Replaces {@code Runtime.exit(int)}: the runtime is on the stack before the status. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw refuse("Runtime.exit(" + status + ")", WALKER.getCallerClass());
    }

    /** Replaces {@code Runtime.halt(int)}. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw refuse("Runtime.halt(" + status + ")", WALKER.getCallerClass());
    }

    private static FixEscapeException refuse(String call, Class<?> caller) {
        Bundle bundle = caller == null ? null : FrameworkUtil.getBundle(caller);
        String who = bundle == null ? String.valueOf(caller)
                : bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + caller.getName() + ")";
        String message = who + " called " + call + ": a fix cannot end the process (nor can a rule); refused";
        FixScope.escaped(message);
        ILog.of(ProcessExits.class).error(message);
        return new FixEscapeException(message);
    }
}
