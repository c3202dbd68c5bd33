package org.triage.platform.linux;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.ActionResult;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Evidence;
import org.triage.core.target.Ipv4Prefix;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.core.target.VpnConnection;
import org.triage.net.CatalogueException;
import org.triage.net.EndpointCatalogue;
import org.triage.net.EndpointSuite;
import org.triage.net.HostResolver;
import org.triage.net.ProbeTimeouts;
import org.triage.net.Proxies;
import org.triage.platform.linux.IpJson.Link;

/**
 * This Linux machine (or one of its network namespaces) as a target: routes, interfaces, DNS and VPN state
 * from iproute2, resolv.conf, systemd-resolved, NetworkManager and WireGuard; the proxy from the
 * environment; the endpoint tests of org.triage.net. What only Windows has (Credential Manager, dsregcmd)
 * is answered as unsupported, with the reason.
 */
public final class LinuxTarget implements Target {

    public static final String KIND = "local";

    /** A system property or environment variable naming an endpoint catalogue file or URL to use. */
    public static final String CATALOGUE_PROPERTY = "triage.endpoints.catalogue";
    public static final String CATALOGUE_VARIABLE = "TRIAGE_ENDPOINT_CATALOGUE";

    private static final String WINDOWS_ONLY = "only on Windows";

    /**
     * What the target takes from its surroundings: the environment and system properties (proxy,
     * catalogue), how endpoint names resolve and how long each endpoint test step may take.
     */
    public record Configuration(Map<String, String> environment, Properties systemProperties, HostResolver resolver,
            ProbeTimeouts timeouts) {

        public static Configuration ofThisProcess() {
            return new Configuration(System.getenv(), System.getProperties(), HostResolver.SYSTEM,
                    ProbeTimeouts.STANDARD);
        }

        /** The catalogue file or URL the operator named, if any. */
        public Optional<String> catalogue() {
            String location = systemProperties.getProperty(CATALOGUE_PROPERTY, environment.get(CATALOGUE_VARIABLE));
            return location == null || location.isBlank() ? Optional.empty() : Optional.of(location.trim());
        }
    }

    private final LinuxHost host;
    private final Configuration configuration;
    private final TargetInfo info;
    private EndpointCatalogue catalogue;
    private String catalogueProblem;

    public LinuxTarget(LinuxHost host, Configuration configuration, IProgressMonitor monitor) {
        this.host = host;
        this.configuration = configuration;
        this.info = new TargetInfo(KIND, host.namespace().map(name -> "netns:" + name).orElse(""),
                hostname(monitor), operatingSystem(monitor), System.getProperty("user.name"), Instant.now(), false);
    }

    public LinuxHost host() {
        return host;
    }

    @Override
    public TargetInfo info() {
        return info;
    }

    @Override
    public List<String> notes() {
        return host.namespace().map(name -> List.of("readings come from the network namespace " + name
                + " (ip netns exec " + name + ")")).orElse(List.of());
    }

    private String hostname(IProgressMonitor monitor) {
        return host.read("/proc/sys/kernel/hostname", monitor).text().map(String::strip).orElse("localhost");
    }

    private String operatingSystem(IProgressMonitor monitor) {
        String name = host.read("/etc/os-release", monitor).text().flatMap(LinuxTarget::prettyName).orElse("Linux");
        String kernel = host.read("/proc/sys/kernel/osrelease", monitor).text().map(String::strip).orElse(null);
        return kernel == null ? name : name + " (kernel " + kernel + ")";
    }

    private static Optional<String> prettyName(String osRelease) {
        for (String line : osRelease.split("\\R")) {
            if (line.startsWith("PRETTY_NAME=")) {
                return Optional.of(line.substring("PRETTY_NAME=".length()).replaceAll("^\"|\"$", ""));
            }
        }
        return Optional.empty();
    }

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        return Reading.unsupported("Windows Credential Manager exists " + WINDOWS_ONLY + ": this Linux machine holds "
                + "no cached OneDrive or Office credentials to read");
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        return Reading.unsupported("device registration is read from dsregcmd /status, which exists " + WINDOWS_ONLY
                + "; an Entra registration of this Linux machine (Intune's identity broker) is not read");
    }

    /** Output of a command with the reading it failed to give, where it failed. */
    private <T> Optional<Reading<T>> failure(CommandResult result, String what) {
        if (result.succeeded()) {
            return Optional.empty();
        }
        String reason = result.notFound() ? result.command().get(0) + " is not installed (iproute2)"
                : result.failure();
        return Optional.of(Reading.failed("cannot read the " + what + ": " + reason, List.of(result.evidence())));
    }

    private static <T> Reading<T> unreadable(String what, IllegalArgumentException e, List<Evidence> evidence) {
        return Reading.failed("cannot read the " + what + ": " + e.getMessage(), evidence);
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        List<Evidence> evidence = new ArrayList<>();
        CommandResult table = host.run(monitor, "ip", "-j", "-4", "route", "show", "table", "main");
        evidence.add(table.evidence());
        Optional<Reading<List<Route>>> failed = failure(table, "routes");
        if (failed.isPresent()) {
            return failed.get();
        }
        CommandResult addresses = host.run(monitor, "ip", "-j", "-d", "addr", "show");
        evidence.add(addresses.evidence());
        try {
            List<Link> links = addresses.succeeded() ? IpJson.links(addresses.stdout()) : List.of();
            IpJson.Routes routes = IpJson.routes(table.stdout(), indexes(links));
            List<String> problems = new ArrayList<>(routes.problems());
            problems.addAll(policyRouting(routes.routes(), links, evidence, monitor));
            return Reading.of(routes.routes(), evidence, problems);
        } catch (IllegalArgumentException e) {
            return unreadable("routes", e, evidence);
        }
    }

    /**
     * The main table is not the whole story where policy rules send traffic elsewhere (wg-quick's full
     * tunnel, VPN clients with their own tables): for each Entra ID range, the kernel's own choice is
     * compared with the main table's, and a difference is a problem of the reading.
     */
    private List<String> policyRouting(List<Route> routes, List<Link> links, List<Evidence> evidence,
            IProgressMonitor monitor) {
        CommandResult ruleList = host.run(monitor, "ip", "-j", "-4", "rule", "show");
        if (!ruleList.succeeded()) {
            return List.of();
        }
        List<IpJson.Rule> rules = IpJson.rules(ruleList.stdout());
        List<IpJson.Rule> extra = rules.stream().filter(rule -> !rule.standard()).toList();
        if (extra.isEmpty()) {
            return List.of();
        }
        evidence.add(ruleList.evidence());
        List<String> problems = new ArrayList<>();
        Set<String> tunnels = LinuxNetwork.tunnels(links, Map.of());
        for (Ipv4Prefix range : Ipv4Prefix.ENTRA_ID) {
            String probe = dotted(range.network() + 1);
            CommandResult get = host.run(monitor, "ip", "-j", "-4", "route", "get", probe);
            evidence.add(get.evidence());
            if (!get.succeeded()) {
                continue;
            }
            String kernel = IpJson.routeGetDevice(get.stdout());
            String table = Ipv4Prefix.selectRoute(routes, range, route -> tunnels.contains(route.interfaceAlias()))
                    .map(choice -> choice.route().interfaceAlias()).orElse(null);
            if (kernel != null && !kernel.equals(table)) {
                problems.add("policy routing: the kernel sends " + range + " (e.g. " + probe + ") through " + kernel
                        + ", not " + (table == null ? "nowhere" : "through " + table)
                        + " as the main table says; rules: " + String.join("; ", extra.stream()
                                .map(rule -> rule.priority() + ": " + rule.selector() + " lookup " + rule.table())
                                .toList()));
            }
        }
        return problems;
    }

    private static String dotted(int address) {
        return ((address >>> 24) & 255) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "."
                + (address & 255);
    }

    private static Map<String, Integer> indexes(List<Link> links) {
        Map<String, Integer> indexes = new LinkedHashMap<>();
        links.forEach(link -> indexes.put(link.name(), link.index()));
        return indexes;
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CommandResult addresses = host.run(monitor, "ip", "-j", "-d", "addr", "show");
        evidence.add(addresses.evidence());
        Optional<Reading<List<NetworkAdapter>>> failed = failure(addresses, "network interfaces");
        if (failed.isPresent()) {
            return failed.get();
        }
        try {
            List<Link> links = IpJson.links(addresses.stdout());
            List<Route> routes = mainRoutes(links, evidence, problems, monitor);
            LinuxHost.FileText resolvFile = host.read("/etc/resolv.conf", monitor);
            evidence.add(resolvFile.evidence());
            ResolvConf resolvConf = resolvFile.text().map(ResolvConf::parse).orElse(null);
            if (resolvConf == null) {
                problems.add(resolvFile.problem());
            }
            ResolvectlStatus resolved = null;
            if (resolvConf == null || resolvConf.usesResolvedStub()) {
                CommandResult status = host.run(monitor, "resolvectl", "status");
                evidence.add(status.evidence());
                resolved = status.succeeded() ? ResolvectlStatus.parse(status.stdout()) : null;
            }
            Map<String, String> vpnNames = new LinkedHashMap<>();
            managedVpns(evidence, problems, monitor).stream().filter(vpn -> vpn.ipInterface() != null)
                    .forEach(vpn -> vpnNames.put(vpn.ipInterface(), vpn.connection().name()));
            LinuxNetwork.Adapters adapters = LinuxNetwork.adapters(links, routes, resolvConf, resolved, vpnNames);
            problems.addAll(adapters.problems());
            return Reading.of(adapters.adapters(), evidence, problems);
        } catch (IllegalArgumentException e) {
            return unreadable("network interfaces", e, evidence);
        }
    }

    /** The main table's routes for reasoning about adapters and tunnels; a failure is a problem, not an end. */
    private List<Route> mainRoutes(List<Link> links, List<Evidence> evidence, List<String> problems,
            IProgressMonitor monitor) {
        CommandResult table = host.run(monitor, "ip", "-j", "-4", "route", "show", "table", "main");
        evidence.add(table.evidence());
        if (!table.succeeded()) {
            problems.add("the routes could not be read: " + table.failure());
            return List.of();
        }
        IpJson.Routes routes = IpJson.routes(table.stdout(), indexes(links));
        problems.addAll(routes.problems());
        return routes.routes();
    }

    /** NetworkManager's VPN and WireGuard profiles; none where NetworkManager is not installed. */
    private List<LinuxNetwork.ManagedVpn> managedVpns(List<Evidence> evidence, List<String> problems,
            IProgressMonitor monitor) {
        CommandResult list = host.run(monitor, "nmcli", "-t", "-f", Nmcli.CONNECTION_FIELDS, "connection", "show");
        evidence.add(list.evidence());
        if (list.notFound()) {
            return List.of();
        }
        if (!list.succeeded()) {
            problems.add("NetworkManager's profiles could not be read: " + list.failure());
            return List.of();
        }
        List<LinuxNetwork.ManagedVpn> vpns = new ArrayList<>();
        for (Nmcli.Connection connection : Nmcli.connections(list.stdout())) {
            if (!connection.vpn()) {
                continue;
            }
            String fields = "vpn".equals(connection.type()) ? Nmcli.VPN_SETTINGS
                    : "connection.id,connection.type,connection.permissions,ipv4.never-default";
            CommandResult settings = host.run(monitor, "nmcli", "-t", "-f", fields, "connection", "show", "uuid",
                    connection.uuid());
            evidence.add(settings.evidence());
            String ipInterface = null;
            if (connection.active()) {
                CommandResult active = host.run(monitor, "nmcli", "-t", "-f", "GENERAL.IP-IFACE", "connection", "show",
                        "uuid", connection.uuid());
                evidence.add(active.evidence());
                ipInterface = Nmcli.settings(active.stdout()).get("GENERAL.IP-IFACE");
                ipInterface = ipInterface == null || ipInterface.isBlank() ? null : ipInterface;
            }
            if (!settings.succeeded()) {
                problems.add("the settings of '" + connection.name() + "' could not be read: " + settings.failure());
            }
            vpns.add(new LinuxNetwork.ManagedVpn(connection, Nmcli.settings(settings.stdout()), ipInterface));
        }
        return vpns;
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        List<Evidence> evidence = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CommandResult addresses = host.run(monitor, "ip", "-j", "-d", "addr", "show");
        evidence.add(addresses.evidence());
        Optional<Reading<List<VpnConnection>>> failed = failure(addresses, "VPN connections");
        if (failed.isPresent()) {
            return failed.get();
        }
        try {
            List<Link> links = IpJson.links(addresses.stdout());
            List<Route> routes = mainRoutes(links, evidence, problems, monitor);
            List<LinuxNetwork.ManagedVpn> managed = managedVpns(evidence, problems, monitor);
            WireGuard wireGuard = WireGuard.NONE;
            if (links.stream().anyMatch(link -> "wireguard".equals(link.kind()))) {
                CommandResult endpoints = host.run(monitor, "wg", "show", "all", "endpoints");
                CommandResult allowedIps = host.run(monitor, "wg", "show", "all", "allowed-ips");
                evidence.add(endpoints.evidence());
                evidence.add(allowedIps.evidence());
                if (endpoints.succeeded() && allowedIps.succeeded()) {
                    wireGuard = WireGuard.parse(endpoints.stdout(), allowedIps.stdout());
                }
            }
            return Reading.of(LinuxNetwork.vpnConnections(links, routes, managed, wireGuard), evidence, problems);
        } catch (IllegalArgumentException e) {
            return unreadable("VPN connections", e, evidence);
        }
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        ProxySettings settings = proxySettings();
        StringBuilder content = new StringBuilder();
        for (String property : List.of("https.proxyHost", "https.proxyPort", "http.proxyHost", "http.proxyPort",
                "http.nonProxyHosts")) {
            String value = configuration.systemProperties().getProperty(property);
            if (value != null) {
                content.append("-D").append(property).append('=').append(value).append('\n');
            }
        }
        Proxies.environmentProxies(configuration.environment()).forEach((name, value) -> content.append(name)
                .append('=').append(Proxies.redact(value)).append('\n'));
        if (content.isEmpty()) {
            content.append("(no proxy variables or properties are set)\n");
        }
        return Reading.of(settings, new Evidence("the console's environment (https_proxy, http_proxy, all_proxy, "
                + "no_proxy) and Java system properties (https.proxyHost ...), credentials left out", null, "UTF-8",
                null, Instant.now(), content.toString()));
    }

    private ProxySettings proxySettings() {
        return Proxies.fromEnvironment(configuration.environment(), configuration.systemProperties());
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        if (host.namespace().isPresent()) {
            return Reading.unsupported("the endpoint tests run in the console's own network namespace, not in "
                    + host.describe() + "; run the console there to test them (ip netns exec "
                    + host.namespace().get() + " ./triage diagnose --target local)");
        }
        ProxySettings proxy = proxySettings();
        EndpointSuite suite = EndpointSuite.builder().catalogue(catalogue(proxy)).resolver(configuration.resolver())
                .timeouts(configuration.timeouts()).build();
        Reading<List<EndpointCheck>> reading = suite.probe(endpoints, proxy, monitor);
        if (catalogueProblem == null || reading.kind() != Reading.Kind.VALUE) {
            return reading;
        }
        List<String> problems = new ArrayList<>(reading.problems());
        problems.add(0, catalogueProblem);
        return Reading.of(reading.value(), reading.evidence(), problems);
    }

    /** The operator's catalogue where one is named and readable, else the built-in one (and why). */
    private EndpointCatalogue catalogue(ProxySettings proxy) {
        if (catalogue == null) {
            Optional<String> location = configuration.catalogue();
            catalogue = EndpointCatalogue.builtIn();
            if (location.isPresent()) {
                try {
                    catalogue = EndpointCatalogue.open(location.get(), Duration.ofSeconds(15), proxy);
                } catch (CatalogueException e) {
                    // reported with every endpoint reading, where the operator sees it
                    catalogueProblem = e.getMessage() + "; the built-in catalogue was used";
                }
            }
        }
        return catalogue;
    }

    @Override
    public String whyUnable(TargetAction action) {
        return switch (action) {
            case TargetAction.RemoveCredential remove -> "Windows Credential Manager exists " + WINDOWS_ONLY;
            case TargetAction.ResetOneDrive reset -> "OneDrive for Windows runs " + WINDOWS_ONLY;
            case TargetAction.RestartOneDrive restart -> "OneDrive for Windows runs " + WINDOWS_ONLY;
            case TargetAction.ReregisterDevice reregister -> "dsregcmd device registration exists " + WINDOWS_ONLY;
            case TargetAction.RenewIpAddresses renew -> "the console does not renew DHCP leases on Linux; "
                    + "reconnect the interface in NetworkManager (nmcli device reapply IFACE)";
            case TargetAction.FlushDns flush -> available("resolvectl")
                    ? null : "there is no systemd-resolved cache (resolvectl) to flush on this machine";
            case TargetAction.DisconnectVpn vpn -> vpn.client() == null ? managedVpnUnable(vpn.connectionName())
                    : "only the user can do this: " + vpn.instruction();
            case TargetAction.ConnectVpn vpn -> vpn.client() == null && !vpn.signInAgain()
                    ? managedVpnUnable(vpn.connectionName()) : "only the user can do this: " + vpn.instruction();
            case TargetAction.RunCommand command -> null;
            case TargetAction.EnableDeviceInEntra enable -> "an Entra ID administrator does this in the tenant, not on "
                    + "this machine: handed to the admin";
            case TargetAction.ClearFolder clear -> "the Windows user-profile folders of a vendor fix exist " + WINDOWS_ONLY;
            case TargetAction.CloseApplication close -> "closing a Windows application is done " + WINDOWS_ONLY;
            case TargetAction.SetRegistryValue set -> "the Windows registry exists " + WINDOWS_ONLY;
            case TargetAction.ResyncClock resync -> "the console does not set the clock on Linux; "
                    + "check the time service (timedatectl status, chronyc tracking)";
        };
    }

    private String managedVpnUnable(String name) {
        CommandResult list = host.run(null, "nmcli", "-t", "-f", Nmcli.CONNECTION_FIELDS, "connection", "show");
        if (list.notFound()) {
            return "NetworkManager (nmcli) is not installed: use the VPN client of '" + name + "' itself";
        }
        boolean known = list.succeeded() && Nmcli.connections(list.stdout()).stream()
                .anyMatch(connection -> connection.vpn() && connection.name().equals(name));
        return known ? null : "NetworkManager has no VPN profile named '" + name + "'";
    }

    private boolean available(String program) {
        return !host.run(null, program, "--version").notFound();
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        String unable = whyUnable(action);
        if (unable != null) {
            return ActionResult.failed(unable, action.command());
        }
        return switch (action) {
            case TargetAction.FlushDns flush -> carriedOut(host.run(monitor, "resolvectl", "flush-caches"),
                    result -> "DNS cache of systemd-resolved flushed");
            case TargetAction.DisconnectVpn vpn -> carriedOut(host.run(monitor, "nmcli", "connection", "down", "id",
                    vpn.connectionName()), result -> "disconnected");
            case TargetAction.ConnectVpn vpn -> carriedOut(host.run(monitor, "nmcli", "connection", "up", "id",
                    vpn.connectionName()), result -> "connected");
            case TargetAction.RunCommand command -> {
                List<String> line = new ArrayList<>(List.of(command.executable()));
                line.addAll(command.arguments());
                yield carriedOut(host.run(monitor, line.toArray(String[]::new)), result -> "ran");
            }
            default -> ActionResult.failed("not carried out on Linux", action.command());
        };
    }

    private static ActionResult carriedOut(CommandResult result, Function<CommandResult, String> summary) {
        String output = result.stdout() + (result.stderr().isEmpty() ? "" : result.stderr());
        return new ActionResult(result.succeeded(), result.succeeded() ? summary.apply(result) : result.failure(),
                result.commandLine(), result.exitCode(), output);
    }
}
