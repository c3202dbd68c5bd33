package org.triage.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.ActionResult;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.ClockReading;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.Evidence;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Reading;
import org.triage.core.target.ReportedProblem;
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.core.target.TlsSettings;
import org.triage.core.target.TokenBrokerEvent;
import org.triage.core.target.VpnConnection;
import org.triage.formats.AadOperationalEventsFormat;
import org.triage.formats.ClockJsonFormat;
import org.triage.formats.RasDialEventsFormat;
import org.triage.formats.TlsSettingsFormat;
import org.triage.formats.W32tmStatusFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.TlsClockReadings;
import org.triage.formats.readings.TokenBrokerReadings;
import org.triage.formats.readings.SnapshotFile;

/**
 * The demo workstation as a target. Every reading comes with the verbatim output the Windows tool would
 * print for the current state, and every action changes that state, so a fix's verification can pass or fail.
 */
public final class DemoTarget implements Target {

    private final DemoWorkstation workstation;
    private final TargetInfo info;

    /** @param location what opens this scenario again: a built-in scenario's name, or its file's path */
    DemoTarget(DemoWorkstation workstation, String location) {
        this.workstation = workstation;
        DemoScenario scenario = workstation.scenario();
        this.info = new TargetInfo("demo", location, scenario.hostname, scenario.os, scenario.user,
                workstation.openedAt(), false);
    }

    public DemoScenario scenario() {
        return workstation.scenario();
    }

    @Override
    public Optional<ReportedProblem> reportedProblem() {
        DemoScenario.Symptom symptom = workstation.scenario().symptom;
        return Optional.of(new ReportedProblem(symptom == null ? null : symptom.code,
                symptom == null ? null : symptom.application, symptom == null ? null : symptom.description,
                workstation.passwordChangedAt()));
    }

    @Override
    public TargetInfo info() {
        return info;
    }

    @Override
    public synchronized Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        List<CachedCredential> credentials = workstation.credentials();
        return Reading.of(credentials, Evidence.ofCommand("cmdkey /list", 0, "UTF-8",
                DemoOutputs.cmdkeyList(credentials)).ofKind(SnapshotFile.CMDKEY_LIST.outputKind()));
    }

    @Override
    public synchronized Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        List<VpnConnection> connections = workstation.vpnConnections();
        Evidence profiles = Evidence.ofCommand(
                "powershell -NoProfile -Command \"Get-VpnConnection | ConvertTo-Json -Depth 4\"", 0, "UTF-8",
                DemoOutputs.vpnConnectionsJson(workstation.windowsProfiles()))
                .ofKind(SnapshotFile.VPN_CONNECTIONS.outputKind());
        if (workstation.vpnSessions().isEmpty()) {
            return Reading.of(connections, profiles);
        }
        Evidence dials = Evidence.ofCommand("powershell -NoProfile -Command \"ConvertTo-Json -InputObject @("
                + RasDialEventsFormat.QUERY + ")\"", 0, "UTF-8", DemoOutputs.vpnDialEventsJson(
                        workstation.executingAccount(), workstation.vpnSessions(), workstation.windowsProfiles()))
                .ofKind(SnapshotFile.VPN_DIAL_EVENTS.outputKind());
        return Reading.of(connections, List.of(profiles, dials), List.of());
    }

    @Override
    public synchronized Reading<List<Route>> routes(IProgressMonitor monitor) {
        List<Route> routes = workstation.routes();
        return Reading.of(routes, Evidence.ofCommand("powershell -NoProfile -Command \"Get-NetRoute -AddressFamily "
                + "IPv4 | Select DestinationPrefix,NextHop,InterfaceAlias,InterfaceIndex,RouteMetric | ConvertTo-Json\"",
                0, "UTF-8", DemoOutputs.routesJson(routes)).ofKind(SnapshotFile.ROUTES.outputKind()));
    }

    @Override
    public synchronized Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        List<NetworkAdapter> adapters = workstation.adapters();
        return Reading.of(adapters, Evidence.ofCommand("ipconfig /all", 0, "UTF-8",
                DemoOutputs.ipconfigAll(workstation.scenario(), workstation.adapterStates()))
                .ofKind(SnapshotFile.IPCONFIG_ALL.outputKind()));
    }

    @Override
    public synchronized Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        ProxySettings proxy = workstation.proxy();
        return Reading.of(proxy, Evidence.ofCommand("netsh winhttp show proxy", 0, "UTF-8",
                DemoOutputs.winhttpProxy(proxy)).ofKind(SnapshotFile.WINHTTP_PROXY.outputKind()));
    }

    /**
     * The AAD Operational log as the collector's query writes it: the scenario's events (verbatim texts of real
     * events) and the failures the workstation wrote since, read back by the same reader as a snapshot's.
     */
    @Override
    public synchronized Reading<List<TokenBrokerEvent>> tokenBrokerEvents(IProgressMonitor monitor) {
        String json = AadOperationalEventsFormat.render(workstation.aadEvents());
        return Reading.of(TokenBrokerReadings.failures(AadOperationalEventsFormat.parse(json)), Evidence.ofCommand(
                "powershell -NoProfile -Command \"ConvertTo-Json -InputObject @(" + AadOperationalEventsFormat.QUERY
                        + ")\"", 0, "UTF-8", json).ofKind(SnapshotFile.AAD_OPERATIONAL_EVENTS.outputKind()));
    }

    /** The settings as the collector's statements would give them, read back through the snapshot's reader. */
    @Override
    public synchronized Reading<TlsSettings> tlsSettings(IProgressMonitor monitor) {
        String json = TlsSettingsFormat.render(workstation.tlsSettings(), null);
        return TlsClockReadings.tlsSettings(new RawOutput("powershell -NoProfile -Command \"ConvertTo-Json -InputObject "
                + "@(" + TlsSettingsFormat.QUERY.replace("\"", "'") + ")\"", null, 0, Instant.now(),
                json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The clock against login.microsoftonline.com's Date header (Microsoft's time is the real time here; the
     * workstation's is off by the scenario's offset), and w32tm's status, read back through the snapshot's readers.
     */
    @Override
    public synchronized Reading<ClockReading> clock(IProgressMonitor monitor) {
        // the Date header has whole seconds; the request takes a round trip of the scenario's latency
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant local = now.plus(workstation.clockOffset());
        DemoScenario.Clock clock = workstation.clock();
        String clockJson = ClockJsonFormat.render(local.atOffset(ZoneOffset.UTC), local,
                local.plusMillis(2 * workstation.scenario().network.latencyMillis), now, null);
        Instant synced = workstation.lastClockSync();
        String lastSync = synced == null ? "unspecified" : W32TM_TIME.format(synced);
        String w32tm = W32tmStatusFormat.render(synced != null && clock.source != null && !clock.source.contains("CMOS"),
                clock.source == null ? "Local CMOS Clock" : clock.source,
                lastSync, 0x14653909L, 0.0);
        return TlsClockReadings.clock(new RawOutput("powershell -NoProfile -Command \"ConvertTo-Json -InputObject @("
                + ClockJsonFormat.QUERY + ")\"", null, 0, now, clockJson.getBytes(StandardCharsets.UTF_8)),
                new RawOutput("w32tm /query /status /verbose", null, 0, now, w32tm.getBytes(StandardCharsets.UTF_8)));
    }

    private static final DateTimeFormatter W32TM_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US)
            .withZone(ZoneOffset.UTC);

    @Override
    public synchronized Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        DeviceRegistration registration = workstation.registration();
        return Reading.of(registration, Evidence.ofCommand("dsregcmd /status", 0, "UTF-8",
                DemoOutputs.dsregcmdStatus(registration)).ofKind(SnapshotFile.DSREGCMD_STATUS.outputKind()));
    }

    @Override
    public synchronized Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        List<EndpointCheck> checks;
        try {
            checks = workstation.endpoints(endpoints);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reading.failed("the endpoint tests were interrupted", List.of());
        }
        return Reading.of(checks, Evidence.ofCommand("Test-NetConnection -Port 443 (simulated)", 0, "UTF-8",
                DemoOutputs.endpointTestsJson(checks)).ofKind(SnapshotFile.ENDPOINT_TESTS.outputKind()));
    }

    @Override
    public String whyUnable(TargetAction action) {
        if (action instanceof TargetAction.DisconnectVpn vpn && !workstation.hasVpn(vpn.connectionName())) {
            return "no VPN connection named '" + vpn.connectionName() + "'";
        }
        if (action instanceof TargetAction.ConnectVpn vpn && !workstation.hasVpn(vpn.connectionName())) {
            return "no VPN connection named '" + vpn.connectionName() + "'";
        }
        return null;
    }

    @Override
    public synchronized ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        String unable = whyUnable(action);
        if (unable != null) {
            return ActionResult.failed(unable, action.command());
        }
        return switch (action) {
            case TargetAction.RemoveCredential remove -> workstation.removeCredential(remove.targetName())
                    ? new ActionResult(true, "removed", action.command(), 0,
                            "CMDKEY: Credential deleted successfully.")
                    : new ActionResult(false, "no such credential", action.command(), 1,
                            "CMDKEY: Element not found.");
            case TargetAction.ResetOneDrive reset -> ActionResult.done("OneDrive reset; it will sync again after sign-in",
                    action.command());
            case TargetAction.RestartOneDrive restart -> {
                workstation.signInAgain();
                yield ActionResult.done("OneDrive restarted and signed in again", action.command());
            }
            case TargetAction.DisconnectVpn vpn -> {
                workstation.setVpnConnected(vpn.connectionName(), false);
                yield action.command() == null ? userStep(action, "disconnected")
                        : new ActionResult(true, "disconnected", action.command(), 0, vpn.client() == null
                                ? "Command completed successfully." : "  >> state: Disconnecting\n"
                                        + "  >> state: Disconnected\n  >> notice: Ready to connect.");
            }
            case TargetAction.ConnectVpn vpn -> connect(vpn);
            case TargetAction.FlushDns flush -> {
                workstation.flushDns();
                yield new ActionResult(true, "DNS cache flushed", action.command(), 0,
                        "Windows IP Configuration\n\nSuccessfully flushed the DNS Resolver Cache.");
            }
            case TargetAction.RenewIpAddresses renew -> new ActionResult(true, "leases renewed", action.command(), 0,
                    "Windows IP Configuration");
            case TargetAction.ReregisterDevice reregister -> {
                workstation.reregisterDevice();
                yield ActionResult.done("work account disconnected and connected again; the device registered anew",
                        action.command());
            }
            case TargetAction.EnableDeviceInEntra enable -> workstation.enableDevice(enable.deviceId())
                    ? new ActionResult(true, "simulated: the Entra ID admin enabled the device object", action.command(),
                            0, "HTTP/1.1 204 No Content")
                    : new ActionResult(false, "no device object " + enable.deviceId() + " in the demo tenant",
                            action.command(), 1, "HTTP/1.1 404 Not Found\n{\"error\":{\"code\":\"Request_ResourceNotFound\"}}");
            case TargetAction.RunCommand command -> {
                if (DemoWorkstation.registersBrokerPackage(command.executable(), command.arguments())) {
                    workstation.registerBrokerPackage();
                    yield new ActionResult(true, "the AAD BrokerPlugin package is registered again", command.command(),
                            0, "");
                }
                yield new ActionResult(true, "simulated: the demo workstation ran it", command.command(), 0, "");
            }
            case TargetAction.ClearFolder clear -> clearFolder(clear);
            case TargetAction.SetRegistryValue set -> {
                String refused = workstation.setRegistryValue(set);
                yield refused == null ? new ActionResult(true, set.description(), set.command(), 0,
                        "The operation completed successfully.") : new ActionResult(false, refused, set.command(), 1,
                                "ERROR: " + refused);
            }
            case TargetAction.ResyncClock resync -> workstation.resyncClock()
                    ? new ActionResult(true, "the clock was resynchronised with " + workstation.clock().source,
                            resync.command(), 0, "Sending resync command to local computer\nThe command completed "
                                    + "successfully.")
                    : new ActionResult(false, "the time service has no time data to resynchronise with (its source is "
                            + workstation.clock().source + ")", resync.command(), 1, "Sending resync command to local "
                                    + "computer\nThe computer did not resync because no time data was available.");
            case TargetAction.CloseApplication close -> workstation.closeApplication(close.imageName())
                    ? new ActionResult(true, "closed", action.command(), 0, "SUCCESS: Sent termination signal to the "
                            + "process \"" + close.imageName() + "\" with PID " + pid(close.imageName()) + ".")
                    : new ActionResult(true, "was not running", action.command(), 128,
                            "ERROR: The process \"" + close.imageName() + "\" not found.");
        };
    }

    /**
     * rasdial with a remembered password from before the change fails as the gateway refuses it (error 691); the
     * user, signing in with the new password, connects and the profile remembers the new one.
     */
    private ActionResult connect(TargetAction.ConnectVpn vpn) {
        String name = vpn.connectionName();
        if (vpn.command() != null && workstation.remembersOldPassword(name)) {
            return new ActionResult(false, "the VPN dialled with the remembered old password", vpn.command(), 691,
                    "Connecting to " + name + "...\nVerifying username and password...\nRemote Access error 691 - The "
                            + "remote connection was denied because the user name and password combination you "
                            + "provided is not recognized, or the selected authentication protocol is not permitted on "
                            + "the remote access server.");
        }
        workstation.setVpnConnected(name, true);
        if (vpn.command() == null) {
            workstation.rememberCurrentPassword(name);
            return userStep(vpn, "connected" + (vpn.signInAgain() ? " with the new password" : ""));
        }
        return new ActionResult(true, "connected", vpn.command(), 0, "Connecting to " + name + "...\nVerifying "
                + "username and password...\nRegistering your computer on the network...\nSuccessfully connected to "
                + name + ".\nCommand completed successfully.");
    }

    /** A step only the user can take: the demo workstation's simulated user follows the instruction. */
    private static ActionResult userStep(TargetAction action, String outcome) {
        return new ActionResult(true, "simulated user step, " + outcome + ": " + action.instruction(), null, 0, "");
    }

    private ActionResult clearFolder(TargetAction.ClearFolder clear) {
        DemoWorkstation.Cleared cleared = workstation.clearFolder(clear.folder());
        if (cleared.inUse() != null) {
            return new ActionResult(false, "a file is in use by " + cleared.inUseBy() + "; nothing was deleted",
                    clear.command(), 1, "Remove-Item : The process cannot access the file '" + cleared.inUse().path()
                            + "' because it is being used by another process.");
        }
        return new ActionResult(true, cleared.deleted().isEmpty() ? "the folder was already empty"
                : "deleted " + cleared.deleted().size() + " file(s)", clear.command(), 0,
                cleared.deleted().stream().map(file -> "Removed " + file.path()).collect(Collectors.joining("\n")));
    }

    /** A stable made-up process id, so a demo session reads the same each time. */
    private static int pid(String imageName) {
        return 1000 + Math.floorMod(imageName.hashCode(), 30000);
    }

    /** The files the demo workstation keeps under the user's application data, as {@code folder\name}. */
    public List<String> userFiles() {
        return workstation.files().stream().map(DemoWorkstation.DemoFile::path).toList();
    }

    public Set<String> runningApplications() {
        return workstation.runningApplications();
    }
}
