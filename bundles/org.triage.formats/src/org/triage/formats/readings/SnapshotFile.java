package org.triage.formats.readings;

import java.util.Objects;
import java.util.Optional;

/**
 * The files of a snapshot in format {@code triage-snapshot/1}: one constant per file that the
 * collector ({@code releng/collector/Collect-TriageSnapshot.ps1}) may write, with its fixed
 * file name and the command whose verbatim output it holds.
 * <p>
 * The collector declares the same names, in the same order, in its {@code $SnapshotFiles}
 * table; {@code CollectorAgreementTest} keeps the two in step. File names are a public
 * contract (users collect snapshots by hand with them): never rename a constant's file.
 * <p>
 * Any file may be missing from a snapshot, whatever {@link #optional()} says. Text files come
 * as Windows tools write them: UTF-8 with or without BOM, or UTF-16LE with BOM, CRLF line ends.
 */
public enum SnapshotFile {

    /** Who, where and when: {@code {"format":"triage-snapshot/1","collectedAt":…,…}}. */
    MANIFEST("manifest.json", "Triage snapshot manifest", false),

    /** Device join state, PRT state and diagnostics. */
    DSREGCMD_STATUS("dsregcmd-status.txt", "dsregcmd /status", false),

    /** Names (never secrets) of the credentials saved in Credential Manager. */
    CMDKEY_LIST("cmdkey-list.txt", "cmdkey /list", false),

    /**
     * Credential Manager through the Credential API, in no language: target, type, user, persistence, last written;
     * never the secret. Preferred to {@link #CMDKEY_LIST} where both are present.
     */
    CREDENTIALS_JSON("credentials.json",
            "CredEnumerate | Select-Object TargetName,Type,UserName,Persist,LastWritten | ConvertTo-Json", false),

    /** Adapters, addresses, DNS servers, including PPP (VPN) adapters. */
    IPCONFIG_ALL("ipconfig-all.txt", "ipconfig /all", false),

    /**
     * The interfaces with their addresses, gateways, DNS servers and metrics, in no language. Preferred to
     * {@link #IPCONFIG_ALL} where both are present.
     */
    ADAPTERS_JSON("adapters.json",
            "Get-NetAdapter; Get-NetIPConfiguration -All; Get-NetIPInterface; Get-DnsClientServerAddress; "
                    + "Get-DnsClient | ConvertTo-Json",
            false),

    /** Per-user and all-user VPN profiles; JSON object or array. */
    VPN_CONNECTIONS("vpn-connections.json",
            "Get-VpnConnection; Get-VpnConnection -AllUserConnection | ConvertTo-Json", false),

    /** When each VPN session began: the RasClient "started dialing" events, which name the profile. */
    VPN_DIAL_EVENTS("vpn-dial-events.json",
            "Get-WinEvent RasClient 20221 | Select-Object TimeCreated,Id,Message | ConvertTo-Json", false),

    /** The token broker's record of its token requests, the last 7 days, at most 500 events. */
    AAD_OPERATIONAL_EVENTS("aad-operational-events.json",
            "Get-WinEvent -FilterHashtable @{LogName='Microsoft-Windows-AAD/Operational'; StartTime=(Get-Date).AddDays(-7)}"
                    + " -MaxEvents 500 | Select-Object TimeCreated,Id,LevelDisplayName,Message,Properties | ConvertTo-Json",
            false),

    /** The IPv4 routing table; JSON object or array. */
    ROUTES("routes.json",
            "Get-NetRoute -AddressFamily IPv4 | Select-Object DestinationPrefix,NextHop,InterfaceAlias,"
                    + "InterfaceIndex,RouteMetric | ConvertTo-Json",
            false),

    /** The machine-wide WinHTTP proxy. */
    WINHTTP_PROXY("winhttp-proxy.txt", "netsh winhttp show proxy", false),

    /**
     * The WinHTTP proxy as the registry holds it ({@code WinHttpSettings}), and the user's WinINET proxy and PAC
     * settings, in no language. Preferred to {@link #WINHTTP_PROXY} where both are present.
     */
    WINHTTP_PROXY_JSON("winhttp-proxy.json",
            "Get-ItemProperty HKLM:...\\Internet Settings\\Connections WinHttpSettings; "
                    + "Get-ItemProperty HKCU:...\\Internet Settings | ConvertTo-Json",
            false),

    /** The Windows Time service's status: its source, when it last synchronised, its last error. */
    W32TM_STATUS("w32tm-status.txt", "w32tm /query /status /verbose", false),

    /**
     * The workstation's clock (local and UTC) around a {@code HEAD} request to https://login.microsoftonline.com/, and
     * the answer's {@code Date} header: the clock against Entra ID's, in no language.
     */
    CLOCK_JSON("clock.json", "[DateTimeOffset]::Now; HEAD https://login.microsoftonline.com/ Date header | ConvertTo-Json",
            false),

    /**
     * Schannel's client protocol keys (TLS 1.0 to 1.3), WinHTTP's DefaultSecureProtocols, the .NET Framework's
     * SchUseStrongCrypto and SystemDefaultTlsVersions, Get-TlsCipherSuite and the cipher suite order policy.
     */
    TLS_SETTINGS("tls-settings.json",
            "Get-ItemProperty HKLM:...\\SCHANNEL\\Protocols\\TLS 1.x\\Client; Get-TlsCipherSuite; Get-ItemProperty "
                    + "HKLM:...\\SSL\\00010002 Functions | ConvertTo-Json",
            false),

    /**
     * Cisco Secure Client's (AnyConnect's) own account of its session: state, tunnel mode, gateway, secured routes.
     * Only where the client is installed ({@code vpncli.exe} in its folder), hence optional.
     */
    VPNCLI_STATS("vpncli-stats.txt", "vpncli.exe stats", true),

    /** TCP 443 tests of the sign-in endpoints; collected only on request ({@code -TestEndpoints}). */
    ENDPOINT_TESTS("endpoint-tests.json",
            "Test-NetConnection -ComputerName <endpoint> -Port 443 | ConvertTo-Json", true);

    private final String fileName;
    private final String command;
    private final boolean optional;

    SnapshotFile(String fileName, String command, boolean optional) {
        this.fileName = fileName;
        this.command = command;
        this.optional = optional;
    }

    /** The file's name inside the snapshot folder or zip, e.g. {@code dsregcmd-status.txt}. */
    public String fileName() {
        return fileName;
    }

    /** The command whose output the file holds, as an admin would type it. */
    public String command() {
        return command;
    }

    /**
     * Whether the collector writes this file only on request or only where its tool is installed. A reader must cope with any
     * file being absent; this only tells it whether an absence is expected or worth a note.
     */
    public boolean optional() {
        return optional;
    }

    /**
     * The output kind recorded with every piece of raw evidence of this file's command, wherever it was captured
     * (a snapshot, a live run, the demo): the file name, which is a public contract and never changes.
     */
    public String outputKind() {
        return fileName;
    }

    /** The constant whose {@link #outputKind()} is {@code kind}, exactly. */
    public static Optional<SnapshotFile> byOutputKind(String kind) {
        for (SnapshotFile file : values()) {
            if (file.fileName.equals(kind)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** Whether the file holds JSON (as opposed to a tool's plain-text output). */
    public boolean isJson() {
        return fileName.endsWith(".json");
    }

    /**
     * The constant for a file name. Matching ignores ASCII case, since Windows file names are
     * case-insensitive and a zip made by hand may change the case; a leading folder in the
     * name (as inside a zip, {@code TriageSnapshot-PC-1/routes.json}) is not accepted here.
     */
    public static Optional<SnapshotFile> byFileName(String name) {
        Objects.requireNonNull(name, "name");
        for (SnapshotFile file : values()) {
            if (file.fileName.equalsIgnoreCase(name)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
