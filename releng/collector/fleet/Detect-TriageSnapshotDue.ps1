#Requires -Version 5.1
<#
.SYNOPSIS
    Intune remediation, detection script: is a fresh Triage snapshot of this device on the share?

.DESCRIPTION
    Exit 0 ("not due"): the share holds a zip of this device written less than -MaxAgeHours ago.
    Exit 1 ("due"):     it holds none, or the share cannot be reached; Intune then runs the
                        remediation script, Invoke-TriageFleetCollection.ps1, which collects one.
    Intune runs the remediation only after exit code 1; any other code means "no issue". The
    script changes nothing and prints one line (Intune keeps at most 2048 characters).

    Intune runs it without parameters: set the defaults below, the same as in the remediation
    script, before uploading. Run as the logged-on user, in 64-bit PowerShell (see README.md).

.PARAMETER SharePath
    The UNC folder that receives the zips (the remediation script's -SharePath).

.PARAMETER MaxAgeHours
    A zip younger than this counts as fresh. Default 20 h: with Intune's daily schedule a device
    sends about one snapshot a day.
#>
[CmdletBinding()]
param(
    [string] $SharePath = '\\fileserver\triage-snapshots$',
    [int] $MaxAgeHours = 20
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

function Get-DeviceFileStem {
    # The device part of the file name: the same as in Invoke-TriageFleetCollection.ps1.
    $name = $env:COMPUTERNAME
    if ([string]::IsNullOrWhiteSpace($name)) { $name = [System.Net.Dns]::GetHostName() }
    foreach ($c in [System.IO.Path]::GetInvalidFileNameChars()) { $name = $name.Replace([string]$c, '-') }
    return $name.Replace('_', '-').ToUpperInvariant()
}

# Intune runs a "logged-on credentials" script as SYSTEM when nobody is logged on; a snapshot of SYSTEM's
# credentials and proxy settings would say nothing about the user's sign-in, so it is not due then.
if ([System.Security.Principal.WindowsIdentity]::GetCurrent().User.Value -eq 'S-1-5-18') {
    Write-Output 'Not due: no user is logged on (running as SYSTEM); the next run with a user collects.'
    exit 0
}

try {
    if (-not (Test-Path -LiteralPath $SharePath -PathType Container)) {
        Write-Output "Due: the share $SharePath is not reachable."
        exit 1
    }
    $device = Get-DeviceFileStem
    $newest = Get-ChildItem -LiteralPath $SharePath -File -Filter ($device + '_*.zip') | Where-Object { $_.Name -match '^[^_]+_\d{8}T\d{6}Z\.zip$' } | Sort-Object Name -Descending | Select-Object -First 1
    if ($null -eq $newest) {
        Write-Output "Due: no snapshot of $device on $SharePath."
        exit 1
    }
    $stamp = [DateTime]::ParseExact($newest.Name.Substring($device.Length + 1, 16), "yyyyMMdd'T'HHmmss'Z'", [System.Globalization.CultureInfo]::InvariantCulture, [System.Globalization.DateTimeStyles]'AssumeUniversal,AdjustToUniversal')
    $ageHours = ([DateTime]::UtcNow - $stamp).TotalHours
    if ($ageHours -ge $MaxAgeHours) {
        Write-Output ("Due: the newest snapshot {0} is {1:N1} h old." -f $newest.Name, $ageHours)
        exit 1
    }
    Write-Output ("Fresh: {0} is {1:N1} h old." -f $newest.Name, $ageHours)
    exit 0
} catch {
    Write-Output ("Due: the check failed: " + $_.Exception.Message)
    exit 1
}
