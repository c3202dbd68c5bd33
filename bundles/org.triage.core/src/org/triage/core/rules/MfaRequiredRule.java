package org.triage.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.triage.model.Symptom;

/**
 * Entra ID requires multi-factor authentication the silent token request cannot give: AADSTS50076 (MFA required after
 * a configuration change or from a new location, such as a VPN's egress address), 50079 (the user must register for
 * MFA first) and 50074 (strong authentication is required). The broker logs them as 1098 with {@code 0xCAA2000C The
 * request requires user interaction}. A policy changed or the sign-in moved: handed to the Entra ID admin, with the
 * user completing the prompt once the policy is confirmed.
 */
public final class MfaRequiredRule extends AadstsAnswerRule {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("AADSTS50076", "multi-factor authentication is required after a configuration change or from a new"
                + " location");
        CODES.put("AADSTS50079", "the user must enroll in multi-factor authentication");
        CODES.put("AADSTS50074", "strong authentication is required");
    }

    @Override
    public String id() {
        return "mfa-required-by-policy";
    }

    @Override
    Map<String, String> codes() {
        return CODES;
    }

    @Override
    String causeId() {
        return Causes.MFA_REQUIRED_BY_POLICY;
    }

    @Override
    String finding(List<BrokerFailures.Failure> failures, String codes, Symptom symptom) {
        return "Entra ID requires multi-factor authentication that the silent token request of "
                + BrokerFailures.apps(failures) + " cannot give: " + codes + ". Handed to " + Causes.ENTRA_ADMIN
                + ": the sign-in logs show which policy asks for it; the user then completes the prompt in the app";
    }
}
