package org.triage.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * The token broker fails on its own: event 1098 repeats with one of the broker plug-in's own error codes (the
 * {@code 0xCAA5....} family: {@code 0xCAA5001C Token broker operation failed}, which Office shows as CAA50021 and
 * 1001), with no answer from Entra ID in the event and no network error inside it. Microsoft names missing
 * permissions or ownership of the broker's folder and a changed user SID as causes of such 1098/1104 pairs
 * (https://learn.microsoft.com/en-us/troubleshoot/windows-client/user-profiles-and-logon/event-1098-error-0xcaa5001c,
 * Outlook's "Event 1098 and cannot create new profiles"); admins report the event "logged repeatedly" while Office
 * loops on sign-in until the broker's package folder is reset (https://davidjust.com/post/eventid-1098-token-broker-operation-failed/).
 *
 * <p>The threshold is the same broker code {@value #REPEATED} times or more since the last PRT: one 1098 is what a
 * single app's malformed request leaves (an empty client id, a redirect URI Entra ID does not know), and one retry
 * makes two; a damaged broker fails every request of every app, and Office and Teams ask again every few minutes, so
 * a third failure of the same code with no server answer is no longer one app's mistake.
 */
public final class TokenBrokerCorruptedRule implements Rule {

    static final int REPEATED = 3;
    private static final String BROKER_FAMILY = "0XCAA5";
    /** Inner errors of the network (0xCAA7...., 0xCAA8....: ERROR_ADAL_INTERNET_*): the path failed, not the broker. */
    private static final List<String> NETWORK_FAMILIES = List.of("0XCAA7", "0XCAA8");

    @Override
    public String id() {
        return "token-broker-corrupted";
    }

    @Override
    public List<String> reads() {
        return List.of(TokenBrokerEventsProbe.ID, DeviceRegistrationProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Map<String, List<BrokerFailures.Failure>> byCode = new LinkedHashMap<>();
        for (BrokerFailures.Failure failure : BrokerFailures.current(latest)) {
            String brokerCode = brokerCode(failure);
            if (brokerCode != null && !failure.code().toUpperCase(Locale.ROOT).startsWith("AADSTS")
                    && !network(failure.innerCode())) {
                byCode.computeIfAbsent(brokerCode, code -> new ArrayList<>()).add(failure);
            }
        }
        List<FindingDraft> drafts = new ArrayList<>();
        byCode.forEach((code, failures) -> {
            if (failures.size() >= REPEATED) {
                drafts.add(new FindingDraft(Causes.TOKEN_BROKER_STATE_CORRUPTED, Severity.ERROR,
                        "The token broker failed " + failures.size() + " times with " + code + " for "
                                + BrokerFailures.apps(failures) + ", without an answer from Entra ID or a network error"
                                + " (" + REPEATED + " or more of one broker code is its own state, not one app's"
                                + " request): " + BrokerFailures.describe(failures),
                        id(), BrokerFailures.evidence(latest, true, false)));
            }
        });
        return drafts;
    }

    /** The event's code of the broker family, e.g. {@code 0xCAA5001C}; null where it has none. */
    private static String brokerCode(BrokerFailures.Failure failure) {
        for (String code : new String[] { failure.errorCode(), failure.code() }) {
            if (code != null && code.toUpperCase(Locale.ROOT).startsWith(BROKER_FAMILY)) {
                return "0x" + code.substring(2).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static boolean network(String innerCode) {
        return innerCode != null && NETWORK_FAMILIES.stream().anyMatch(innerCode.toUpperCase(Locale.ROOT)::startsWith);
    }
}
