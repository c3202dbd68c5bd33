package org.triage.core.probe;

import java.util.Locale;
import java.util.regex.Pattern;

import org.triage.core.target.CachedCredential;

/**
 * Which cached credentials belong to Microsoft 365 sign-in: the OneDrive, MicrosoftOffice*, Microsoft
 * ADAL and "OneDrive Cached Credential" entries that go stale when the password changes.
 */
public final class Microsoft365Credentials {

    private static final Pattern ADAL = Pattern.compile("(^|[:_\\-\\s])adal([:_\\-\\s]|$)");

    private Microsoft365Credentials() {
    }

    public static boolean matches(CachedCredential credential) {
        return matches(credential.targetName());
    }

    public static boolean matches(String targetName) {
        if (targetName == null) {
            return false;
        }
        String name = targetName.toLowerCase(Locale.ROOT);
        return name.startsWith("microsoftoffice") || name.startsWith("onedrive")
                || name.startsWith("microsoft_oc") || ADAL.matcher(name).find();
    }
}
