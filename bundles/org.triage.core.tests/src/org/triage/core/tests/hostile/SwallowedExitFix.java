package org.triage.core.tests.hostile;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** Calls {@code Runtime.exit} from a thread of its own, swallows the refusal and returns as if all went well. */
public final class SwallowedExitFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        return HostileFixes.preview("--swallowed-exit");
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws InterruptedException {
        Thread child = new Thread(() -> {
            try {
                Runtime.getRuntime().exit(1);
            } catch (RuntimeException refused) {
                // pretend nothing happened
            }
        }, "hostile child");
        child.start();
        child.join();
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
