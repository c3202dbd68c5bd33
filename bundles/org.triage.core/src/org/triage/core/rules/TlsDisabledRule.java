package org.triage.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.triage.core.probe.TlsSettingsProbe;
import org.triage.core.session.Facts;
import org.triage.core.target.TlsSettings;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * Microsoft 365 accepts TLS 1.2 and later only, with the cipher suites its front door supports (Microsoft's article on
 * OneDrive error 0x8004de40 names them). A workstation whose Schannel does not offer TLS 1.2 to clients, whose WinHTTP
 * default leaves TLS 1.2 out, on which none of those cipher suites is enabled, or whose cipher suite order policy
 * lists none of them, cannot complete a handshake with the sign-in endpoints: the token broker fails however the
 * network is.
 */
public final class TlsDisabledRule implements Rule {

    @Override
    public String id() {
        return "tls12-disabled";
    }

    @Override
    public List<String> reads() {
        return List.of(TlsSettingsProbe.ID);
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation tls = latest.get(TlsSettingsProbe.ID);
        if (tls == null || Facts.find(tls, TlsSettingsProbe.TLS12_OFFERED).isEmpty()) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (!Facts.boolOf(tls.getFacts(), TlsSettingsProbe.TLS12_OFFERED).orElse(true)) {
            reasons.add("TLS 1.2 is turned off for clients in " + TlsSettings.SCHANNEL_PROTOCOLS + "\\TLS 1.2\\Client");
        }
        if (Facts.boolOf(tls.getFacts(), TlsSettingsProbe.WINHTTP_LACKS_TLS12).orElse(false)) {
            reasons.add("WinHTTP's DefaultSecureProtocols (" + Facts.textOf(tls, "DefaultSecureProtocols").orElse("?")
                    + ") leaves TLS 1.2 (0x800) out");
        }
        if (Facts.boolOf(tls.getFacts(), TlsSettingsProbe.CIPHER_SUITES_KNOWN).orElse(false)
                && Facts.textsOf(tls, TlsSettingsProbe.REQUIRED_ENABLED).isEmpty()) {
            reasons.add("none of the cipher suites Microsoft 365 requires ("
                    + String.join(", ", TlsSettings.REQUIRED_CIPHER_SUITES) + ") is enabled");
        }
        List<String> missingFromPolicy = Facts.textsOf(tls, TlsSettingsProbe.REQUIRED_MISSING_FROM_POLICY);
        if (missingFromPolicy.size() == TlsSettings.REQUIRED_CIPHER_SUITES.size()) {
            reasons.add("the cipher suite order policy (" + TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY
                    + ") lists none of them, so Schannel offers none");
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        return List.of(new FindingDraft(Causes.TLS12_DISABLED, Severity.ERROR, String.join("; ", reasons)
                + ": the sign-in endpoints accept TLS 1.2 or later with these suites only ("
                + TlsSettings.REQUIRED_CIPHER_SUITES_SOURCE + ")", id(), List.of(tls)));
    }
}
