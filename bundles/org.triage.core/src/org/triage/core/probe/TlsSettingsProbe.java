package org.triage.core.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.session.Facts;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.TlsSettings;
import org.triage.model.Fact;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;

/**
 * Whether Windows' own TLS (Schannel), which OneDrive, Office and the token broker use, can speak TLS 1.2 with the
 * cipher suites Microsoft 365 requires: the SCHANNEL client keys, WinHTTP's default protocols, the .NET switches,
 * the enabled cipher suites and a policy's cipher suite order, under the registry's own names.
 */
public final class TlsSettingsProbe implements Probe {

    public static final String ID = "endpoints.tls-settings";
    /** Whether TLS 1.2 is offered to clients that use the system's defaults. */
    public static final String TLS12_OFFERED = "Tls12Offered";
    public static final String WINHTTP_LACKS_TLS12 = "WinHttpLacksTls12";
    public static final String REQUIRED_ENABLED = "RequiredCipherSuitesEnabled";
    public static final String REQUIRED_MISSING_FROM_POLICY = "RequiredCipherSuitesMissingFromPolicy";
    public static final String CIPHER_SUITES_KNOWN = "CipherSuitesKnown";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String view() {
        return "endpoints";
    }

    @Override
    public Observation run(Target target, IProgressMonitor monitor) {
        ObservationBuilder observation = new ObservationBuilder(this);
        Reading<TlsSettings> reading = target.tlsSettings(monitor);
        if (!observation.accept(reading)) {
            return observation.build();
        }
        TlsSettings tls = reading.value();
        List<Fact> protocols = new ArrayList<>();
        for (TlsSettings.Protocol protocol : tls.protocols()) {
            List<Fact> fields = new ArrayList<>();
            fields.add(Facts.text("Protocol", protocol.name()));
            Facts.optional("Enabled", protocol.enabled()).ifPresent(fields::add);
            Facts.optional("DisabledByDefault", protocol.disabledByDefault()).ifPresent(fields::add);
            Facts.optional("OfferedByDefault", protocol.offeredByDefault()).ifPresent(fields::add);
            protocols.add(Facts.record("", fields));
        }
        observation.fact(Facts.list("protocols", protocols));
        Facts.optional("DefaultSecureProtocols", tls.winHttpDefaultSecureProtocols()).ifPresent(observation::fact);
        Facts.optional("SchUseStrongCrypto", tls.schUseStrongCrypto()).ifPresent(observation::fact);
        Facts.optional("SystemDefaultTlsVersions", tls.systemDefaultTlsVersions()).ifPresent(observation::fact);
        boolean suitesKnown = tls.cipherSuites() != null;
        observation.fact(Facts.bool(CIPHER_SUITES_KNOWN, suitesKnown));
        if (suitesKnown) {
            observation.fact(Facts.texts("CipherSuites", tls.cipherSuites().stream()
                    .map(TlsSettings.CipherSuite::name).toList()));
        }
        if (tls.cipherSuiteOrderPolicy() != null) {
            observation.fact(Facts.texts("CipherSuiteOrderPolicy", tls.cipherSuiteOrderPolicy()));
            observation.fact(Facts.texts(REQUIRED_MISSING_FROM_POLICY, tls.requiredSuitesMissingFromPolicy()));
        }
        boolean tls12 = tls.tls12Offered();
        observation.fact(Facts.bool(TLS12_OFFERED, tls12));
        observation.fact(Facts.bool(WINHTTP_LACKS_TLS12, tls.winHttpLacksTls12()));
        List<String> required = tls.requiredSuitesEnabled();
        if (suitesKnown) {
            observation.fact(Facts.texts(REQUIRED_ENABLED, required));
        }
        List<String> wrong = new ArrayList<>();
        if (!tls12) {
            wrong.add("TLS 1.2 is disabled for clients (" + tls.protocol("TLS 1.2").map(p -> "Enabled="
                    + p.enabled() + ", DisabledByDefault=" + p.disabledByDefault()).orElse("") + ")");
        }
        if (tls.winHttpLacksTls12()) {
            wrong.add("WinHTTP's DefaultSecureProtocols 0x" + Integer.toHexString(tls.winHttpDefaultSecureProtocols())
                    .toUpperCase(Locale.ROOT) + " leaves TLS 1.2 (0x800) out");
        }
        if (suitesKnown && required.isEmpty()) {
            wrong.add("none of the cipher suites Microsoft 365 requires is enabled");
        }
        if (!tls.requiredSuitesMissingFromPolicy().isEmpty()) {
            wrong.add("the cipher suite order policy lists " + (tls.requiredSuitesMissingFromPolicy().size()
                    == TlsSettings.REQUIRED_CIPHER_SUITES.size() ? "none" : "not all") + " of the required suites");
        }
        if (!wrong.isEmpty()) {
            observation.atLeast(ObservationStatus.WARNING);
            return observation.summary(String.join("; ", wrong)).build();
        }
        return observation.summary("TLS 1.2 offered" + (suitesKnown ? "; " + required.size() + " of "
                + TlsSettings.REQUIRED_CIPHER_SUITES.size() + " required cipher suites enabled"
                : "; the enabled cipher suites are not known")).build();
    }
}
