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
 * Registers the AAD BrokerPlugin package again from the copy Windows keeps in {@code %windir%\SystemApps}, as
 * Microsoft's "Something went wrong [1001]" and "Cannot sign in to Microsoft 365 desktop apps" articles give it:
 * {@code Add-AppxPackage -Register "$env:windir\SystemApps\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\Appxmanifest.xml"
 * -DisableDevelopmentMode -ForceApplicationShutdown}. The manifest's path goes through {@code Join-Path} rather than
 * Microsoft's double quotes, which a Windows command line cannot carry inside one argument unambiguously. The package
 * is registered for the user who runs the command, so it runs in the user's session, not elevated. Office and Teams
 * are asked to close first: {@code -ForceApplicationShutdown} would otherwise end them without asking to save.
 */
public final class ReregisterBrokerPluginFix implements Fix {

    static final String MANIFEST = "SystemApps\\" + TokenBrokerPackage.PACKAGE_FAMILY + "\\Appxmanifest.xml";
    static final String COMMAND = "Add-AppxPackage -Register (Join-Path $env:windir '" + MANIFEST + "')"
            + " -DisableDevelopmentMode -ForceApplicationShutdown";

    @Override
    public FixPreview preview(FixContext context) {
        List<TargetAction> actions = new ArrayList<>(TokenBrokerPackage.CLIENTS);
        actions.add(new TargetAction.RunCommand("powershell.exe", List.of("-NoProfile", "-NonInteractive", "-Command",
                COMMAND), "Register the AAD BrokerPlugin package again from Windows' own copy", false));
        return new FixPreview("close Office and Teams, then register the token broker's package (AAD BrokerPlugin)"
                + " again; accounts and settings are kept", actions, List.of(TokenBrokerPackage.usesTheBroker(context)));
    }

    @Override
    public List<String> verificationProbes() {
        return List.of(DeviceRegistrationProbe.ID, TokenBrokerEventsProbe.ID);
    }
}
