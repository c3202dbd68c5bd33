package org.triage.fixes.m365;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.playbook.Undo;
import org.triage.core.probe.TlsSettingsProbe;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetAction.SetRegistryValue;
import org.triage.core.target.TlsSettings;
import org.triage.model.FixAttempt;

/**
 * Turns TLS 1.2 back on for Windows' clients and puts the cipher suites Microsoft 365 requires at the top of the
 * order, as Microsoft's article on OneDrive error 0x8004de40 asks: the SCHANNEL {@code TLS 1.2\Client} values that
 * disable it, WinHTTP's {@code DefaultSecureProtocols} where it leaves TLS 1.2 out, and the cipher suite order policy
 * where it lists none or not all of the required suites (or, where none of them is enabled and no policy sets the
 * order, a policy that lists them first and the enabled suites after). Each change is one registry value with the
 * value it replaces, so the preview shows before and after, the session records both, and {@link Undo} puts every
 * changed value back. Schannel reads these values when it starts: they take effect after a restart.
 */
public final class EnableTls12Fix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        Reading<TlsSettings> reading = context.target().tlsSettings(context.monitor());
        if (reading.kind() != Reading.Kind.VALUE) {
            return new FixPreview("enable TLS 1.2 and the cipher suites Microsoft 365 requires", List.of(),
                    List.of(new FixPreview.Precondition("the TLS settings can be read", false, reading.message())));
        }
        List<TargetAction> actions = changes(reading.value());
        if (actions.isEmpty()) {
            return new FixPreview("TLS 1.2 and the required cipher suites are already enabled", List.of(),
                    List.of(new FixPreview.Precondition("a TLS setting disables TLS 1.2 or the required cipher suites",
                            false, "nothing to change")));
        }
        return new FixPreview("enable TLS 1.2 for Windows' clients and put the cipher suites Microsoft 365 requires "
                + "first (" + actions.size() + " registry value" + (actions.size() == 1 ? "" : "s")
                + "; takes effect after a restart; undone by restoring the recorded values)", actions, List.of());
    }

    /** The registry values to change, each with the value it replaces. */
    static List<TargetAction> changes(TlsSettings tls) {
        List<TargetAction> actions = new ArrayList<>();
        tls.protocol("TLS 1.2").ifPresent(protocol -> {
            if (protocol.enabled() != null && protocol.enabled() == 0) {
                actions.add(new SetRegistryValue(protocol.clientKey(), "Enabled", "REG_DWORD", "0", "1"));
            }
            if (protocol.disabledByDefault() != null && protocol.disabledByDefault() == 1) {
                actions.add(new SetRegistryValue(protocol.clientKey(), "DisabledByDefault", "REG_DWORD", "1", "0"));
            }
        });
        if (tls.winHttpLacksTls12()) {
            long before = tls.winHttpDefaultSecureProtocols() & 0xFFFFFFFFL;
            actions.add(new SetRegistryValue(TlsSettings.WINHTTP_KEY, "DefaultSecureProtocols", "REG_DWORD",
                    Long.toString(before), Long.toString(before | TlsSettings.WINHTTP_TLS12)));
        }
        List<String> order = null;
        if (tls.cipherSuiteOrderPolicy() != null && !tls.requiredSuitesMissingFromPolicy().isEmpty()) {
            order = tls.cipherSuiteOrderPolicy();
        } else if (tls.cipherSuiteOrderPolicy() == null && tls.cipherSuites() != null
                && tls.requiredSuitesEnabled().isEmpty()) {
            order = tls.cipherSuites().stream().map(TlsSettings.CipherSuite::name).toList();
        }
        if (order != null) {
            LinkedHashSet<String> functions = new LinkedHashSet<>(TlsSettings.REQUIRED_CIPHER_SUITES);
            order.forEach(suite -> functions.add(suite.strip().toUpperCase(Locale.ROOT)));
            actions.add(new SetRegistryValue(TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY,
                    TlsSettings.CIPHER_SUITE_ORDER_POLICY_VALUE, "REG_SZ", tls.cipherSuiteOrderPolicy() == null ? null
                            : String.join(",", tls.cipherSuiteOrderPolicy()), String.join(",", functions)));
        }
        return actions;
    }

    /**
     * What puts back every value an applied attempt of this fix changed, the last change first: each recorded change
     * that succeeded, reversed ({@link Undo#run} carries it out and records it in the session).
     */
    public static List<TargetAction> undo(FixAttempt attempt) {
        return Undo.actions(attempt);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(TlsSettingsProbe.ID);
    }
}
