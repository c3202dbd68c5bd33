package org.triage.core.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.triage.core.rules.FindingDraft;

/** Reading what a rule concluded. */
public final class Drafts {

    private Drafts() {
    }

    /** The one draft of the cause; fails where there is none or more than one. */
    public static FindingDraft only(List<FindingDraft> drafts, String cause) {
        List<FindingDraft> matching = drafts.stream().filter(draft -> draft.causeId().equals(cause)).toList();
        assertEquals(1, matching.size(), "findings of " + cause + " in " + drafts);
        return matching.get(0);
    }

    public static List<String> causes(List<FindingDraft> drafts) {
        return drafts.stream().map(FindingDraft::causeId).toList();
    }
}
