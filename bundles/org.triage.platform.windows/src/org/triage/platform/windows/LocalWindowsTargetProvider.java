package org.triage.platform.windows;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;
import org.triage.platform.windows.target.ProcessCommandRunner;
import org.triage.platform.windows.target.SuiteEndpointTester;
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
            // the endpoint tests go through the proxy WinHTTP names, which the target itself reads
            AtomicReference<WindowsTarget> target = new AtomicReference<>();
            target.set(new WindowsTarget(new NativeWindowsHost(), new ProcessCommandRunner(),
                    new NativeCredentialStore(CredentialApi.load()),
                    SuiteEndpointTester.standard(monitor -> target.get().proxy(monitor))));
            return target.get();
        } catch (LinkageError | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getName());
            throw new TargetException("the Windows API cannot be reached through JNA: " + why, e);
        }
    }
}
