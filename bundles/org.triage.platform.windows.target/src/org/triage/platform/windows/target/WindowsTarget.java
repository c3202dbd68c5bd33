package org.triage.platform.windows.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
import org.triage.core.target.Route;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.VpnClient;
import org.triage.core.target.TokenBrokerEvent;
import org.triage.core.target.TargetInfo;
import org.triage.core.target.TlsSettings;
import org.triage.core.target.VpnClientState;
import org.triage.core.target.VpnConnection;
import org.triage.formats.CredentialRecord;
import org.triage.formats.CredentialsJsonFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.SnapshotFile;
import org.triage.formats.readings.TlsClockReadings;
import org.triage.formats.readings.TokenBrokerReadings;
import org.triage.formats.readings.VpnClientReadings;
import org.triage.formats.readings.WindowsReadings;

/**
 * The Windows machine the console runs on. It reads Credential Manager through the Credential API (never
 * through cmdkey, and never a secret), runs {@code dsregcmd}, {@code ipconfig}, {@code netsh} and PowerShell
 * and parses their output with the same parsers as a snapshot, and carries out the fixes' actions. Every run
 * is recorded with its exact command line, exit code and decoded output. Actions that need administrator
 * rights are refused, with the reason, when the console is not elevated.
 */
public final class WindowsTarget implements Target {

    public static final String KIND = "local";

    /** What {@link #endpoints} answers until an endpoint tester is handed in. */
    public static final String NO_ENDPOINT_TESTER = "endpoint tests need org.triage.net";

    /**
     * An elevated console may run as another account than the user's ("Run as administrator" with an admin
     * account), and then %LOCALAPPDATA% is that account's: a cache is never cleared from there.
     */
    static final String CLEAR_FOLDER_REFUSES_ELEVATION = "Triage Console is running elevated, possibly as another "
            + "account than the user's, whose profile folders would be cleared instead: run this step from a console "
            + "started without \"Run as administrator\", or hand it to the user";

    static final String ONEDRIVE_REFUSES_ELEVATION = "OneDrive does not run with administrator rights and Triage "
            + "Console is running elevated: run this step from a console started without \"Run as administrator\", "
            + "or hand it to the user";

    private final WindowsHost host;
    private final CommandRunner runner;
    private final CredentialStore credentialStore;
    private final EndpointTester endpointTester;
    private final WindowsCommands commands;
    private final TargetInfo info;
    private volatile List<VpnConnection> lastVpnConnections;
    private volatile DeviceRegistration lastRegistration;

    /**
     * @param endpointTester tests the sign-in endpoints; null where none is installed, and then
     *                       {@link #endpoints} says so
     */
    public WindowsTarget(WindowsHost host, CommandRunner runner, CredentialStore credentialStore,
            EndpointTester endpointTester) {
        this.host = Objects.requireNonNull(host, "host");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.credentialStore = Objects.requireNonNull(credentialStore, "credentialStore");
        this.endpointTester = endpointTester;
        this.commands = new WindowsCommands(host);
        this.info = new TargetInfo(KIND, host.hostname(), host.hostname(), host.osDescription(), host.user(),
                Instant.now(), false);
    }

    public WindowsCommands commands() {
        return commands;
    }

    @Override
    public TargetInfo info() {
        return info;
    }

    @Override
    public List<String> notes() {
        if (host.elevated()) {
            return List.of("Triage Console runs elevated: OneDrive's reset is handed to the user (OneDrive does not "
                    + "run with administrator rights); Credential Manager is read for " + host.user());
        }
        return List.of("Triage Console is not running elevated: ipconfig /release and /renew and dsregcmd /leave "
                + "are handed to the user; start it with \"Run as administrator\" to carry them out");
    }

    // ---- readings -------------------------------------------------------------------------------------------

    @Override
    public Reading<List<CachedCredential>> credentials(IProgressMonitor monitor) {
        Instant at = Instant.now();
        List<CredentialEntry> entries;
        try {
            entries = credentialStore.enumerate();
        } catch (CredentialStoreException e) {
            String message = CredentialStore.ENUMERATE_CALL + " failed with error " + e.win32Error() + ": "
                    + e.getMessage();
            return Reading.failed(message, List.of(new Evidence(CredentialStore.ENUMERATE_CALL, null, null, null, at,
                    message, SnapshotFile.CREDENTIALS_JSON.outputKind())));
        }
        // kept and read as the snapshot's credentials.json, so that an export of this session reads it again
        String json = CredentialsJsonFormat.render(entries.stream().map(entry -> new CredentialRecord(
                entry.targetName(), entry.type(), Optional.ofNullable(entry.userName()), entry.persist(),
                Optional.ofNullable(entry.lastWritten()))).toList());
        return WindowsReadings.credentialsJson(new RawOutput(CredentialStore.ENUMERATE_CALL, null, null, at,
                json.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public Reading<List<VpnConnection>> vpnConnections(IProgressMonitor monitor) {
        Reading<List<VpnConnection>> reading = read(commands.vpnConnections(), SnapshotFile.VPN_CONNECTIONS,
                WindowsCommands.QUERY_TIMEOUT, WindowsReadings::vpnConnections, monitor);
        if (reading.kind() != Reading.Kind.VALUE) {
            return reading;
        }
        lastVpnConnections = reading.value();
        if (reading.value().stream().noneMatch(VpnConnection::connected)) {
            return reading;
        }
        // when the connected sessions began, from the dial events; without them the profiles stand as read
        Reading<List<VpnConnection>> withStarts = read(commands.vpnDialEvents(), SnapshotFile.VPN_DIAL_EVENTS,
                WindowsCommands.EVENT_LOG_TIMEOUT, events -> WindowsReadings.withSessionStarts(reading, events), monitor);
        if (withStarts.kind() == Reading.Kind.VALUE) {
            return withStarts;
        }
        List<String> problems = new ArrayList<>(reading.problems());
        problems.add(withStarts.message() + "; when the VPN sessions began is not known");
        List<Evidence> evidence = new ArrayList<>(reading.evidence());
        evidence.addAll(withStarts.evidence());
        return Reading.of(reading.value(), evidence, problems);
    }

    @Override
    public Reading<List<Route>> routes(IProgressMonitor monitor) {
        return read(commands.routes(), SnapshotFile.ROUTES, WindowsCommands.QUERY_TIMEOUT, WindowsReadings::routes,
                monitor);
    }

    @Override
    public Reading<List<NetworkAdapter>> adapters(IProgressMonitor monitor) {
        Reading<List<NetworkAdapter>> structured = read(commands.adapters(), SnapshotFile.ADAPTERS_JSON,
                WindowsCommands.QUERY_TIMEOUT, WindowsReadings::adaptersJson, monitor);
        if (structured.kind() == Reading.Kind.VALUE || monitor != null && monitor.isCanceled()) {
            return structured;
        }
        return instead(read(commands.ipconfig("/all"), SnapshotFile.IPCONFIG_ALL, WindowsCommands.QUERY_TIMEOUT,
                WindowsReadings::adapters, monitor), structured, "ipconfig /all");
    }

    @Override
    public Reading<ProxySettings> proxy(IProgressMonitor monitor) {
        Reading<ProxySettings> structured = read(commands.proxyRegistry(), SnapshotFile.WINHTTP_PROXY_JSON,
                WindowsCommands.QUERY_TIMEOUT, WindowsReadings::proxyJson, monitor);
        if (structured.kind() == Reading.Kind.VALUE || monitor != null && monitor.isCanceled()) {
            return structured;
        }
        return instead(read(commands.winHttpProxy(), SnapshotFile.WINHTTP_PROXY, WindowsCommands.QUERY_TIMEOUT,
                WindowsReadings::proxy, monitor), structured, "netsh winhttp show proxy");
    }

    /**
     * The reading of a tool's text output, made because the language-independent query failed: with why it failed
     * as a problem, and what it printed beside the text output's evidence.
     */
    private static <T> Reading<T> instead(Reading<T> text, Reading<T> failed, String tool) {
        List<Evidence> evidence = new ArrayList<>(text.evidence());
        evidence.addAll(failed.evidence());
        List<String> problems = new ArrayList<>(text.problems());
        problems.add(failed.message() + "; read " + tool + " instead");
        return new Reading<>(text.kind(), text.value(), text.message(), evidence, problems);
    }

    @Override
    public Reading<DeviceRegistration> registration(IProgressMonitor monitor) {
        Reading<DeviceRegistration> reading = read(commands.dsregcmdStatus(), SnapshotFile.DSREGCMD_STATUS,
                WindowsCommands.QUERY_TIMEOUT,
                WindowsReadings::registration, monitor);
        if (reading.kind() == Reading.Kind.VALUE) {
            lastRegistration = reading.value();
        }
        return reading;
    }

    @Override
    public Reading<List<TokenBrokerEvent>> tokenBrokerEvents(IProgressMonitor monitor) {
        return read(commands.aadOperationalEvents(), SnapshotFile.AAD_OPERATIONAL_EVENTS, WindowsCommands.EVENT_LOG_TIMEOUT,
                TokenBrokerReadings::tokenBrokerEvents, monitor);
    }

    /** Cisco Secure Client's own account of its session, where its vpncli.exe is installed. */
    @Override
    public Reading<List<VpnClientState>> vpnClientStates(IProgressMonitor monitor) {
        Optional<String> vpncli = commands.vpncli();
        if (vpncli.isEmpty()) {
            return Reading.unsupported("Cisco Secure Client's vpncli.exe is not installed in any of its folders");
        }
        return read(commands.vpncliStats(vpncli.get()), SnapshotFile.VPNCLI_STATS, WindowsCommands.QUERY_TIMEOUT,
                VpnClientReadings::anyConnectStats, monitor);
    }

    @Override
    public Reading<TlsSettings> tlsSettings(IProgressMonitor monitor) {
        return read(commands.tlsSettings(), SnapshotFile.TLS_SETTINGS, WindowsCommands.QUERY_TIMEOUT,
                TlsClockReadings::tlsSettings, monitor);
    }

    /**
     * The collector's clock statements and {@code w32tm /query /status /verbose}, read together as a snapshot's
     * clock.json and w32tm-status.txt are; where one fails, the other's reading stands with the failure as a problem.
     */
    @Override
    public Reading<ClockReading> clock(IProgressMonitor monitor) {
        Reading<RawOutput> json = read(commands.clock(), SnapshotFile.CLOCK_JSON, WindowsCommands.QUERY_TIMEOUT,
                raw -> Reading.of(raw, List.of(), List.of()), monitor);
        Reading<RawOutput> w32tm = read(commands.w32tmStatus(), SnapshotFile.W32TM_STATUS, WindowsCommands.QUERY_TIMEOUT,
                raw -> Reading.of(raw, List.of(), List.of()), monitor);
        Reading<ClockReading> clock = TlsClockReadings.clock(json.optionalValue().orElse(null),
                w32tm.optionalValue().orElse(null));
        List<Evidence> evidence = new ArrayList<>(clock.evidence());
        List<String> problems = new ArrayList<>(clock.problems());
        for (Reading<RawOutput> failed : List.of(json, w32tm)) {
            if (failed.kind() != Reading.Kind.VALUE) {
                evidence.addAll(failed.evidence());
                problems.add(failed.message());
            }
        }
        if (clock.kind() != Reading.Kind.VALUE) {
            return Reading.failed(clock.kind() == Reading.Kind.UNSUPPORTED ? String.join("; ", problems)
                    : clock.message(), evidence);
        }
        return Reading.of(clock.value(), evidence, problems);
    }

    @Override
    public Reading<List<EndpointCheck>> endpoints(List<Endpoint> endpoints, IProgressMonitor monitor) {
        if (endpointTester == null) {
            return Reading.unsupported(NO_ENDPOINT_TESTER);
        }
        return endpointTester.test(endpoints, monitor);
    }

    /**
     * Runs the command and parses its output. A run that did not end by itself, or ended with an exit code
     * other than 0, is a failed reading that keeps what the command printed; text on stderr beside good output
     * becomes a problem of the reading.
     */
    private <T> Reading<T> read(CommandLine command, SnapshotFile kind, Duration timeout,
            Function<RawOutput, Reading<T>> parser, IProgressMonitor monitor) {
        ProcessOutcome outcome = runner.run(command, timeout, monitor);
        ToolOutput stdout = ToolOutput.of(outcome.stdout(), host.oemCodePage());
        ToolOutput stderr = ToolOutput.of(outcome.stderr(), host.oemCodePage());
        if (!outcome.exitedWith(0)) {
            String message = command.rendered() + ": " + outcome.describe() + excerpt(stderr.text(), stdout.text());
            return Reading.failed(message, List.of(new Evidence(command.rendered(), null, stdout.encoding(),
                    outcome.exitCode(), outcome.startedAt(), combined(stdout, stderr), kind.outputKind())));
        }
        Reading<T> reading = stdout.label(parser.apply(new RawOutput(command.rendered(), null, outcome.exitCode(),
                outcome.startedAt(), stdout.bytes())));
        if (stderr.text().isBlank() || reading.kind() != Reading.Kind.VALUE) {
            return reading;
        }
        List<String> problems = new ArrayList<>(reading.problems());
        problems.add(command.executable() + " wrote to stderr: " + stderr.text().strip());
        return Reading.of(reading.value(), reading.evidence(), problems);
    }

    // ---- actions --------------------------------------------------------------------------------------------

    @Override
    public String whyUnable(TargetAction action) {
        return switch (action) {
            case TargetAction.RemoveCredential remove -> CredentialType.byName(remove.type()).isPresent() ? null
                    : "unknown credential type '" + remove.type() + "' of '" + remove.targetName() + "'";
            case TargetAction.ResetOneDrive reset -> host.elevated() ? ONEDRIVE_REFUSES_ELEVATION : oneDriveMissing();
            case TargetAction.RestartOneDrive restart -> oneDriveMissing();
            case TargetAction.DisconnectVpn vpn -> vpnUnable(vpn, vpn.client(), vpn.connectionName());
            case TargetAction.ConnectVpn vpn -> vpnUnable(vpn, vpn.client(), vpn.connectionName());
            case TargetAction.EnableDeviceInEntra enable -> ENTRA_ADMIN_STEP;
            case TargetAction.FlushDns flush -> null;
            case TargetAction.RenewIpAddresses renew -> needsElevation("ipconfig /release and /renew");
            case TargetAction.ReregisterDevice reregister -> Optional.ofNullable(needsElevation("dsregcmd /leave"))
                    .orElseGet(() -> lastRegistration == null ? null : joinStateRefusal(lastRegistration));
            case TargetAction.RunCommand command -> CommandLine.whyInvalid(command.executable(), command.arguments());
            case TargetAction.ClearFolder clear -> host.elevated() ? CLEAR_FOLDER_REFUSES_ELEVATION
                    : host.environmentVariable(clear.folder().variable()).filter(value -> !value.isBlank()).isPresent()
                            ? null : "%" + clear.folder().variable() + "% is not set for " + host.user();
            case TargetAction.CloseApplication close -> null;
            case TargetAction.SetRegistryValue set -> needsElevation("changes under HKLM");
            case TargetAction.ResyncClock resync -> needsElevation("w32tm /resync");
        };
    }

    /** The actions that need an elevated console, and the reason given where it is not. */
    private String needsElevation(String what) {
        return host.elevated() ? null : what + " need administrator rights and Triage Console is not running "
                + "elevated: start it with \"Run as administrator\", or hand this step to the user";
    }

    private String oneDriveMissing() {
        return commands.oneDrive().isPresent() ? null
                : "OneDrive is not installed in any of " + String.join(", ", commands.oneDriveLocations());
    }

    static final String ENTRA_ADMIN_STEP = "an Entra ID administrator does this in the tenant (Microsoft Entra "
            + "admin center or Microsoft Graph), not on this PC: handed to the admin";

    /**
     * A Windows VPN profile goes through rasdial; Cisco Secure Client's disconnect through its vpncli.exe; every other
     * step (another client, a connect that needs the user's password) is handed to the user.
     */
    private String vpnUnable(TargetAction action, VpnClient client, String name) {
        if (action.command() == null) {
            return "only the user can do this (" + (client == null || client == VpnClient.WINDOWS_RAS
                    ? "the VPN remembers the old password; the user signs in with the new one"
                    : client.displayName() + " has no command line that does it unattended") + "): "
                    + action.instruction();
        }
        if (client == null || client == VpnClient.WINDOWS_RAS) {
            return unknownVpn(name);
        }
        return commands.vpncli().isPresent() ? null
                : client.displayName() + "'s vpncli.exe is not installed in any of its folders; the user does it: "
                        + action.instruction();
    }

    private String unknownVpn(String name) {
        String invalid = CommandLine.whyInvalid("rasdial.exe", List.of(name));
        if (invalid != null) {
            return invalid;
        }
        List<VpnConnection> known = lastVpnConnections;
        if (known == null || known.stream().anyMatch(vpn -> name.equalsIgnoreCase(vpn.name()))) {
            return null;
        }
        return "no Windows VPN profile named '" + name + "' (Get-VpnConnection lists "
                + (known.isEmpty() ? "none" : String.join(", ", known.stream().map(VpnConnection::name).toList()))
                + "); rasdial only drives Windows VPN profiles";
    }

    /**
     * Null where {@code dsregcmd /leave} renews the registration safely: on a hybrid joined device, whose
     * Automatic-Device-Join task registers it again. Anywhere else, why not.
     */
    static String joinStateRefusal(DeviceRegistration registration) {
        boolean entraJoined = yes(registration, "AzureAdJoined");
        boolean domainJoined = yes(registration, "DomainJoined");
        if (entraJoined && domainJoined) {
            return null;
        }
        if (entraJoined) {
            return "the device is Microsoft Entra joined, not hybrid joined: dsregcmd /leave would take it out of the "
                    + "tenant and the work account could no longer sign in to Windows; the user disconnects and "
                    + "reconnects the work account in Settings > Accounts > Access work or school, with a local "
                    + "administrator account at hand";
        }
        if (yes(registration, "WorkplaceJoined")) {
            return "the work account is Microsoft Entra registered, not joined: dsregcmd /leave does not remove it; "
                    + "the user disconnects and reconnects it in Settings > Accounts > Access work or school";
        }
        return "dsregcmd /status shows the device neither joined to nor registered in Microsoft Entra ID: the user "
                + "connects the work account in Settings > Accounts > Access work or school";
    }

    private static boolean yes(DeviceRegistration registration, String field) {
        return registration.field(field).map(value -> value.strip().equalsIgnoreCase("YES")).orElse(false);
    }

    @Override
    public ActionResult perform(TargetAction action, IProgressMonitor monitor) {
        String unable = whyUnable(action);
        if (unable != null) {
            return ActionResult.failed(unable, action.command());
        }
        return switch (action) {
            case TargetAction.RemoveCredential remove -> removeCredential(remove);
            case TargetAction.ResetOneDrive reset -> result(runner.run(
                    CommandLine.of(commands.oneDrive().orElseThrow(), "/reset"), WindowsCommands.ONEDRIVE_RESET_TIMEOUT,
                    monitor), "OneDrive reset: its settings and sync connection are reset, the files on this PC are "
                            + "kept; it starts again by itself within a few minutes");
            case TargetAction.RestartOneDrive restart -> restartOneDrive(monitor);
            case TargetAction.DisconnectVpn vpn -> result(runner.run(vpn.client() == VpnClient.CISCO_SECURE_CLIENT
                    ? commands.vpncliDisconnect(commands.vpncli().orElseThrow())
                    : commands.rasdialDisconnect(vpn.connectionName()),
                    WindowsCommands.VPN_TIMEOUT, monitor), "disconnected '" + vpn.connectionName() + "'");
            case TargetAction.ConnectVpn vpn -> result(runner.run(commands.rasdialConnect(vpn.connectionName()),
                    WindowsCommands.VPN_TIMEOUT, monitor), "connected '" + vpn.connectionName() + "'");
            case TargetAction.FlushDns flush -> result(runner.run(commands.ipconfig("/flushdns"),
                    WindowsCommands.QUICK_ACTION_TIMEOUT, monitor), "DNS client cache flushed");
            case TargetAction.RenewIpAddresses renew -> renewIpAddresses(monitor);
            case TargetAction.ReregisterDevice reregister -> reregisterDevice(monitor);
            case TargetAction.EnableDeviceInEntra enable -> ActionResult.failed(ENTRA_ADMIN_STEP, action.command());
            case TargetAction.RunCommand command -> result(runner.run(
                    new CommandLine(command.executable(), command.arguments()), WindowsCommands.RUN_COMMAND_TIMEOUT,
                    monitor), command.purpose() + ": done");
            case TargetAction.ClearFolder clear -> clearFolder(clear, monitor);
            case TargetAction.CloseApplication close -> closeApplication(close, monitor);
            case TargetAction.SetRegistryValue set -> result(runner.run(commands.setRegistryValue(set),
                    WindowsCommands.QUICK_ACTION_TIMEOUT, monitor), set.description());
            case TargetAction.ResyncClock resync -> resyncClock(monitor);
        };
    }

    /**
     * Starts the Windows Time service (net start's exit code 2 says it runs already) and resynchronises; the result is
     * w32tm's.
     */
    private ActionResult resyncClock(IProgressMonitor monitor) {
        ProcessOutcome start = runner.run(commands.startTimeService(), WindowsCommands.QUICK_ACTION_TIMEOUT, monitor);
        if (!start.exitedWith(0) && !start.exitedWith(2)) {
            return new ActionResult(false, "the Windows Time service could not be started: " + start.describe()
                    + reason(start), start.command().rendered(), start.exitCode(), output(start));
        }
        ProcessOutcome resync = runner.run(commands.w32tmResync(), WindowsCommands.RESYNC_TIMEOUT, monitor);
        String command = start.command().rendered() + " & " + resync.command().rendered();
        String output = "> " + start.command().rendered() + "\r\n" + output(start) + "\r\n> "
                + resync.command().rendered() + "\r\n" + output(resync);
        if (!resync.exitedWith(0)) {
            return new ActionResult(false, "w32tm /resync " + resync.describe() + reason(resync), command,
                    resync.exitCode(), output);
        }
        return new ActionResult(true, "the clock was resynchronised with its time source", command, 0, output);
    }

    private ActionResult clearFolder(TargetAction.ClearFolder clear, IProgressMonitor monitor) {
        ProcessOutcome outcome = runner.run(commands.clearFolder(clear.folder()), WindowsCommands.RUN_COMMAND_TIMEOUT,
                monitor);
        ActionResult result = result(outcome, clear.folder() + ": ");
        return result.succeeded() ? new ActionResult(true, result.summary() + firstLine(result.output()),
                result.command(), result.exitCode(), result.output()) : result;
    }

    /** taskkill without /f; its exit code 128 means the application was not running, which is what was wanted. */
    private ActionResult closeApplication(TargetAction.CloseApplication close, IProgressMonitor monitor) {
        ProcessOutcome outcome = runner.run(commands.closeApplication(close.imageName()),
                WindowsCommands.QUICK_ACTION_TIMEOUT, monitor);
        if (outcome.exitedWith(128)) {
            return new ActionResult(true, close.displayName() + " was not running", outcome.command().rendered(), 128,
                    output(outcome));
        }
        return result(outcome, "asked " + close.displayName() + " to close");
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    private ActionResult removeCredential(TargetAction.RemoveCredential remove) {
        CredentialType type = CredentialType.byName(remove.type()).orElseThrow();
        String call = CredentialStore.deleteCall(remove.targetName(), type);
        try {
            credentialStore.delete(remove.targetName(), type);
            return new ActionResult(true, "removed '" + remove.targetName() + "' (" + type.displayName()
                    + ") from Credential Manager", call, null, null);
        } catch (CredentialStoreException e) {
            String summary = e.win32Error() == CredentialStoreException.ERROR_NOT_FOUND
                    ? "Credential Manager holds no " + type.displayName() + " credential named '" + remove.targetName()
                            + "' (already removed?)"
                    : "could not remove '" + remove.targetName() + "': " + e.getMessage();
            return new ActionResult(false, summary, call, null, "Win32 error " + e.win32Error() + ": " + e.getMessage());
        }
    }

    /** taskkill, then start OneDrive again; taskkill's exit code 128 means OneDrive was not running. */
    private ActionResult restartOneDrive(IProgressMonitor monitor) {
        String oneDrive = commands.oneDrive().orElseThrow();
        ProcessOutcome stop = runner.run(commands.stopOneDrive(), WindowsCommands.QUICK_ACTION_TIMEOUT, monitor);
        CommandLine start = commands.startOneDrive(oneDrive);
        String command = stop.command().rendered() + " & " + start.rendered();
        String stopOutput = output(stop);
        boolean wasRunning = stop.exitedWith(0);
        if (!wasRunning && !stop.exitedWith(128)) {
            return new ActionResult(false, "could not stop OneDrive: " + stop.describe() + reason(stop),
                    stop.command().rendered(),
                    stop.exitCode(), stopOutput);
        }
        try {
            runner.launch(start);
        } catch (IOException e) {
            return new ActionResult(false, "OneDrive " + (wasRunning ? "was stopped but " : "")
                    + "could not be started: " + e.getMessage(), command, stop.exitCode(), stopOutput);
        }
        return new ActionResult(true, wasRunning ? "OneDrive stopped and started again"
                : "OneDrive was not running; started it", command, stop.exitCode(), stopOutput);
    }

    /** Always renews after a release, even a partly failed one, so the machine is not left without addresses. */
    private ActionResult renewIpAddresses(IProgressMonitor monitor) {
        ProcessOutcome release = runner.run(commands.ipconfig("/release"), WindowsCommands.RENEW_TIMEOUT, monitor);
        // not cancellable: once the leases are released they are renewed, or the machine is left without addresses
        ProcessOutcome renew = runner.run(commands.ipconfig("/renew"), WindowsCommands.RENEW_TIMEOUT, null);
        String command = release.command().rendered() + " && " + renew.command().rendered();
        String output = "> " + release.command().rendered() + "\r\n" + output(release) + "\r\n> "
                + renew.command().rendered() + "\r\n" + output(renew);
        if (!release.exitedWith(0)) {
            return new ActionResult(false, "ipconfig /release " + release.describe() + "; /renew " + renew.describe()
                    + reason(release), command, release.exitCode(), output);
        }
        if (!renew.exitedWith(0)) {
            return new ActionResult(false, "leases released, but ipconfig /renew " + renew.describe()
                    + reason(renew), command, renew.exitCode(), output);
        }
        return new ActionResult(true, "DHCP leases released and renewed", command, 0, output);
    }

    /**
     * Leaves hybrid join and starts the task that joins again; the sign-in that completes the registration is
     * the user's. The join state is read afresh first, so a device that is not hybrid joined is never left.
     */
    private ActionResult reregisterDevice(IProgressMonitor monitor) {
        Reading<DeviceRegistration> state = registration(monitor);
        if (state.kind() != Reading.Kind.VALUE) {
            return ActionResult.failed("the join state could not be read, so nothing was changed: " + state.message(),
                    commands.dsregcmdStatus().rendered());
        }
        String refusal = joinStateRefusal(state.value());
        if (refusal != null) {
            return ActionResult.failed(refusal + "; nothing was changed", commands.dsregcmdStatus().rendered());
        }
        ProcessOutcome leave = runner.run(commands.dsregcmdLeave(), WindowsCommands.LEAVE_TIMEOUT, monitor);
        lastRegistration = null;
        if (!leave.exitedWith(0)) {
            return new ActionResult(false, "dsregcmd /leave " + leave.describe() + reason(leave)
                    + "; nothing else was done", leave.command().rendered(), leave.exitCode(), output(leave));
        }
        ProcessOutcome join = runner.run(commands.runAutomaticDeviceJoin(), WindowsCommands.QUICK_ACTION_TIMEOUT,
                monitor);
        String done = "Done: the device left Microsoft Entra hybrid join (dsregcmd /leave, exit code 0)"
                + (join.exitedWith(0) ? " and the Automatic-Device-Join task was started to register it again."
                        : "; the Automatic-Device-Join task could not be started (" + join.describe()
                                + "), it runs at the next sign-in.");
        String userSteps = " The user must now: restart the PC (or sign out and in) while connected to the company "
                + "network or VPN, sign in with the new password, wait a few minutes, then check Settings > Accounts "
                + "> Access work or school shows the work account connected (dsregcmd /status: AzureAdJoined : YES, "
                + "AzureAdPrt : YES).";
        String command = leave.command().rendered() + " && " + join.command().rendered();
        String output = "> " + leave.command().rendered() + "\r\n" + output(leave) + "\r\n> "
                + join.command().rendered() + "\r\n" + output(join);
        return new ActionResult(true, done + userSteps, command, leave.exitCode(), output);
    }

    /** The action's result from one process run: succeeded where it exited with 0. */
    private ActionResult result(ProcessOutcome outcome, String doneSummary) {
        String output = output(outcome);
        if (outcome.exitedWith(0)) {
            return new ActionResult(true, doneSummary, outcome.command().rendered(), 0, output);
        }
        String hint = outcome.status() == ProcessOutcome.Status.EXITED ? rasErrorHint(outcome) : "";
        return new ActionResult(false, outcome.command().executable() + " " + outcome.describe() + reason(outcome)
                + hint, outcome.command().rendered(), outcome.exitCode(), output);
    }

    /** rasdial's exit code is the Remote Access error; the two that follow a password reset get a next step. */
    private static String rasErrorHint(ProcessOutcome outcome) {
        if (!outcome.command().executable().toLowerCase(Locale.ROOT).endsWith("rasdial.exe")) {
            return "";
        }
        return switch (outcome.exitCode()) {
            case 691 -> " — the VPN refused the saved user name or password: after a password reset the user "
                    + "connects once from the network menu and enters the new password";
            case 703 -> " — the connection needs the user to sign in (certificate, MFA or EAP prompt): the user "
                    + "connects it from the network menu";
            case 623 -> " — Windows has no VPN profile of that name for this user";
            default -> "";
        };
    }

    /** stdout then stderr, decoded. */
    private String output(ProcessOutcome outcome) {
        return combined(ToolOutput.of(outcome.stdout(), host.oemCodePage()),
                ToolOutput.of(outcome.stderr(), host.oemCodePage()));
    }

    private static String combined(ToolOutput stdout, ToolOutput stderr) {
        return stderr.text().isBlank() ? stdout.text()
                : stdout.text() + (stdout.text().isEmpty() || stdout.text().endsWith("\n") ? "" : "\r\n")
                        + stderr.text();
    }

    private static final java.util.regex.Pattern TELLING_LINE = java.util.regex.Pattern.compile(
            "(?i).*(error|fail|denied|requires|not found|cannot|unable|invalid).*");

    /**
     * The line of a tool's output that says what went wrong: the first that speaks of an error, else the last
     * one ("Windows IP Configuration" comes first and says nothing); with ": " before it, or empty.
     */
    private static String gist(String output) {
        List<String> lines = output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.stream().filter(line -> TELLING_LINE.matcher(line).matches()).findFirst()
                .or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1)))
                .map(line -> ": " + line).orElse("");
    }

    /**
     * Why a run failed, in one line: the first line on stderr (PowerShell's error message, taskkill's
     * {@code ERROR:} line), else the telling line of stdout.
     */
    private static String excerpt(String stderr, String stdout) {
        return stderr.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> ": " + line).orElseGet(() -> gist(stdout));
    }

    private String reason(ProcessOutcome outcome) {
        return excerpt(ToolOutput.of(outcome.stderr(), host.oemCodePage()).text(),
                ToolOutput.of(outcome.stdout(), host.oemCodePage()).text());
    }
}
