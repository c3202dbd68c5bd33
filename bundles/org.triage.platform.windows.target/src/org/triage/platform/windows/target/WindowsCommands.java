package org.triage.platform.windows.target;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.triage.core.target.UserProfilePath;
import org.triage.formats.AdaptersJsonFormat;
import org.triage.formats.ProxyRegistryFormat;
import org.triage.formats.AadOperationalEventsFormat;
import org.triage.formats.ClockJsonFormat;
import org.triage.formats.TlsSettingsFormat;
import org.triage.formats.RasDialEventsFormat;

/**
 * The exact command lines the Windows target runs. System tools are started by their full path under
 * {@code %SystemRoot%\System32}, never looked up on the PATH, so a program planted in a folder on the PATH
 * cannot stand in for them. PowerShell scripts hold no double quote, so that they pass through the command
 * line unchanged, and tell PowerShell to write UTF-8.
 */
public final class WindowsCommands {

    /** dsregcmd /status runs its own diagnostics and may take a while on a bad network. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(45);
    /** The dial events are read after the VPN profiles, within the same probe: both must end before it does. */
    public static final Duration EVENT_LOG_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration QUICK_ACTION_TIMEOUT = Duration.ofSeconds(30);
    /** /renew waits for DHCP on every adapter. */
    public static final Duration RENEW_TIMEOUT = Duration.ofSeconds(90);
    public static final Duration VPN_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration ONEDRIVE_RESET_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration RUN_COMMAND_TIMEOUT = Duration.ofMinutes(5);

    /** The task that registers a hybrid joined device in Entra ID again. */
    public static final String AUTOMATIC_DEVICE_JOIN_TASK = "\\Microsoft\\Windows\\Workplace Join\\Automatic-Device-Join";

    /**
     * What every script starts with: stop at the first error (so a failure is an exit code, not half a JSON
     * document), no progress or warning records mixed into the output, UTF-8 without BOM on stdout, and no
     * {@code Count} member added to arrays by Windows PowerShell 5.1's type data.
     */
    static final String POWERSHELL_PRELUDE = "$ErrorActionPreference='Stop'; $ProgressPreference='SilentlyContinue'; "
            + "$WarningPreference='SilentlyContinue'; "
            + "try { [Console]::OutputEncoding=New-Object System.Text.UTF8Encoding $false } catch { }; "
            + "Remove-TypeData System.Array -ErrorAction SilentlyContinue; ";

    /** Per-user and all-user VPN profiles, always as a JSON array (the snapshot's vpn-connections.json). */
    public static final String VPN_SCRIPT = POWERSHELL_PRELUDE
            + "ConvertTo-Json -Depth 4 -InputObject @(@(Get-VpnConnection) + @(Get-VpnConnection -AllUserConnection))";

    /** The RasClient "started dialing" events, always as a JSON array (the snapshot's vpn-dial-events.json). */
    public static final String VPN_DIAL_EVENTS_SCRIPT = POWERSHELL_PRELUDE + "ConvertTo-Json -Depth 2 -InputObject @("
            + RasDialEventsFormat.QUERY + ")";

    /** The Microsoft-Windows-AAD/Operational events, always as a JSON array (the snapshot's aad-operational-events.json). */
    public static final String AAD_OPERATIONAL_EVENTS_SCRIPT = POWERSHELL_PRELUDE + "ConvertTo-Json -Depth 3 -InputObject @("
            + AadOperationalEventsFormat.QUERY + ")";

    /**
     * The snapshot's routes.json columns, with each interface's metric added as the collector adds it, so that
     * the route Windows really uses can be worked out.
     */
    public static final String ROUTES_SCRIPT = POWERSHELL_PRELUDE
            + "$metric=@{}; foreach ($i in @(Get-NetIPInterface -AddressFamily IPv4)) "
            + "{ $metric[[int]$i.InterfaceIndex]=$i.InterfaceMetric }; "
            + "ConvertTo-Json -Depth 4 -InputObject @(Get-NetRoute -AddressFamily IPv4 -PolicyStore ActiveStore | "
            + "Select-Object DestinationPrefix,NextHop,InterfaceAlias,InterfaceIndex,RouteMetric,"
            + "@{Name='InterfaceMetric';Expression={$metric[[int]$_.InterfaceIndex]}})";

    /** The interfaces as the snapshot's adapters.json holds them, always as a JSON array. */
    public static final String ADAPTERS_SCRIPT = POWERSHELL_PRELUDE + "ConvertTo-Json -Depth 4 -InputObject @("
            + AdaptersJsonFormat.QUERY + ")";

    /** The WinHTTP and the user's WinINET proxy settings as the snapshot's winhttp-proxy.json holds them. */
    public static final String PROXY_REGISTRY_SCRIPT = POWERSHELL_PRELUDE + "ConvertTo-Json -Depth 4 -InputObject @("
            + ProxyRegistryFormat.QUERY + ")";

    /** The TLS settings as the snapshot's tls-settings.json holds them. */
    public static final String TLS_SETTINGS_SCRIPT = POWERSHELL_PRELUDE + "ConvertTo-Json -Depth 4 -InputObject @("
            + TlsSettingsFormat.QUERY + ")";

    /** The clock against login.microsoftonline.com's Date header, as the snapshot's clock.json holds it. */
    public static final String CLOCK_SCRIPT = POWERSHELL_PRELUDE + "ConvertTo-Json -Depth 2 -InputObject @("
            + ClockJsonFormat.QUERY + ")";

    /** w32tm /resync waits for the time source to answer. */
    public static final Duration RESYNC_TIMEOUT = Duration.ofSeconds(60);

    private final WindowsHost host;

    public WindowsCommands(WindowsHost host) {
        this.host = host;
    }

    public String systemRoot() {
        return host.environmentVariable("SystemRoot").filter(root -> !root.isBlank())
                .map(root -> root.endsWith("\\") ? root.substring(0, root.length() - 1) : root)
                .orElse("C:\\Windows");
    }

    private String system32(String program) {
        return systemRoot() + "\\System32\\" + program;
    }

    public CommandLine dsregcmdStatus() {
        return CommandLine.of(system32("dsregcmd.exe"), "/status");
    }

    public CommandLine dsregcmdLeave() {
        return CommandLine.of(system32("dsregcmd.exe"), "/leave");
    }

    public CommandLine ipconfig(String option) {
        return CommandLine.of(system32("ipconfig.exe"), option);
    }

    public CommandLine winHttpProxy() {
        return CommandLine.of(system32("netsh.exe"), "winhttp", "show", "proxy");
    }

    public CommandLine powershell(String script) {
        return CommandLine.of(system32("WindowsPowerShell\\v1.0\\powershell.exe"), "-NoProfile", "-NonInteractive",
                "-Command", script);
    }

    public CommandLine vpnConnections() {
        return powershell(VPN_SCRIPT);
    }

    public CommandLine vpnDialEvents() {
        return powershell(VPN_DIAL_EVENTS_SCRIPT);
    }

    public CommandLine aadOperationalEvents() {
        return powershell(AAD_OPERATIONAL_EVENTS_SCRIPT);
    }

    public CommandLine routes() {
        return powershell(ROUTES_SCRIPT);
    }

    public CommandLine adapters() {
        return powershell(ADAPTERS_SCRIPT);
    }

    public CommandLine proxyRegistry() {
        return powershell(PROXY_REGISTRY_SCRIPT);
    }

    public CommandLine tlsSettings() {
        return powershell(TLS_SETTINGS_SCRIPT);
    }

    public CommandLine clock() {
        return powershell(CLOCK_SCRIPT);
    }

    /** The time service's status; {@code /verbose} adds its phase offset and last sync error. */
    public CommandLine w32tmStatus() {
        return CommandLine.of(system32("w32tm.exe"), "/query", "/status", "/verbose");
    }

    public CommandLine startTimeService() {
        return CommandLine.of(system32("net.exe"), "start", "w32time");
    }

    public CommandLine w32tmResync() {
        return CommandLine.of(system32("w32tm.exe"), "/resync", "/force");
    }

    /**
     * Sets one value under HKLM only where it still holds the value the preview showed (so a value changed since is
     * never overwritten), creating its key where needed, or deletes it where {@code after} is null. A different value
     * ends the script with exit code 3 and says what it found. The names and values were checked when the action was
     * made; single quotes are doubled as PowerShell reads a single-quoted string.
     */
    public CommandLine setRegistryValue(org.triage.core.target.TargetAction.SetRegistryValue set) {
        boolean dword = "REG_DWORD".equals(set.kind());
        String path = quoted("HKLM:" + set.key().substring("HKLM".length()));
        String name = quoted(set.name());
        String current = dword ? "[string]([int64]$item.$name -band [int64]4294967295)" : "[string]$item.$name";
        String expected = set.before() == null ? "$null" : quoted(set.before());
        String write = set.after() == null ? "Remove-ItemProperty -LiteralPath $path -Name $name"
                : "if (-not (Test-Path -LiteralPath $path)) { $null = New-Item -Path $path -Force }; "
                        + "Set-ItemProperty -LiteralPath $path -Name $name -Type " + (dword ? "DWord" : "String")
                        + " -Value " + (dword ? "([uint32]" + set.after() + ")" : quoted(set.after()));
        return powershell(POWERSHELL_PRELUDE + "$path = " + path + "; $name = " + name + "; "
                + "$item = Get-ItemProperty -LiteralPath $path -Name $name -ErrorAction SilentlyContinue; "
                + "$current = $(if ($null -ne $item) { " + current + " } else { $null }); "
                + "if ($current -ne " + expected + ") { [Console]::Error.WriteLine($path + '\\' + $name + ' is ' "
                + "+ $(if ($null -eq $current) { 'not set' } else { $current }) + ' now, not as when the step was planned; "
                + "nothing was changed'); exit 3 }; " + write + "; 'Set ' + $path + '\\' + $name");
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    public CommandLine rasdialConnect(String connection) {
        return CommandLine.of(system32("rasdial.exe"), connection);
    }

    /** Cisco Secure Client's (AnyConnect's) command line, where it is installed. */
    public Optional<String> vpncli() {
        List<String> locations = new ArrayList<>();
        host.environmentVariable("ProgramFiles(x86)").ifPresent(dir -> {
            locations.add(dir + "\\Cisco\\Cisco Secure Client\\vpncli.exe");
            locations.add(dir + "\\Cisco\\Cisco AnyConnect Secure Mobility Client\\vpncli.exe");
        });
        locations.addAll(org.triage.core.target.VpnClient.VPNCLI_LOCATIONS);
        return locations.stream().filter(host::isFile).findFirst();
    }

    /** {@code vpncli.exe stats}: the client's own state, tunnel mode, gateway and secured routes. */
    public CommandLine vpncliStats(String vpncli) {
        return CommandLine.of(vpncli, "stats");
    }

    public CommandLine vpncliDisconnect(String vpncli) {
        return CommandLine.of(vpncli, "disconnect");
    }

    public CommandLine rasdialDisconnect(String connection) {
        return CommandLine.of(system32("rasdial.exe"), connection, "/disconnect");
    }

    public CommandLine stopOneDrive() {
        return CommandLine.of(system32("taskkill.exe"), "/im", "OneDrive.exe", "/f");
    }

    /** Asks the application to close, as closing its window does; without /f it may ask to save first. */
    public CommandLine closeApplication(String imageName) {
        return CommandLine.of(system32("taskkill.exe"), "/im", imageName);
    }

    /**
     * Deletes everything in a folder under the user's application data and keeps the folder; says how many
     * entries it deleted, or that there was no such folder. The path is taken literally (no wildcards) and a
     * quote in a name is doubled, as PowerShell reads a single-quoted string.
     */
    public CommandLine clearFolder(UserProfilePath folder) {
        String below = String.join("\\", folder.names()).replace("'", "''");
        return powershell(POWERSHELL_PRELUDE + "$folder=Join-Path $env:" + folder.variable() + " '" + below + "'; "
                + "if (Test-Path -LiteralPath $folder -PathType Container) { "
                + "$items=@(Get-ChildItem -LiteralPath $folder -Force); "
                + "foreach ($item in $items) { Remove-Item -LiteralPath $item.FullName -Recurse -Force }; "
                + "'Deleted ' + $items.Count + ' item(s) in ' + $folder } else { 'No folder ' + $folder }");
    }

    public CommandLine runAutomaticDeviceJoin() {
        return CommandLine.of(system32("schtasks.exe"), "/run", "/tn", AUTOMATIC_DEVICE_JOIN_TASK);
    }

    /**
     * Starts OneDrive. An elevated console starts it through Explorer, which runs it with the signed-in user's
     * normal rights: OneDrive refuses to run with full administrator rights.
     */
    public CommandLine startOneDrive(String oneDrive) {
        return host.elevated() ? CommandLine.of(systemRoot() + "\\explorer.exe", oneDrive)
                : CommandLine.of(oneDrive, "/background");
    }

    /**
     * Where OneDrive may be installed, in the order it is looked for: per user (the default), then per machine
     * (the {@code /allusers} install) in both Program Files folders.
     */
    public List<String> oneDriveLocations() {
        List<String> locations = new ArrayList<>();
        host.environmentVariable("LOCALAPPDATA").ifPresent(dir -> locations.add(dir + "\\Microsoft\\OneDrive\\OneDrive.exe"));
        host.environmentVariable("ProgramFiles").ifPresent(dir -> locations.add(dir + "\\Microsoft OneDrive\\OneDrive.exe"));
        host.environmentVariable("ProgramFiles(x86)")
                .ifPresent(dir -> locations.add(dir + "\\Microsoft OneDrive\\OneDrive.exe"));
        return locations;
    }

    public Optional<String> oneDrive() {
        return oneDriveLocations().stream().filter(host::isFile).findFirst();
    }
}
