package org.triage.platform.linux;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.core.target.TargetProvider;

/**
 * Opens this Linux machine: {@code local}, or {@code local:netns=NAME} for one of its network namespaces.
 * Registered only on Linux (the bundle is filtered to it).
 */
public final class LinuxTargetProvider implements TargetProvider {

    /** How long one command (ip, nmcli, resolvectl, wg) may run. */
    public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    private static final String NETNS = "netns=";

    @Override
    public String kind() {
        return LinuxTarget.KIND;
    }

    @Override
    public String usage() {
        return "local[:netns=NAME]          this Linux machine (routes, interfaces, DNS, VPN, proxy, live endpoint tests)";
    }

    @Override
    public List<String> suggestions() {
        return List.of();
    }

    @Override
    public Target open(String location) throws TargetException {
        ProcessRunner runner = new ProcessRunner(COMMAND_TIMEOUT);
        String spec = location == null ? "" : location.trim();
        LinuxHost host;
        if (spec.isEmpty()) {
            host = LinuxHost.local(runner);
        } else if (spec.startsWith(NETNS)) {
            try {
                host = LinuxHost.inNamespace(spec.substring(NETNS.length()), runner);
            } catch (IllegalArgumentException e) {
                throw new TargetException(e.getMessage());
            }
            CommandResult check = host.run(null, "true");
            if (!check.succeeded()) {
                throw new TargetException("cannot enter " + host.describe() + ": " + check.failure());
            }
        } else {
            throw new TargetException("'" + spec + "' is not a location of the local target; use local or "
                    + "local:netns=NAME");
        }
        return new LinuxTarget(host, LinuxTarget.Configuration.ofThisProcess(), new NullProgressMonitor());
    }
}
