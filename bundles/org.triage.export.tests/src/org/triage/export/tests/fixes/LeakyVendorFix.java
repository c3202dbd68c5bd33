package org.triage.export.tests.fixes;

import java.util.List;

import org.triage.core.fix.Fix;
import org.triage.core.fix.FixContext;
import org.triage.core.fix.FixFailedException;
import org.triage.core.fix.FixPreview;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.target.ActionResult;
import org.triage.core.target.TargetAction;
import org.triage.export.tests.Secrets;

/** Puts a JWT and a password everywhere a fix can: its preview, its log, the commands it has the target run. */
public final class LeakyVendorFix implements Fix {

    public static final String CAUSE = "vendor-leak";

    @Override
    public FixPreview preview(FixContext context) {
        return new FixPreview("re-enrol the agent with token=" + Secrets.JWT, List.of(enrol(), storeCredential()),
                List.of(new FixPreview.Precondition("the vendor API accepts the token", true,
                        "checked with Authorization: Bearer " + Secrets.JWT)));
    }

    private static TargetAction enrol() {
        return new TargetAction.RunCommand("vendorctl", List.of("enrol", "--password", Secrets.PASSWORD,
                "--token=" + Secrets.JWT), "re-enrol the VPN agent", false);
    }

    private static TargetAction storeCredential() {
        return new TargetAction.RunCommand("cmdkey", List.of("/add:vpn.contoso.com", "/user:alex",
                "/pass:" + Secrets.PASSWORD), "store the VPN credential", false);
    }

    @Override
    public void apply(FixContext context, FixPreview confirmed) throws Exception {
        context.log("signing in to the vendor API with Authorization: Bearer " + Secrets.JWT);
        context.log("agent config: {\"user\":\"alex@contoso.com\",\"password\":\"" + Secrets.PASSWORD
                + "\",\"refresh_token\":\"" + Secrets.REFRESH_TOKEN + "\"}");
        for (TargetAction action : confirmed.actions()) {
            ActionResult result = context.perform(action);
            if (!result.succeeded()) {
                throw new FixFailedException(action.description() + " failed with password=" + Secrets.PASSWORD);
            }
        }
        context.log("done; session cookie ESTSAUTHPERSISTENT=" + Secrets.COOKIE);
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(CachedCredentialsProbe.ID);
    }
}
