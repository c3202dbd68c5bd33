package org.triage.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.triage.model.Symptom;

/**
 * Entra ID answered the token request with a Conditional Access refusal: AADSTS53003 (blocked by policy), 53000 (the
 * device is not in the state the policy requires: compliant or managed), 53001 (not domain joined) or 53002 (an app
 * that is not approved). The tenant's policy decides it: the finding hands it to the Entra ID admin with the
 * correlation ids that find the sign-in in the tenant's sign-in logs, and nothing on the workstation claims to fix it.
 */
public final class ConditionalAccessBlockedRule extends AadstsAnswerRule {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("AADSTS53003", "access has been blocked by Conditional Access policies");
        CODES.put("AADSTS53000", "the device is not in the required device state: the policy requires a compliant"
                + " or managed device");
        CODES.put("AADSTS53001", "the policy requires a domain-joined (Entra hybrid joined) device");
        CODES.put("AADSTS53002", "the app used is not an approved app for Conditional Access");
    }

    @Override
    public String id() {
        return "conditional-access-blocked";
    }

    @Override
    Map<String, String> codes() {
        return CODES;
    }

    @Override
    String causeId() {
        return Causes.CONDITIONAL_ACCESS_BLOCKED;
    }

    @Override
    String finding(List<BrokerFailures.Failure> failures, String codes, Symptom symptom) {
        return "Conditional Access refused the token for " + BrokerFailures.apps(failures) + ": " + codes
                + ". Handed to " + Causes.ENTRA_ADMIN + ": each correlation id finds the sign-in in the tenant's"
                + " sign-in logs, which name the policy; nothing on this PC lifts the block";
    }
}
