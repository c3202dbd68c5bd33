package org.triage.platform.windows;

import java.util.List;

import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;
import org.triage.platform.windows.target.ProcessCommandRunner;
import org.triage.platform.windows.target.WindowsTarget;

/** Opens {@code local}: this Windows PC, read through the Credential API and the Windows tools. */
public final class LocalWindowsTargetProvider implements TargetProvider {

    @Override
    public String kind() {
        return WindowsTarget.KIND;
    }

    @Override
    public String usage() {
        return "local                       this Windows PC (elevated: also ipconfig /release and dsregcmd /leave)";
    }

    @Override
    public List<String> suggestions() {
        return List.of();
    }

    @Override
    public Target open(String location) throws TargetException {
        if (location != null && !location.isBlank()) {
            throw new TargetException("local takes no location; to inspect another PC, collect a snapshot there");
        }
        try {
            // The endpoint tester (the last argument) is where org.triage.net's probe suite is handed in.
            return new WindowsTarget(new NativeWindowsHost(), new ProcessCommandRunner(),
                    new NativeCredentialStore(CredentialApi.load()), null);
        } catch (LinkageError | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName());
            throw new TargetException("the Windows API cannot be reached through JNA: " + why, e);
        }
    }
}
