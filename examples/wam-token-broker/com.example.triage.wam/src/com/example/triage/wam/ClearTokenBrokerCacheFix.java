package com.example.triage.wam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;

/**
 * Clears the Web Account Manager's token broker cache, which keeps Office signing in with tokens from
 * before a password change (OneDrive 0x8004de40, Outlook asking for the password in a loop). Office and
 * Teams hold the cache open, so they are asked to close first; Windows re-creates the folders' content at the
 * next sign-in. Like every fix it only names target actions: the console carries them out on a live
 * workstation, simulates them on the demo one and hands them to the user as steps for a snapshot.
 */
public final class ClearTokenBrokerCacheFix implements Fix {

    static final String BROKER_PACKAGE = "%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy";
    static final String ACCOUNTS = BROKER_PACKAGE + "\\AC\\TokenBroker\\Accounts";
    static final String LOCAL_STATE = BROKER_PACKAGE + "\\LocalState";

    /** The applications that hold the token broker's files open while they run. */
    static final List<TargetAction.CloseApplication> BROKER_CLIENTS = List.of(
            new TargetAction.CloseApplication("WINWORD.EXE", "Word"),
            new TargetAction.CloseApplication("EXCEL.EXE", "Excel"),
            new TargetAction.CloseApplication("POWERPNT.EXE", "PowerPoint"),
            new TargetAction.CloseApplication("OUTLOOK.EXE", "Outlook"),
            new TargetAction.CloseApplication("ONENOTE.EXE", "OneNote"),
            new TargetAction.CloseApplication("MS-TEAMS.EXE", "Teams"));

    @Override
    public FixPreview preview(FixContext context) {
        Reading<DeviceRegistration> registration = context.target().registration(context.monitor());
        String joined = registration.optionalValue().map(ClearTokenBrokerCacheFix::joinState).orElse(null);
        FixPreview.Precondition usesTheBroker = new FixPreview.Precondition(
                "the device signs in to Entra ID through the token broker (Entra joined or registered)",
                joined != null, joined != null ? joined
                        : registration.optionalValue().isPresent() ? "neither Entra joined nor registered"
                                : "the registration could not be read: " + registration.message());

        List<TargetAction> actions = new ArrayList<>(BROKER_CLIENTS);
        actions.add(new TargetAction.ClearFolder(ACCOUNTS, "Forget the token broker's cached accounts"));
        actions.add(new TargetAction.ClearFolder(LOCAL_STATE, "Forget the token broker's cached state"));
        return new FixPreview("close Office and Teams, then clear the token broker's cached accounts and state;"
                + " Office asks for the new password once", actions, List.of(usesTheBroker));
    }

    /** "AzureAdJoined" or "WorkplaceJoined" where dsregcmd says YES to it; null where neither. */
    private static String joinState(DeviceRegistration registration) {
        for (String field : List.of("AzureAdJoined", "WorkplaceJoined")) {
            String value = registration.field(field).orElse("");
            if (value.strip().toUpperCase(Locale.ROOT).equals("YES")) {
                return field + " : YES";
            }
        }
        return null;
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID, CachedCredentialsProbe.ID);
    }
}
