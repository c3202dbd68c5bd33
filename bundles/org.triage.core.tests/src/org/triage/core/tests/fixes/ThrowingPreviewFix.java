package org.triage.core.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;

/** A fix whose preview throws: it must be logged with its bundle and left out of the playbook. */
public final class ThrowingPreviewFix implements Fix {

    public static final String MESSAGE = "preview exploded on purpose";

    @Override
    public FixPreview preview(FixContext context) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of();
    }
}
