package org.triage.fixes.m365;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;

/** What the token broker's fixes share: its package, the apps that hold it open, and whether the device uses it. */
final class TokenBrokerPackage {

    static final String PACKAGE_FAMILY = "Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy";
    static final String USER_FOLDER = "%LOCALAPPDATA%\\Packages\\" + PACKAGE_FAMILY;
    static final String ACCOUNTS = USER_FOLDER + "\\AC\\TokenBroker\\Accounts";
    static final String LOCAL_STATE = USER_FOLDER + "\\LocalState";

    /** The applications that ask the broker for tokens and hold its files open while they run. */
    static final List<TargetAction.CloseApplication> CLIENTS = List.of(
            new TargetAction.CloseApplication("WINWORD.EXE", "Word"),
            new TargetAction.CloseApplication("EXCEL.EXE", "Excel"),
            new TargetAction.CloseApplication("POWERPNT.EXE", "PowerPoint"),
            new TargetAction.CloseApplication("OUTLOOK.EXE", "Outlook"),
            new TargetAction.CloseApplication("ONENOTE.EXE", "OneNote"),
            new TargetAction.CloseApplication("MS-TEAMS.EXE", "Teams"));

    private TokenBrokerPackage() {
    }

    /** The device signs in to Entra ID through the broker only where it is Entra joined or registered. */
    static FixPreview.Precondition usesTheBroker(FixContext context) {
        Reading<DeviceRegistration> registration = context.target().registration(context.monitor());
        Optional<String> joined = registration.optionalValue().flatMap(TokenBrokerPackage::joinState);
        return new FixPreview.Precondition(
                "the device signs in to Entra ID through the token broker (Entra joined or registered)",
                joined.isPresent(), joined.orElse(registration.optionalValue().isPresent()
                        ? "neither Entra joined nor registered"
                        : "the registration could not be read: " + registration.message()));
    }

    private static Optional<String> joinState(DeviceRegistration registration) {
        for (String field : List.of("AzureAdJoined", "WorkplaceJoined")) {
            if (registration.field(field).orElse("").strip().toUpperCase(Locale.ROOT).equals("YES")) {
                return Optional.of(field + " : YES");
            }
        }
        return Optional.empty();
    }
}
