package org.triage.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.session.Facts;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * The last PRT attempt failed because the password was rejected (Credential Type Password with a
 * failed status that Entra ID answered, AADSTS50126 or NTSTATUS 0xc000006d): the device still signs in
 * with the old password.
 */
public final class PasswordRejectedRule implements Rule {

    private static final Pattern AADSTS = Pattern.compile("AADSTS\\d+", Pattern.CASE_INSENSITIVE);
    /** NTSTATUS STATUS_LOGON_FAILURE: unknown user name or bad password. */
    private static final String STATUS_LOGON_FAILURE = "0xc000006d";

    @Override
    public String id() {
        return "password-rejected";
    }

    @Override
    public List<String> reads() {
        return List.of(DeviceRegistrationProbe.ID, CachedCredentialsProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        if (registration == null) {
            return List.of();
        }
        String evidenceText = passwordError(registration);
        if (evidenceText == null) {
            return List.of();
        }
        List<Observation> credentialEvidence = new ArrayList<>(List.of(registration));
        Observation credentials = latest.get(CachedCredentialsProbe.ID);
        List<String> m365 = credentials == null ? List.of() : Facts.textsOf(credentials, "m365Targets");
        if (!m365.isEmpty()) {
            credentialEvidence.add(credentials);
        }
        return List.of(
                new FindingDraft(Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR,
                        "Entra ID rejected the password the device signed in with (" + evidenceText + ")"
                                + (m365.isEmpty() ? "" : "; " + m365.size() + " cached Microsoft 365 credentials hold it"),
                        id(), credentialEvidence),
                new FindingDraft(Causes.PRT_MISSING_OR_STALE, Severity.ERROR,
                        "The Primary Refresh Token could not be renewed: " + evidenceText, id(), List.of(registration)));
    }

    /** The fact that shows a rejected password, or null. */
    private static String passwordError(Observation registration) {
        String otherServerError = null;
        for (Fact fact : registration.getFacts()) {
            String value = Facts.asText(fact);
            if (value == null) {
                continue;
            }
            Matcher code = AADSTS.matcher(value);
            while (code.find()) {
                if (AadstsCodes.PASSWORD_CHANGED.contains(code.group().toUpperCase(Locale.ROOT))) {
                    return fact.getName() + ": " + value.trim();
                }
                otherServerError = code.group();
            }
        }
        if (otherServerError != null) {
            return null; // Entra ID named another reason (a disabled device, a policy): not the password.
        }
        for (Fact fact : registration.getFacts()) {
            String value = Facts.asText(fact);
            if (value != null && value.toLowerCase(Locale.ROOT).contains(STATUS_LOGON_FAILURE)) {
                return fact.getName() + ": " + value.trim();
            }
        }
        String attemptStatus = Facts.textOf(registration, "Attempt Status").orElse("").trim();
        String credentialType = Facts.textOf(registration, "Credential Type").orElse("").trim();
        // A transport failure (HTTP Error set, no server answer) is not a rejected password.
        String serverError = Facts.textOf(registration, "Server Error Code").orElse("").trim();
        String httpStatus = Facts.textOf(registration, "HTTP status").orElse("").trim();
        boolean serverAnswered = !serverError.isEmpty() || httpStatus.startsWith("4");
        if (!attemptStatus.isEmpty() && !attemptStatus.equalsIgnoreCase("0x0")
                && credentialType.equalsIgnoreCase("Password") && serverAnswered) {
            return "Attempt Status " + attemptStatus + " with Credential Type Password"
                    + (serverError.isEmpty() ? "" : ", " + serverError);
        }
        return null;
    }
}
