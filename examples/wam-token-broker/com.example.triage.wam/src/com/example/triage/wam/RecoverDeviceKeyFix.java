package com.example.triage.wam;

import java.util.List;
import java.util.Locale;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;

/**
 * Recovers a Microsoft Entra joined device whose private key is lost: {@code dsregcmd /forcerecovery} (run as an
 * administrator) opens a sign-in dialog, the user signs in, and Windows registers the device anew with a new key;
 * signing out and in again completes the recovery. This is Microsoft's documented step for Entra joined devices; a
 * hybrid joined device recovers at the next sign-in by itself, and dsregcmd refuses /forcerecovery on a device that
 * is not Entra joined, so the fix skips itself there.
 */
public final class RecoverDeviceKeyFix implements Fix {

    static final TargetAction.RunCommand FORCE_RECOVERY = new TargetAction.RunCommand("dsregcmd",
            List.of("/forcerecovery"), "Register the device anew with Entra ID (sign in when the dialog asks, then sign"
                    + " out and in again)", true);

    @Override
    public FixPreview preview(FixContext context) {
        Reading<DeviceRegistration> registration = context.target().registration(context.monitor());
        boolean entraJoined = registration.optionalValue().map(r -> yes(r, "AzureAdJoined")).orElse(false);
        boolean domainJoined = registration.optionalValue().map(r -> yes(r, "DomainJoined")).orElse(false);
        FixPreview.Precondition entraJoinedOnly = new FixPreview.Precondition(
                "the device is Microsoft Entra joined and not domain joined (a hybrid joined device recovers at the"
                        + " next sign-in by itself)",
                entraJoined && !domainJoined,
                registration.optionalValue().isEmpty() ? "the registration could not be read: " + registration.message()
                        : "AzureAdJoined : " + (entraJoined ? "YES" : "NO") + ", DomainJoined : "
                                + (domainJoined ? "YES" : "NO"));
        return new FixPreview("register the device anew with Entra ID so that it gets a new key; the user signs in"
                + " once in the dialog that opens, then signs out and in again", List.of(FORCE_RECOVERY),
                List.of(entraJoinedOnly));
    }

    private static boolean yes(DeviceRegistration registration, String field) {
        return registration.field(field).orElse("").strip().toUpperCase(Locale.ROOT).equals("YES");
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID);
    }
}
