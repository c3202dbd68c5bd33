package org.triage.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.triage.model.Symptom;

/**
 * The token broker's requests fail because Entra ID revoked the grants it holds: AADSTS50173 (the grant was revoked,
 * the user may have changed or reset the password) and AADSTS50133 (the session is invalid after a password change or
 * expiry).
 *
 * <p>This is the first case seen from the broker's side, not a cause of its own: the refresh tokens the broker caches
 * for the apps were issued with the old password, which is what {@code stale-cached-credentials} means (the broker's
 * cache is one of the caches that cause names), and a revoked PRT already reads as {@code prt-missing-or-stale} from
 * dsregcmd (see {@link PasswordRejectedRule}, which also reads AADSTS50173 there). Reporting the events under the
 * existing cause merges them with what Credential Manager and dsregcmd show into one finding, so the same revocation
 * is never counted twice, and the fixes that clear the caches address it.
 */
public final class TokensRevokedByPasswordChangeRule extends AadstsAnswerRule {

    private static final Map<String, String> CODES = new LinkedHashMap<>();

    static {
        CODES.put("AADSTS50173", "the grant was revoked; the user might have changed or reset the password");
        CODES.put("AADSTS50133", "the session is invalid due to expiration or a recent password change");
    }

    @Override
    public String id() {
        return "tokens-revoked-by-password-change";
    }

    @Override
    Map<String, String> codes() {
        return CODES;
    }

    @Override
    String causeId() {
        return Causes.STALE_CACHED_CREDENTIALS;
    }

    /** dsregcmd's AADSTS50173 is {@link PasswordRejectedRule}'s: the PRT, not the broker's cached app tokens. */
    @Override
    boolean readsRegistration() {
        return false;
    }

    @Override
    String finding(List<BrokerFailures.Failure> failures, String codes, Symptom symptom) {
        String changed = symptom == null || symptom.getPasswordChangedAt() == null ? ""
                : " (the password changed at " + symptom.getPasswordChangedAt().toInstant() + ")";
        return "The token broker still presents tokens of " + BrokerFailures.apps(failures)
                + " issued before the password change" + changed + ", which Entra ID revoked: " + codes
                + ". Its cached tokens go and the user signs in again with the new password";
    }
}
