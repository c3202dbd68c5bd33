package org.triage.fixes.m365;

import java.util.ArrayList;
import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.TokenBrokerEventsProbe;
import org.triage.core.target.TargetAction;

/**
 * Clears the Web Account Manager token broker's cached accounts and state (Microsoft.AAD.BrokerPlugin's
 * {@code AC\TokenBroker\Accounts} and {@code LocalState} in the user's profile): the tokens issued before a password
 * change that Entra ID revoked (AADSTS50173), or a broker state that fails every request (repeated 1098
 * {@code 0xCAA5001C}). Office and Teams hold the files open, so they are asked to close first; Windows fills the
 * folders again at the next sign-in, which the user does once with the current password. It belongs to the product
 * because the broker's own evidence (the AAD Operational log) is the product's: the rules that read it name causes
 * this fix addresses.
 */
public final class ClearTokenBrokerCacheFix implements Fix {

    @Override
    public FixPreview preview(FixContext context) {
        List<TargetAction> actions = new ArrayList<>(TokenBrokerPackage.CLIENTS);
        actions.add(new TargetAction.ClearFolder(TokenBrokerPackage.ACCOUNTS, "Forget the token broker's cached accounts"));
        actions.add(new TargetAction.ClearFolder(TokenBrokerPackage.LOCAL_STATE, "Forget the token broker's cached state"));
        return new FixPreview("close Office and Teams, then clear the token broker's cached accounts and state; the"
                + " user signs in to Office once more", actions, List.of(TokenBrokerPackage.usesTheBroker(context)));
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID, TokenBrokerEventsProbe.ID);
    }
}
