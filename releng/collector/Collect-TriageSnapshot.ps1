#Requires -Version 5.1
<#
.SYNOPSIS
    Collects a Triage Console snapshot of this workstation's Microsoft 365 sign-in state
    (device registration, cached credentials, network, VPN, routes, WinHTTP proxy).

.DESCRIPTION
    Runs a fixed set of read-only diagnostic commands and saves their verbatim output under
    fixed file names in one folder, then packs the folder into a .zip next to it. The zip is
    what you attach to the ticket; an admin opens it in Triage Console ("snapshot" target).

    The files are (format "triage-snapshot/1"):
        manifest.json         when, where, who, which OS, and how each command went
        dsregcmd-status.txt   dsregcmd /status
        cmdkey-list.txt       cmdkey /list
        credentials.json      the same entries through the Credential API (CredEnumerateW): target name,
                              type, user name, persistence, last written (UTC); never the secret
        ipconfig-all.txt      ipconfig /all
        adapters.json         Get-NetAdapter, Get-NetIPConfiguration, Get-NetIPInterface (metrics),
                              Get-DnsClientServerAddress, Get-DnsClient (suffixes), one object per interface
        vpn-connections.json  Get-VpnConnection and Get-VpnConnection -AllUserConnection
        vpn-dial-events.json  the RasClient "started dialing" events (when each VPN session began)
        aad-operational-events.json  the Microsoft-Windows-AAD/Operational events of the last 7 days
                              (at most 500): the token broker's own record of failed token requests
        routes.json           Get-NetRoute -AddressFamily IPv4 (selected columns)
        winhttp-proxy.txt     netsh winhttp show proxy
        winhttp-proxy.json    the WinHTTP proxy as the registry holds it (WinHttpSettings), and the
                              user's proxy settings: ProxyEnable, ProxyServer, ProxyOverride,
                              AutoConfigURL, AutoDetect, DefaultConnectionSettings
        w32tm-status.txt      w32tm /query /status /verbose: the Windows Time service's source, last
                              sync and last error
        clock.json            this PC's clock (local and UTC) around a HEAD request to
                              https://login.microsoftonline.com/, and the answer's Date header: the clock
                              against Entra ID's (Entra ID and Kerberos refuse more than 5 minutes)
        tls-settings.json     the SCHANNEL TLS 1.0-1.3 client keys (Enabled, DisabledByDefault), WinHTTP's
                              DefaultSecureProtocols, .NET SchUseStrongCrypto/SystemDefaultTlsVersions,
                              Get-TlsCipherSuite and the cipher suite order policy (SSL\00010002 Functions)
        vpncli-stats.txt      only where Cisco Secure Client (AnyConnect) is installed: vpncli.exe stats,
                              the client's own connection state, tunnel mode, gateway and secured routes
        endpoint-tests.json   only with -TestEndpoints: Test-NetConnection -Port 443 to the
                              Microsoft Entra ID / Microsoft 365 sign-in endpoints

    The .json files say the same as the text files in no particular language (the text files are
    in the display language of Windows); Triage Console prefers them where both are present.

    What is NOT collected: passwords, tokens, or any other secret. credentials.json is read
    through CredEnumerateW and the CredentialBlob (the secret) of each entry is never read. "cmdkey /list" prints only
    the NAMES of saved credentials (target, type, user name), never the secret that is stored
    with them; "dsregcmd /status" prints the device and tenant IDs and the state of the
    Primary Refresh Token, never the token itself. The snapshot does contain identifiers
    (computer name, user name, UPN, tenant ID, IP addresses): treat it like any ticket data.

    The script changes nothing on the machine, needs no administrator rights and no modules
    beyond those that ship with Windows 10/11. It runs in Windows PowerShell 5.1 and in
    PowerShell 7. A command that is missing or fails is skipped: its error is recorded in
    manifest.json and the other files are still written.

    If script execution is disabled on the machine, start it like this:
        powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Collect-TriageSnapshot.ps1

.PARAMETER OutputPath
    The snapshot folder to create. Default:
    $env:TEMP\TriageSnapshot-<computer name>-<yyyyMMdd-HHmmss>
    The zip is written next to it as <OutputPath>.zip. An existing, non-empty folder is
    refused so that two snapshots never mix.

.PARAMETER TestEndpoints
    Also test TCP port 443 to each Microsoft sign-in endpoint (login.microsoftonline.com,
    login.microsoft.com, login.windows.net, device.login.microsoftonline.com,
    enterpriseregistration.windows.net, aadcdn.msftauth.net, aadcdn.msauth.net,
    graph.microsoft.com) with Test-NetConnection and save endpoint-tests.json. An unreachable
    endpoint takes about 20 seconds, so this can take a few minutes. Run it while the problem
    is happening (for example with the VPN connected).

.PARAMETER NoZip
    Write the folder only; do not create the .zip.

.EXAMPLE
    PS C:\> .\Collect-TriageSnapshot.ps1

    Writes %TEMP%\TriageSnapshot-<computer>-<timestamp> and a .zip of it, and prints where the
    zip is.

.EXAMPLE
    PS C:\> .\Collect-TriageSnapshot.ps1 -TestEndpoints -OutputPath "$env:USERPROFILE\Desktop\snapshot"

    Also tests the sign-in endpoints, and writes the folder and snapshot.zip to the desktop.

.EXAMPLE
    PS C:\> powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Collect-TriageSnapshot.ps1 -NoZip

    Runs with execution policy bypassed for this one run and leaves only the folder.

.NOTES
    Encoding: every file is written as UTF-8 WITH byte order mark and CRLF line endings, in
    both PowerShell editions, through one writer (Write-SnapshotFile). Readers of the snapshot
    format also accept UTF-8 without BOM and UTF-16LE with BOM, which is what Windows
    PowerShell 5.1 writes for "Out-File" and ">" when a user collects a file by hand.

    JSON: ConvertTo-Json gets an explicit -Depth. PowerShell 7 also gets -EnumsAsStrings;
    Windows PowerShell 5.1 has no such switch and writes .NET enum values as numbers (for
    example 2 instead of "InterNetwork"). Readers of the snapshot format accept both.
#>
[CmdletBinding()]
param(
    [string] $OutputPath,
    [switch] $TestEndpoints,
    [switch] $NoZip
)

Set-StrictMode -Version Latest
# Cmdlet errors become terminating so that each guarded step's catch sees them. Native
# commands are started through System.Diagnostics.Process (Invoke-NativeCommand), so neither
# Windows PowerShell 5.1's habit of turning redirected stderr into error records nor
# PowerShell 7.3+'s $PSNativeCommandUseErrorActionPreference can stop the script: their exit
# code and stderr are recorded in the manifest instead.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

# The snapshot format: file name -> command. This is the ONLY place file names are spelled
# out; everything below writes through Write-SnapshotFile, which refuses any other name.
# (CollectorAgreementTest in org.triage.snapshot.tests checks this table against
# org.triage.formats.readings.SnapshotFile.)
$SnapshotFiles = [ordered]@{
    'manifest.json'        = 'Triage snapshot manifest'
    'dsregcmd-status.txt'  = 'dsregcmd /status'
    'cmdkey-list.txt'      = 'cmdkey /list'
    'credentials.json'     = 'CredEnumerate | Select-Object TargetName,Type,UserName,Persist,LastWritten | ConvertTo-Json'
    'ipconfig-all.txt'     = 'ipconfig /all'
    'adapters.json'        = 'Get-NetAdapter; Get-NetIPConfiguration -All; Get-NetIPInterface; Get-DnsClientServerAddress; Get-DnsClient | ConvertTo-Json'
    'vpn-connections.json' = 'Get-VpnConnection; Get-VpnConnection -AllUserConnection | ConvertTo-Json'
    'vpn-dial-events.json' = 'Get-WinEvent RasClient 20221 | Select-Object TimeCreated,Id,Message | ConvertTo-Json'
    'aad-operational-events.json' = 'Get-WinEvent -FilterHashtable @{LogName=''Microsoft-Windows-AAD/Operational''; StartTime=(Get-Date).AddDays(-7)} -MaxEvents 500 | Select-Object TimeCreated,Id,LevelDisplayName,Message,Properties | ConvertTo-Json'
    'routes.json'          = 'Get-NetRoute -AddressFamily IPv4 | Select-Object DestinationPrefix,NextHop,InterfaceAlias,InterfaceIndex,RouteMetric | ConvertTo-Json'
    'winhttp-proxy.txt'    = 'netsh winhttp show proxy'
    'winhttp-proxy.json'   = 'Get-ItemProperty HKLM:...\Internet Settings\Connections WinHttpSettings; Get-ItemProperty HKCU:...\Internet Settings | ConvertTo-Json'
    'w32tm-status.txt'     = 'w32tm /query /status /verbose'
    'clock.json'           = '[DateTimeOffset]::Now; HEAD https://login.microsoftonline.com/ Date header | ConvertTo-Json'
    'tls-settings.json'    = 'Get-ItemProperty HKLM:...\SCHANNEL\Protocols\TLS 1.x\Client; Get-TlsCipherSuite; Get-ItemProperty HKLM:...\SSL\00010002 Functions | ConvertTo-Json'
    'vpncli-stats.txt'     = 'vpncli.exe stats'
    'endpoint-tests.json'  = 'Test-NetConnection -ComputerName <endpoint> -Port 443 | ConvertTo-Json'
}

$CollectorVersion = '1.0.0'
$SnapshotFormat = 'triage-snapshot/1'
$NativeTimeoutSeconds = 120

# Microsoft Entra ID / Microsoft 365 endpoints that OneDrive sign-in and device
# registration need (tested only with -TestEndpoints).
$AuthEndpoints = @(
    'login.microsoftonline.com'
    'login.microsoft.com'
    'login.windows.net'
    'device.login.microsoftonline.com'
    'enterpriseregistration.windows.net'
    'aadcdn.msftauth.net'
    'aadcdn.msauth.net'
    'graph.microsoft.com'
)

# UTF-8 with BOM; the same bytes in Windows PowerShell 5.1 and PowerShell 7.
$Utf8WithBom = New-Object System.Text.UTF8Encoding($true)

# Per-file outcome, written into manifest.json as "files".
$FileResults = [ordered]@{}

function Set-FileResult {
    param(
        [Parameter(Mandatory)] [string] $File,
        [object] $ExitCode = $null,
        [string] $ErrorText = $null,
        [bool] $Written = $false,
        [string] $Note = $null
    )
    $entry = [ordered]@{
        command  = $SnapshotFiles[$File]
        written  = $Written
        exitCode = $ExitCode
        error    = $(if ([string]::IsNullOrEmpty($ErrorText)) { $null } else { $ErrorText })
    }
    if ($Note) { $entry['note'] = $Note }
    $FileResults[$File] = $entry
}

function Write-SnapshotFile {
    # The one and only writer: UTF-8 with BOM, CRLF line endings, names from $SnapshotFiles.
    # (Out-File and '>' are not used: their encoding differs between editions, UTF-16LE in
    # Windows PowerShell 5.1, UTF-8 without BOM in PowerShell 7. Snapshot readers accept both
    # and this one, so snapshots collected by hand with either edition still open.)
    param(
        [Parameter(Mandatory)] [string] $File,
        [Parameter(Mandatory)] [AllowEmptyString()] [string] $Text
    )
    if (-not $SnapshotFiles.Contains($File)) {
        throw "Internal error: '$File' is not a snapshot file name declared in `$SnapshotFiles."
    }
    # Normalise every line ending (LF, CRLF, and the CR CR LF some tools emit) to CRLF.
    $crlf = [regex]::Replace($Text, "\r*\n", "`r`n")
    if ($crlf.Length -gt 0 -and -not $crlf.EndsWith("`r`n")) { $crlf += "`r`n" }
    $path = Join-Path $script:SnapshotDir $File
    [System.IO.File]::WriteAllText($path, $crlf, $Utf8WithBom)
}

function Get-PropertyValue {
    # StrictMode-safe property read: $null when the object or the property is absent.
    param([object] $InputObject, [string] $Name)
    if ($null -eq $InputObject) { return $null }
    $prop = $InputObject.PSObject.Properties[$Name]
    if ($null -eq $prop) { return $null }
    return $prop.Value
}

function Get-NativeCommandPath {
    param([Parameter(Mandatory)] [string] $ExeName)
    if ([System.IO.Path]::IsPathRooted($ExeName)) { return $ExeName }
    $systemDir = Join-Path $env:SystemRoot 'System32'
    if ([Environment]::Is64BitOperatingSystem -and -not [Environment]::Is64BitProcess) {
        # 32-bit PowerShell on 64-bit Windows: System32 is redirected to SysWOW64, where
        # dsregcmd.exe does not exist. Sysnative reaches the real System32.
        $systemDir = Join-Path $env:SystemRoot 'Sysnative'
    }
    $candidate = Join-Path $systemDir $ExeName
    if (Test-Path -LiteralPath $candidate) { return $candidate }
    return $ExeName   # let the process start fail with "file not found", recorded below
}

function Invoke-NativeCommand {
    # Runs a console tool and returns its stdout as text, its stderr and exit code. Output
    # is decoded with the console's code page ([Console]::OutputEncoding), which is what
    # these tools write when their output is redirected.
    param(
        [Parameter(Mandatory)] [string] $ExeName,
        [string[]] $Arguments = @()
    )
    $psi = New-Object System.Diagnostics.ProcessStartInfo
    $psi.FileName = Get-NativeCommandPath -ExeName $ExeName
    $psi.Arguments = ($Arguments -join ' ')
    $psi.UseShellExecute = $false
    $psi.CreateNoWindow = $true
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    try {
        $psi.StandardOutputEncoding = [Console]::OutputEncoding
        $psi.StandardErrorEncoding = [Console]::OutputEncoding
    } catch {
        # No console (for example a scheduled task): keep the process defaults.
        Write-Verbose "Console encoding unavailable: $($_.Exception.Message)"
    }
    $process = [System.Diagnostics.Process]::Start($psi)
    try {
        # Read both streams asynchronously so that a full stderr pipe cannot deadlock stdout.
        $stdoutTask = $process.StandardOutput.ReadToEndAsync()
        $stderrTask = $process.StandardError.ReadToEndAsync()
        if (-not $process.WaitForExit($NativeTimeoutSeconds * 1000)) {
            try { $process.Kill() } catch { Write-Verbose "Kill failed: $($_.Exception.Message)" }
            throw "$ExeName did not finish within $NativeTimeoutSeconds seconds and was stopped."
        }
        $process.WaitForExit()
        return [pscustomobject]@{
            StdOut   = $stdoutTask.Result
            StdErr   = $stderrTask.Result
            ExitCode = $process.ExitCode
        }
    } finally {
        $process.Dispose()
    }
}

function Save-NativeOutput {
    # One guarded native command -> one snapshot file.
    param(
        [Parameter(Mandatory)] [string] $File,
        [Parameter(Mandatory)] [string] $ExeName,
        [string[]] $Arguments = @()
    )
    Write-Host ("  {0,-22} {1}" -f $File, $SnapshotFiles[$File])
    try {
        $result = Invoke-NativeCommand -ExeName $ExeName -Arguments $Arguments
        $stderr = $result.StdErr.Trim()
        if ([string]::IsNullOrWhiteSpace($result.StdOut)) {
            Set-FileResult -File $File -ExitCode $result.ExitCode -ErrorText ("no output. " + $stderr).Trim()
            return
        }
        Write-SnapshotFile -File $File -Text $result.StdOut
        $errorText = $null
        if ($result.ExitCode -ne 0) { $errorText = ("exit code $($result.ExitCode). " + $stderr).Trim() }
        elseif ($stderr) { $errorText = $stderr }
        Set-FileResult -File $File -ExitCode $result.ExitCode -ErrorText $errorText -Written $true
    } catch {
        Set-FileResult -File $File -ErrorText $_.Exception.Message
        Write-Warning "$($SnapshotFiles[$File]) failed: $($_.Exception.Message)"
    }
}

# ConvertTo-Json with the same options everywhere: explicit depth, enums as strings where
# the edition supports it (PowerShell 7); Windows PowerShell 5.1 writes enums as numbers.
$JsonSupportsEnumsAsStrings = (Get-Command ConvertTo-Json).Parameters.ContainsKey('EnumsAsStrings')
if ($PSVersionTable.PSVersion.Major -lt 6) {
    # Windows PowerShell 5.1 adds an extended "Count" member to arrays, which makes
    # ConvertTo-Json write {"value":[...],"Count":n} for nested arrays. Removing that type
    # data affects this session only.
    Remove-TypeData -TypeName System.Array -ErrorAction SilentlyContinue
}

function ConvertTo-SnapshotJson {
    param([AllowNull()] [object] $InputObject)
    $jsonArgs = @{ InputObject = $InputObject; Depth = 4 }
    if ($JsonSupportsEnumsAsStrings) { $jsonArgs['EnumsAsStrings'] = $true }
    $json = ConvertTo-Json @jsonArgs
    if ($null -eq $json) { return 'null' }
    return ([string]$json).TrimEnd()
}

function Save-JsonOutput {
    # One guarded PowerShell collection -> one snapshot JSON file. The script block returns
    # the objects; it may also return errors through $script:PartialErrors.
    param(
        [Parameter(Mandatory)] [string] $File,
        [Parameter(Mandatory)] [scriptblock] $Collect
    )
    Write-Host ("  {0,-22} {1}" -f $File, $SnapshotFiles[$File])
    $script:PartialErrors = New-Object System.Collections.Generic.List[string]
    try {
        # Always an array (possibly empty): readers accept an object or an array.
        $items = @(& $Collect)
        Write-SnapshotFile -File $File -Text (ConvertTo-SnapshotJson -InputObject $items)
        $errorText = $null
        if ($script:PartialErrors.Count -gt 0) { $errorText = ($script:PartialErrors -join ' | ') }
        Set-FileResult -File $File -Written $true -ErrorText $errorText
    } catch {
        $all = @($script:PartialErrors) + $_.Exception.Message
        Set-FileResult -File $File -ErrorText ($all -join ' | ')
        Write-Warning "$($SnapshotFiles[$File]) failed: $($_.Exception.Message)"
    }
}

# ---------------------------------------------------------------------------------------
# Language-independent collections (JSON files). The statements of Get-AdapterList and
# Get-ProxyRegistry are the same, one per line, as AdaptersJsonFormat.QUERY_STATEMENTS and
# ProxyRegistryFormat.QUERY_STATEMENTS in org.triage.formats, which the live Windows target
# runs (CollectorAgreementTest checks that they stay the same).
# ---------------------------------------------------------------------------------------

# CredEnumerateW through P/Invoke: no module needed. Only the names, types, user names,
# persistence and times of the entries are copied out; the CredentialBlob (the secret) of an
# entry is never read.
$CredentialApiSource = @'
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace TriageCollector
{
    public sealed class CredentialEntry
    {
        public string TargetName;
        public uint Type;
        public string UserName;
        public uint Persist;
        public long LastWritten;
    }

    public static class CredentialApi
    {
        [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
        private struct CREDENTIAL
        {
            public uint Flags;
            public uint Type;
            public IntPtr TargetName;
            public IntPtr Comment;
            public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
            public uint CredentialBlobSize;
            public IntPtr CredentialBlob;
            public uint Persist;
            public uint AttributeCount;
            public IntPtr Attributes;
            public IntPtr TargetAlias;
            public IntPtr UserName;
        }

        private const uint CRED_ENUMERATE_ALL_CREDENTIALS = 0x1;
        private const int ERROR_NOT_FOUND = 1168;

        [DllImport("advapi32.dll", EntryPoint = "CredEnumerateW", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern bool CredEnumerate(string filter, uint flags, out uint count, out IntPtr credentials);

        [DllImport("advapi32.dll", EntryPoint = "CredFree")]
        private static extern void CredFree(IntPtr buffer);

        public static List<CredentialEntry> Enumerate()
        {
            List<CredentialEntry> entries = new List<CredentialEntry>();
            uint count;
            IntPtr array;
            if (!CredEnumerate(null, CRED_ENUMERATE_ALL_CREDENTIALS, out count, out array))
            {
                int error = Marshal.GetLastWin32Error();
                if (error == ERROR_NOT_FOUND)
                {
                    return entries;
                }
                throw new InvalidOperationException("CredEnumerateW failed with Windows error " + error);
            }
            try
            {
                for (int i = 0; i < count; i++)
                {
                    IntPtr pointer = Marshal.ReadIntPtr(array, i * IntPtr.Size);
                    CREDENTIAL credential = (CREDENTIAL)Marshal.PtrToStructure(pointer, typeof(CREDENTIAL));
                    CredentialEntry entry = new CredentialEntry();
                    entry.TargetName = Marshal.PtrToStringUni(credential.TargetName);
                    entry.Type = credential.Type;
                    entry.UserName = credential.UserName == IntPtr.Zero ? null : Marshal.PtrToStringUni(credential.UserName);
                    entry.Persist = credential.Persist;
                    entry.LastWritten = ((long)(uint)credential.LastWritten.dwHighDateTime << 32) | (uint)credential.LastWritten.dwLowDateTime;
                    entries.Add(entry);
                }
            }
            finally
            {
                CredFree(array);
            }
            return entries;
        }
    }
}
'@

function Get-CredentialList {
    if (-not ('TriageCollector.CredentialApi' -as [type])) {
        Add-Type -TypeDefinition $CredentialApiSource -Language CSharp
    }
    foreach ($entry in [TriageCollector.CredentialApi]::Enumerate()) {
        [pscustomobject][ordered]@{
            TargetName  = $entry.TargetName
            Type        = $entry.Type
            UserName    = $entry.UserName
            Persist     = $entry.Persist
            LastWritten = $(if ($entry.LastWritten -gt 0) { [DateTime]::FromFileTimeUtc($entry.LastWritten).ToString('o', $invariant) } else { $null })
        }
    }
}

function Get-AdapterList {
    # Every IP interface but loopback (what ipconfig /all lists), joined by interface index with
    # Get-NetAdapter -IncludeHidden, Get-NetIPInterface, Get-DnsClientServerAddress, Get-DnsClient.
    $ipInterfaces = @{}
    foreach ($i in @(Get-NetIPInterface -AddressFamily IPv4)) { $ipInterfaces[[int]$i.InterfaceIndex] = $i }
    $dnsServers = @{}
    foreach ($d in (@(Get-DnsClientServerAddress -AddressFamily IPv4) + @(Get-DnsClientServerAddress -AddressFamily IPv6))) { $dnsServers[[int]$d.InterfaceIndex] = @(@($dnsServers[[int]$d.InterfaceIndex]) + @($d.ServerAddresses) | Where-Object { $_ }) }
    $suffixes = @{}
    foreach ($c in @(Get-DnsClient)) { $suffixes[[int]$c.InterfaceIndex] = $c.ConnectionSpecificSuffix }
    $netAdapters = @{}
    foreach ($a in @(Get-NetAdapter -IncludeHidden)) { $netAdapters[[int]$a.InterfaceIndex] = $a }
    foreach ($configuration in @(Get-NetIPConfiguration -All)) { $index = [int]$configuration.InterfaceIndex; $adapter = $netAdapters[$index]; $ipInterface = $ipInterfaces[$index]; if ($null -eq $adapter -and [string]$configuration.InterfaceDescription -like '*Loopback*') { continue }; [pscustomobject][ordered]@{ Name = [string]$configuration.InterfaceAlias; InterfaceDescription = [string]$configuration.InterfaceDescription; InterfaceIndex = $index; Status = $(if ($null -ne $adapter) { [string]$adapter.Status } elseif ($null -ne $ipInterface) { [string]$ipInterface.ConnectionState } else { $null }); MacAddress = $(if ($null -ne $adapter) { [string]$adapter.MacAddress } else { $null }); InterfaceType = $(if ($null -ne $adapter) { [int]$adapter.InterfaceType } else { $null }); MediaType = $(if ($null -ne $adapter) { [string]$adapter.MediaType } else { $null }); IPv4Address = @(@($configuration.IPv4Address) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_.IPAddress }); IPv6Address = @(@($configuration.IPv6Address) + @($configuration.IPv6LinkLocalAddress) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_.IPAddress }); IPv4DefaultGateway = @(@($configuration.IPv4DefaultGateway) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_.NextHop }); DnsServer = @($dnsServers[$index] | Where-Object { $_ }); ConnectionSpecificSuffix = $suffixes[$index]; InterfaceMetric = $(if ($null -ne $ipInterface) { [int]$ipInterface.InterfaceMetric } else { $null }) } }
}

function Get-ProxyRegistry {
    # The registry values as they are; the binary ones as hexadecimal digits.
    $winHttp = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections' -Name WinHttpSettings -ErrorAction SilentlyContinue
    $defaultConnection = Get-ItemProperty -LiteralPath 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings\Connections' -Name DefaultConnectionSettings -ErrorAction SilentlyContinue
    $user = @{}
    foreach ($name in @('ProxyEnable', 'ProxyServer', 'ProxyOverride', 'AutoConfigURL', 'AutoDetect')) { $value = Get-ItemProperty -LiteralPath 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Internet Settings' -Name $name -ErrorAction SilentlyContinue; $user[$name] = $(if ($null -ne $value) { $value.$name } else { $null }) }
    [pscustomobject][ordered]@{ WinHttpSettings = $(if ($null -ne $winHttp) { [BitConverter]::ToString([byte[]]$winHttp.WinHttpSettings).Replace('-', '') } else { $null }); ProxyEnable = $user['ProxyEnable']; ProxyServer = $user['ProxyServer']; ProxyOverride = $user['ProxyOverride']; AutoConfigURL = $user['AutoConfigURL']; AutoDetect = $user['AutoDetect']; DefaultConnectionSettings = $(if ($null -ne $defaultConnection) { [BitConverter]::ToString([byte[]]$defaultConnection.DefaultConnectionSettings).Replace('-', '') } else { $null }) }
}

function Get-TlsSettings {
    # Registry values as they are (null where not set); the cipher suites Schannel enables, in order.
    $read = { param($key, $name) $item = Get-ItemProperty -LiteralPath $key -Name $name -ErrorAction SilentlyContinue; if ($null -ne $item) { $item.$name } else { $null } }
    $protocols = @(foreach ($protocol in @('TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3')) { $client = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\' + $protocol + '\Client'; [pscustomobject][ordered]@{ Protocol = $protocol; Enabled = (& $read $client 'Enabled'); DisabledByDefault = (& $read $client 'DisabledByDefault') } })
    $suites = $null; $suitesError = $null; try { $suites = @(Get-TlsCipherSuite | ForEach-Object { [pscustomobject][ordered]@{ Name = [string]$_.Name; CipherSuite = [int]$_.CipherSuite; Protocols = @($_.Protocols | ForEach-Object { [int]$_ }) } }) } catch { $suitesError = $_.Exception.Message }
    [pscustomobject][ordered]@{ Protocols = $protocols; WinHttpDefaultSecureProtocols = (& $read 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\WinHttp' 'DefaultSecureProtocols'); SchUseStrongCrypto = (& $read 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' 'SchUseStrongCrypto'); SystemDefaultTlsVersions = (& $read 'HKLM:\SOFTWARE\Microsoft\.NETFramework\v4.0.30319' 'SystemDefaultTlsVersions'); CipherSuites = $suites; CipherSuitesError = $suitesError; CipherSuiteOrderPolicy = (& $read 'HKLM:\SOFTWARE\Policies\Microsoft\Cryptography\Configuration\SSL\00010002' 'Functions') }
}

function Get-ClockReading {
    # This PC's clock around a HEAD request to Entra ID's sign-in endpoint, and the answer's Date header.
    $reference = 'https://login.microsoftonline.com/'
    $date = $null; $referenceError = $null
    try { [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12 } catch { }
    $before = [DateTime]::UtcNow
    try { $request = [System.Net.HttpWebRequest]::Create($reference); $request.Method = 'HEAD'; $request.Timeout = 15000; $request.AllowAutoRedirect = $false; try { $response = $request.GetResponse() } catch [System.Net.WebException] { $response = $_.Exception.Response; if ($null -eq $response) { throw } }; $date = $response.Headers['Date']; $response.Close() } catch { $referenceError = $_.Exception.Message }
    $after = [DateTime]::UtcNow
    [pscustomobject][ordered]@{ LocalTime = [DateTimeOffset]::Now.ToString('o'); UtcTimeBefore = $before.ToString('o'); UtcTimeAfter = $after.ToString('o'); Reference = $reference; ReferenceDate = $date; ReferenceError = $referenceError }
}

# ---------------------------------------------------------------------------------------
# Output folder
# ---------------------------------------------------------------------------------------
$startedAt = [DateTimeOffset]::Now
$invariant = [System.Globalization.CultureInfo]::InvariantCulture
if ([string]::IsNullOrWhiteSpace($OutputPath)) {
    $OutputPath = Join-Path $env:TEMP ('TriageSnapshot-{0}-{1}' -f $env:COMPUTERNAME, $startedAt.ToString('yyyyMMdd-HHmmss', $invariant))
}
$OutputPath = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutputPath)
if (Test-Path -LiteralPath $OutputPath) {
    if (@(Get-ChildItem -LiteralPath $OutputPath -Force).Count -gt 0) {
        throw "The folder '$OutputPath' already exists and is not empty. Choose another -OutputPath."
    }
} else {
    $null = [System.IO.Directory]::CreateDirectory($OutputPath)
}
$script:SnapshotDir = $OutputPath

Write-Host "Collecting a Triage Console snapshot into $OutputPath"

# ---------------------------------------------------------------------------------------
# Native commands (text files)
# ---------------------------------------------------------------------------------------
Save-NativeOutput -File 'dsregcmd-status.txt' -ExeName 'dsregcmd.exe' -Arguments '/status'
Save-NativeOutput -File 'cmdkey-list.txt' -ExeName 'cmdkey.exe' -Arguments '/list'
Save-NativeOutput -File 'ipconfig-all.txt' -ExeName 'ipconfig.exe' -Arguments '/all'
Save-NativeOutput -File 'winhttp-proxy.txt' -ExeName 'netsh.exe' -Arguments @('winhttp', 'show', 'proxy')
Save-NativeOutput -File 'w32tm-status.txt' -ExeName 'w32tm.exe' -Arguments @('/query', '/status', '/verbose')

# Cisco Secure Client (AnyConnect) states its own tunnel mode (Tunnel All Traffic, Split Include, Split Exclude);
# vpncli.exe exists only where the client is installed: Secure Client 5's folder, then AnyConnect 4's.
$VpncliFolders = @('Cisco\Cisco Secure Client', 'Cisco\Cisco AnyConnect Secure Mobility Client')
$VpncliCandidates = @()
foreach ($programFiles in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, 'C:\Program Files (x86)')) {
    if ($programFiles) { foreach ($folder in $VpncliFolders) { $VpncliCandidates += (Join-Path (Join-Path $programFiles $folder) 'vpncli.exe') } }
}
$Vpncli = $VpncliCandidates | Where-Object { Test-Path -LiteralPath $_ } | Select-Object -First 1
if ($Vpncli) {
    Save-NativeOutput -File 'vpncli-stats.txt' -ExeName $Vpncli -Arguments 'stats'
} else {
    Set-FileResult -File 'vpncli-stats.txt' -Note 'Cisco Secure Client (vpncli.exe) is not installed'
}

# ---------------------------------------------------------------------------------------
# PowerShell commands (JSON files)
# ---------------------------------------------------------------------------------------
$VpnProperties = @(
    'Name', 'ServerAddress', 'AllUserConnection', 'Guid', 'TunnelType', 'AuthenticationMethod',
    'EncryptionLevel', 'L2tpIPsecAuth', 'UseWinlogonCredential', 'ConnectionStatus',
    'RememberCredential', 'SplitTunneling', 'DnsSuffix', 'IdleDisconnectSeconds'
)
Save-JsonOutput -File 'vpn-connections.json' -Collect {
    # Per-user connections and all-user (machine) connections, one combined array. Explicit
    # properties keep the CIM plumbing (CimClass, CimInstanceProperties, ...) out of the JSON.
    foreach ($allUsers in @($false, $true)) {
        try {
            if ($allUsers) { $found = @(Get-VpnConnection -AllUserConnection) }
            else { $found = @(Get-VpnConnection) }
            $found | Select-Object -Property $VpnProperties
        } catch {
            $script:PartialErrors.Add($(if ($allUsers) { 'Get-VpnConnection -AllUserConnection: ' } else { 'Get-VpnConnection: ' }) + $_.Exception.Message)
        }
    }
    if ($script:PartialErrors.Count -ge 2) { throw 'Get-VpnConnection failed for both per-user and all-user connections.' }
}

Save-JsonOutput -File 'vpn-dial-events.json' -Collect {
    # When each VPN session began: RasClient writes event 20221 when a dial starts, and its message
    # names the profile. No such event (nothing dialed since the log was cleared) is an empty array.
    # Times in UTC ISO 8601, the same in both editions (5.1 would write /Date(...)/ otherwise).
    $dialFilter = @{ LogName = 'Application'; ProviderName = 'RasClient'; Id = 20221 }
    Get-WinEvent -FilterHashtable $dialFilter -MaxEvents 50 -ErrorAction SilentlyContinue |
        Select-Object -Property @{ Name = 'TimeCreated'; Expression = { $_.TimeCreated.ToUniversalTime().ToString('o') } }, Id, Message
}

Save-JsonOutput -File 'aad-operational-events.json' -Collect {
    # The token broker's (WAM / CloudAP) own record of why token requests failed: events such as 1098
    # (token broker operation failed, with its error and the app), 1097, 1104, 1081 (OAuth response
    # error) and 1025 (HTTP request status). The last 7 days, at most 500. No log or no event is an
    # empty array. Times in UTC ISO 8601; Properties are the event's data values as text.
    $aadFilter = @{ LogName = 'Microsoft-Windows-AAD/Operational'; StartTime = (Get-Date).AddDays(-7) }
    Get-WinEvent -FilterHashtable $aadFilter -MaxEvents 500 -ErrorAction SilentlyContinue |
        Select-Object -Property @{ Name = 'TimeCreated'; Expression = { $_.TimeCreated.ToUniversalTime().ToString('o') } },
            Id, LevelDisplayName, Message,
            @{ Name = 'Properties'; Expression = { @($_.Properties | ForEach-Object { [string]$_.Value }) } }
}

Save-JsonOutput -File 'routes.json' -Collect {
    # The active routing table (not the persistent store, which repeats static routes).
    # InterfaceMetric is added so that a reader can compute the effective metric
    # (RouteMetric + InterfaceMetric) that Windows uses to choose a default route.
    $interfaceMetric = @{}
    try {
        foreach ($ipInterface in @(Get-NetIPInterface -AddressFamily IPv4)) { $interfaceMetric[[int]$ipInterface.InterfaceIndex] = $ipInterface.InterfaceMetric }
    } catch {
        $script:PartialErrors.Add('Get-NetIPInterface: ' + $_.Exception.Message)
    }
    $routeProperties = @(
        'DestinationPrefix', 'NextHop', 'InterfaceAlias', 'InterfaceIndex', 'RouteMetric',
        @{ Name = 'InterfaceMetric'; Expression = { $interfaceMetric[[int]$_.InterfaceIndex] } }
    )
    Get-NetRoute -AddressFamily IPv4 -PolicyStore ActiveStore | Select-Object -Property $routeProperties
}

Save-JsonOutput -File 'credentials.json' -Collect { Get-CredentialList }
Save-JsonOutput -File 'adapters.json' -Collect { Get-AdapterList }
Save-JsonOutput -File 'winhttp-proxy.json' -Collect { Get-ProxyRegistry }
Save-JsonOutput -File 'clock.json' -Collect { Get-ClockReading }
Save-JsonOutput -File 'tls-settings.json' -Collect { Get-TlsSettings }

if ($TestEndpoints) {
    Save-JsonOutput -File 'endpoint-tests.json' -Collect {
        foreach ($endpoint in $AuthEndpoints) {
            Write-Host "      Test-NetConnection $endpoint -Port 443"
            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            try {
                $test = Test-NetConnection -ComputerName $endpoint -Port 443 -WarningAction SilentlyContinue
                $watch.Stop()
                # RemoteAddress and SourceAddress are flattened to text: the raw objects
                # serialise as nested .NET/CIM structures (and an IPv6 System.Net.IPAddress
                # throws on its Address property).
                $remote = Get-PropertyValue $test 'RemoteAddress'
                $source = Get-PropertyValue $test 'SourceAddress'
                [pscustomobject][ordered]@{
                    ComputerName            = $endpoint
                    RemotePort              = Get-PropertyValue $test 'RemotePort'
                    RemoteAddress           = $(if ($null -ne $remote) { [string]$remote } else { $null })
                    InterfaceAlias          = Get-PropertyValue $test 'InterfaceAlias'
                    SourceAddress           = $(if ($null -ne $source) { [string](Get-PropertyValue $source 'IPAddress') } else { $null })
                    NameResolutionSucceeded = Get-PropertyValue $test 'NameResolutionSucceeded'
                    TcpTestSucceeded        = Get-PropertyValue $test 'TcpTestSucceeded'
                    PingSucceeded           = Get-PropertyValue $test 'PingSucceeded'
                    DurationMs              = $watch.ElapsedMilliseconds
                }
            } catch {
                $script:PartialErrors.Add("Test-NetConnection ${endpoint}: " + $_.Exception.Message)
                [pscustomobject][ordered]@{
                    ComputerName            = $endpoint
                    RemotePort              = 443
                    RemoteAddress           = $null
                    InterfaceAlias          = $null
                    SourceAddress           = $null
                    NameResolutionSucceeded = $null
                    TcpTestSucceeded        = $null
                    PingSucceeded           = $null
                    DurationMs              = $watch.ElapsedMilliseconds
                    Error                   = $_.Exception.Message
                }
            }
        }
    }
} else {
    Set-FileResult -File 'endpoint-tests.json' -Note 'not requested (run with -TestEndpoints)'
}

# ---------------------------------------------------------------------------------------
# Manifest (written last, so that it records how every other file went)
# ---------------------------------------------------------------------------------------
Write-Host ("  {0,-22} {1}" -f 'manifest.json', $SnapshotFiles['manifest.json'])
$osText = [Environment]::OSVersion.VersionString
try {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $osText = '{0} {1}' -f $os.Caption, $os.Version
} catch {
    Write-Verbose "Win32_OperatingSystem unavailable: $($_.Exception.Message)"
}
$upn = $null
try {
    $whoami = Invoke-NativeCommand -ExeName 'whoami.exe' -Arguments '/upn'
    if ($whoami.ExitCode -eq 0) { $upn = $whoami.StdOut.Trim() }
} catch {
    Write-Verbose "whoami /upn unavailable: $($_.Exception.Message)"
}
Set-FileResult -File 'manifest.json' -Written $true

$manifest = [ordered]@{
    format            = $SnapshotFormat
    collectedAt       = $startedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", $invariant)
    hostname          = $env:COMPUTERNAME
    user              = '{0}\{1}' -f $env:USERDOMAIN, $env:USERNAME
    userPrincipalName = $upn
    os                = $osText
    collectorVersion  = $CollectorVersion
    psVersion         = $PSVersionTable.PSVersion.ToString()
    psEdition         = $(if ($PSVersionTable.ContainsKey('PSEdition')) { [string]$PSVersionTable.PSEdition } else { 'Desktop' })
    files             = $FileResults
}
try {
    Write-SnapshotFile -File 'manifest.json' -Text (ConvertTo-SnapshotJson -InputObject $manifest)
} catch {
    Write-Warning "manifest.json could not be written: $($_.Exception.Message)"
}

# ---------------------------------------------------------------------------------------
# Zip
# ---------------------------------------------------------------------------------------
$zipPath = $null
if (-not $NoZip) {
    $zipPath = "$OutputPath.zip"
    try {
        if (Test-Path -LiteralPath $zipPath) { Remove-Item -LiteralPath $zipPath -Force }
        Compress-Archive -Path (Join-Path $OutputPath '*') -DestinationPath $zipPath
    } catch {
        Write-Warning "Compress-Archive failed ($($_.Exception.Message)); trying System.IO.Compression."
        try {
            Add-Type -AssemblyName System.IO.Compression.FileSystem
            if (Test-Path -LiteralPath $zipPath) { Remove-Item -LiteralPath $zipPath -Force }
            [System.IO.Compression.ZipFile]::CreateFromDirectory($OutputPath, $zipPath)
        } catch {
            Write-Warning "The zip could not be created: $($_.Exception.Message). Attach the folder instead."
            $zipPath = $null
        }
    }
}

$failed = @($FileResults.Keys | Where-Object { -not $FileResults[$_].written -and -not $FileResults[$_].Contains('note') })
Write-Host ''
if ($failed.Count -gt 0) {
    Write-Host ("Skipped (see manifest.json): {0}" -f ($failed -join ', ')) -ForegroundColor Yellow
}
if ($zipPath) {
    Write-Host "Snapshot ready: $zipPath" -ForegroundColor Green
} else {
    Write-Host "Snapshot ready: $OutputPath" -ForegroundColor Green
}
Write-Host 'It contains no passwords and no tokens (cmdkey /list shows only the names of saved credentials).'
Write-Host 'It does contain computer, user and network names: attach it to your ticket only.'

if ($zipPath) { $zipPath } else { $OutputPath }
