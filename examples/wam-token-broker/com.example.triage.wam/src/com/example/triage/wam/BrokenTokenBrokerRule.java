package com.example.triage.wam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;
import org.triage.model.TextFact;

/**
 * Reads the token broker's own evidence: the {@code Microsoft-Windows-AAD/Operational} log that the console groups by
 * code. Event 1098 logged again and again with {@code 0xCAA5001C} ("Token broker operation failed") is the token
 * broker (the AAD Broker Plugin) failing every request from its cached state; Outlook loops on sign-in and OneDrive
 * reports 0x8004de40 while it does. Clearing the broker's cached accounts and state is the known remedy (see the
 * README for the sources). One such event is noise; two or more in the log's seven days are the pattern.
 */
public final class BrokenTokenBrokerRule implements Rule {

    static final String ID = "com.example.triage.wam.broken-token-broker";
    static final String CAUSE = "com.example.triage.wam.token-broker-state-broken";
    static final String BROKER_FAILED = "0xCAA5001C";
    static final int REPEATED = 2;

    private static final Pattern COUNT = Pattern.compile("^(\\d+)×");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation events = latest.get(TokenBrokerEventsProbe.ID);
        if (events == null) {
            return List.of();
        }
        int failures = 0;
        List<String> groups = new ArrayList<>();
        for (Fact fact : events.getFacts()) {
            if (fact instanceof TextFact text && text.getName().startsWith(TokenBrokerEventsProbe.FAILURE_FACT)
                    && text.getName().toUpperCase(Locale.ROOT).contains(BROKER_FAILED.toUpperCase(Locale.ROOT))
                    && text.getValue() != null) {
                Matcher count = COUNT.matcher(text.getValue());
                if (count.find()) {
                    failures += Integer.parseInt(count.group(1));
                    groups.add(text.getName().substring(TokenBrokerEventsProbe.FAILURE_FACT.length()) + ": "
                            + text.getValue().split(" — ")[0]);
                }
            }
        }
        if (failures < REPEATED) {
            return List.of();
        }
        return List.of(new FindingDraft(CAUSE, Severity.WARNING, "the token broker failed " + failures
                + " times with " + BROKER_FAILED + " (Token broker operation failed, event 1098) in the AAD Operational"
                + " log (" + String.join("; ", groups) + "): its cached state fails every request", ID, List.of(events)));
    }
}
