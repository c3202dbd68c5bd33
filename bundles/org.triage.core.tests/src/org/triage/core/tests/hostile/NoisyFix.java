package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/**
 * Prints to stdout and stderr from its preview, from apply, and from a thread it starts, with an ANSI colour code
 * and a partial last line: what corrupted {@code triage playbook --json}.
 */
public final class NoisyFix implements Fix {

    public static final String PREVIEW_LINE = "{\"noise\": \"from the preview\"}";
    public static final String APPLY_LINE = "\u001b[31mred noise from apply\u001b[0m";
    public static final String ERR_LINE = "noise on stderr from apply";
    public static final String CHILD_LINE = "noise from a thread the fix started";
    public static final String PARTIAL = "no newline at the end";

    @Override
    public FixPreview preview(FixContext context) {
        System.out.println(PREVIEW_LINE);
        return HostileFixes.preview("--noisy");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws Exception {
        System.out.println(APPLY_LINE);
        System.err.println(ERR_LINE);
        Thread child = new Thread(() -> System.out.println(CHILD_LINE), "noisy child");
        child.start();
        child.join();
        System.out.print(PARTIAL);
        Fix.super.apply(context, confirmed);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
