package com.example.triage.wam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.rules.FindingDraft;
import org.triage.core.rules.Rule;
import org.triage.core.session.Facts;
import org.triage.model.Observation;
import org.triage.model.Severity;
import org.triage.model.Symptom;

/**
 * The device's private key is gone (a cleared TPM, a replaced system board): the device can no longer prove who it
 * is, so Entra ID issues no Primary Refresh Token and every Office app fails to sign in silently. dsregcmd's post-join
 * diagnostics say so: {@code AadRecoveryEnabled : YES} ("the keys stored in the device aren't usable, and the device
 * is marked for recovery") or {@code KeySignTest : FAILED} (only where dsregcmd ran elevated). Only a Microsoft Entra
 * joined device that is not also domain joined is reported: Microsoft documents that a hybrid joined device recovers
 * silently at the next sign-in, while an Entra joined one asks the user to sign in, which {@code dsregcmd
 * /forcerecovery} starts at once (see the README for the sources). The product reads neither field.
 */
public final class DeviceKeyLostRule implements Rule {

    static final String ID = "com.example.triage.wam.device-keys-unusable";
    static final String CAUSE = "com.example.triage.wam.device-key-lost";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<FindingDraft> evaluate(Map<String, Observation> latest, Symptom symptom) {
        Observation registration = latest.get(DeviceRegistrationProbe.ID);
        if (registration == null || !yes(registration, "AzureAdJoined") || yes(registration, "DomainJoined")) {
            return List.of();
        }
        List<String> evidence = new ArrayList<>();
        if (yes(registration, "AadRecoveryEnabled")) {
            evidence.add("AadRecoveryEnabled : YES (the device's keys are not usable and the device is marked for"
                    + " recovery)");
        }
        text(registration, "KeySignTest").filter(test -> test.toUpperCase(Locale.ROOT).startsWith("FAIL"))
                .ifPresent(test -> evidence.add("KeySignTest : " + test + " (the device key cannot sign)"));
        if (evidence.isEmpty()) {
            return List.of();
        }
        String tpm = text(registration, "TpmProtected").filter(value -> value.equalsIgnoreCase("YES"))
                .map(value -> " The key was kept in the TPM (TpmProtected : YES): a cleared TPM or a replaced system"
                        + " board takes it.")
                .orElse("");
        return List.of(new FindingDraft(CAUSE, Severity.ERROR, "the Entra joined device's private key is lost: "
                + String.join("; ", evidence) + ". Without it the device cannot prove itself to Entra ID, which issues"
                + " no Primary Refresh Token." + tpm, ID, List.of(registration)));
    }

    private static boolean yes(Observation registration, String field) {
        return text(registration, field).filter(value -> value.equalsIgnoreCase("YES")).isPresent();
    }

    private static Optional<String> text(Observation registration, String field) {
        return Facts.textOf(registration, field).map(String::strip);
    }
}
