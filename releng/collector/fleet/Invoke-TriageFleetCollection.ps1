#Requires -Version 5.1
<#
.SYNOPSIS
    Collects a Triage Console snapshot of this device and drops the zip on a share for the fleet.

.DESCRIPTION
    The remediation script of the Intune remediation "Triage snapshot to share", and the action of
    the scheduled task that Register-TriageFleetTask.ps1 registers. It:
      1. runs Collect-TriageSnapshot.ps1 (from -CollectorPath) in a child Windows PowerShell, into
         a folder under %TEMP%, its console output going to a log file beside it;
      2. copies the zip to the share under a temporary name (".<final name>.partial"), then renames
         it to <DEVICE>_<yyyyMMddTHHmmssZ>.zip, so that an ingest never sees half a file;
      3. keeps the -Keep newest zips of this device on the share and deletes older ones, and
         deletes this device's leftover .partial files older than a day;
      4. removes its temporary folder.
    It prints ONE line (Intune shows at most 2048 characters of output) and exits 0 when the zip is
    on the share, 1 otherwise.

    Intune runs a remediation script without parameters: set the defaults below before uploading.

    Run as the logged-on user (Intune: "Run this script using the logged-on credentials" = Yes): the
    collector reads the user's Credential Manager entries, the user's proxy settings and the user's
    UPN, which the SYSTEM account does not see. Run in 64-bit PowerShell.

.PARAMETER SharePath
    The UNC folder that receives the zips, e.g. \\fs01\triage-snapshots$. The user needs to create
    files there and delete their own (CREATOR OWNER); see README.md.

.PARAMETER Keep
    How many zips of this device to keep on the share (the newest). At least 1.

.PARAMETER CollectorPath
    Collect-TriageSnapshot.ps1 to run. Default: beside this script, else <SharePath>\collector\.

.PARAMETER TestEndpoints
    Pass -TestEndpoints to the collector (slower: up to about 20 s per unreachable endpoint).
#>
[CmdletBinding()]
param(
    [string] $SharePath = '\\fileserver\triage-snapshots$',
    [int] $Keep = 3,
    [string] $CollectorPath = '',
    [switch] $TestEndpoints
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'

$CollectorName = 'Collect-TriageSnapshot.ps1'
$CollectorTimeoutSeconds = 900

function Get-DeviceFileStem {
    # The device part of the file name: the computer name, with anything a file name cannot hold replaced.
    $name = $env:COMPUTERNAME
    if ([string]::IsNullOrWhiteSpace($name)) { $name = [System.Net.Dns]::GetHostName() }
    foreach ($c in [System.IO.Path]::GetInvalidFileNameChars()) { $name = $name.Replace([string]$c, '-') }
    return $name.Replace('_', '-').ToUpperInvariant()
}

function Exit-WithResult {
    param([int] $Code, [string] $Message)
    if ($Message.Length -gt 2000) { $Message = $Message.Substring(0, 2000) }
    Write-Output $Message
    exit $Code
}

$watch = [System.Diagnostics.Stopwatch]::StartNew()
# Intune falls back to SYSTEM when nobody is logged on: a snapshot of SYSTEM's view would mislead.
if ([System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value -eq 'S-1-5-18') {
    Exit-WithResult 1 'No user is logged on (running as SYSTEM): nothing collected.'
}
if ($Keep -lt 1) { Exit-WithResult 1 "Keep must be at least 1 (was $Keep)." }
if (-not (Test-Path -LiteralPath $SharePath -PathType Container)) {
    Exit-WithResult 1 "The share $SharePath is not reachable from this device (VPN down, or no access)."
}
if ([string]::IsNullOrWhiteSpace($CollectorPath)) {
    $CollectorPath = Join-Path $PSScriptRoot $CollectorName
    if ([string]::IsNullOrWhiteSpace($PSScriptRoot) -or -not (Test-Path -LiteralPath $CollectorPath)) {
        $CollectorPath = Join-Path (Join-Path $SharePath 'collector') $CollectorName
    }
}
if (-not (Test-Path -LiteralPath $CollectorPath -PathType Leaf)) {
    Exit-WithResult 1 "The collector $CollectorPath does not exist."
}

$device = Get-DeviceFileStem
$stampUtc = [DateTime]::UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
$finalName = '{0}_{1}.zip' -f $device, $stampUtc
$workDir = Join-Path ([System.IO.Path]::GetTempPath()) ('TriageFleet-' + [Guid]::NewGuid().ToString('N'))
$snapshotDir = Join-Path $workDir 'snapshot'
$zipPath = "$snapshotDir.zip"
$logPath = Join-Path $workDir 'collector.log'
$null = [System.IO.Directory]::CreateDirectory($workDir)
try {
    # A child process, so that the collector's console output goes to a log and not into the one
    # line Intune keeps, and a collector that hangs can be stopped.
    $hostExe = Join-Path $PSHOME 'powershell.exe'
    if (-not (Test-Path -LiteralPath $hostExe)) { $hostExe = Join-Path $PSHOME 'pwsh.exe' }
    $arguments = @('-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', ('"{0}"' -f $CollectorPath), '-OutputPath', ('"{0}"' -f $snapshotDir))
    if ($TestEndpoints) { $arguments += '-TestEndpoints' }
    $process = Start-Process -FilePath $hostExe -ArgumentList $arguments -WindowStyle Hidden -PassThru -RedirectStandardOutput $logPath -RedirectStandardError "$logPath.err"
    if (-not $process.WaitForExit($CollectorTimeoutSeconds * 1000)) {
        try { $process.Kill() } catch { Write-Verbose $_.Exception.Message }
        Exit-WithResult 1 "The collector did not finish within $CollectorTimeoutSeconds s and was stopped."
    }
    if (-not (Test-Path -LiteralPath $zipPath -PathType Leaf)) {
        $tail = ''
        if (Test-Path -LiteralPath "$logPath.err") { $tail = ((Get-Content -LiteralPath "$logPath.err" -Raw) -replace '\s+', ' ').Trim() }
        Exit-WithResult 1 ("The collector wrote no zip (exit code {0}). {1}" -f $process.ExitCode, $tail)
    }
    $bytes = (Get-Item -LiteralPath $zipPath).Length

    # Atomic on the share: copy under a name no ingest picks up, then rename in the same folder.
    $partialPath = Join-Path $SharePath ('.' + $finalName + '.partial')
    $finalPath = Join-Path $SharePath $finalName
    [System.IO.File]::Copy($zipPath, $partialPath, $true)
    [System.IO.File]::Move($partialPath, $finalPath)

    # Keep the newest $Keep zips of this device; names sort by their UTC time.
    $mine = @(Get-ChildItem -LiteralPath $SharePath -File -Filter ($device + '_*.zip') | Where-Object { $_.Name -match '^[^_]+_\d{8}T\d{6}Z\.zip$' } | Sort-Object Name -Descending)
    $removed = 0
    foreach ($old in @($mine | Select-Object -Skip $Keep)) {
        Remove-Item -LiteralPath $old.FullName -Force
        $removed++
    }
    $dayAgo = [DateTime]::UtcNow.AddDays(-1)
    foreach ($stale in @(Get-ChildItem -LiteralPath $SharePath -File -Force -Filter ('.' + $device + '_*.zip.partial') | Where-Object { $_.LastWriteTimeUtc -lt $dayAgo })) {
        Remove-Item -LiteralPath $stale.FullName -Force
    }
    Exit-WithResult 0 ("Uploaded {0} ({1} bytes) in {2:N0} s; kept {3}, removed {4} older." -f $finalName, $bytes, $watch.Elapsed.TotalSeconds, [Math]::Min($mine.Count, $Keep), $removed)
} catch {
    Exit-WithResult 1 ("Snapshot to share failed: " + $_.Exception.Message)
} finally {
    Remove-Item -LiteralPath $workDir -Recurse -Force -ErrorAction SilentlyContinue
}
