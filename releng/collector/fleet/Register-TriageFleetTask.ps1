#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Registers the scheduled task "Triage Console\Snapshot to share" on this device.

.DESCRIPTION
    For devices that Intune does not manage (or where Remediations are not licensed). Copies
    Invoke-TriageFleetCollection.ps1 and Collect-TriageSnapshot.ps1 to -InstallPath and registers a
    task that runs the first one:
      - at logon of any user (after -LogonDelayMinutes, so that the VPN has time to come up), and
      - every day at -DailyAt;
    as the logged-on user (the members of BUILTIN\Users, with limited rights, only while they are
    logged on): the collector reads the user's Credential Manager entries and proxy settings.
    The task stops after one hour and does not start on battery power only when -SkipOnBattery.
    Run it again to change the settings (the task is replaced); -Unregister removes the task and
    the copied scripts.

.PARAMETER SharePath
    The UNC folder that receives the zips, passed on as Invoke-TriageFleetCollection.ps1 -SharePath.

.PARAMETER Keep
    How many zips of this device to keep on the share, passed on as -Keep.

.PARAMETER DailyAt
    The time of the daily run, e.g. 10:30 (local time).

.PARAMETER LogonDelayMinutes
    How long after a logon the logon run starts.

.PARAMETER InstallPath
    Where the scripts are copied. Default %ProgramData%\TriageConsole\Collector.

.PARAMETER SkipOnBattery
    Do not start the task while the device runs on battery.

.PARAMETER Unregister
    Remove the task and the copied scripts, and nothing else.
#>
[CmdletBinding()]
param(
    [string] $SharePath,
    [int] $Keep = 3,
    [string] $DailyAt = '10:30',
    [int] $LogonDelayMinutes = 10,
    [string] $InstallPath = (Join-Path $env:ProgramData 'TriageConsole\Collector'),
    [switch] $SkipOnBattery,
    [switch] $Unregister
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$TaskPath = '\Triage Console\'
$TaskName = 'Snapshot to share'
$Runner = 'Invoke-TriageFleetCollection.ps1'
$Collector = 'Collect-TriageSnapshot.ps1'

if ($Unregister) {
    if (Get-ScheduledTask -TaskPath $TaskPath -TaskName $TaskName -ErrorAction SilentlyContinue) {
        Unregister-ScheduledTask -TaskPath $TaskPath -TaskName $TaskName -Confirm:$false
        Write-Output "Removed the task $TaskPath$TaskName."
    }
    if (Test-Path -LiteralPath $InstallPath) {
        Remove-Item -LiteralPath $InstallPath -Recurse -Force
        Write-Output "Removed $InstallPath."
    }
    exit 0
}

if ([string]::IsNullOrWhiteSpace($SharePath) -or -not $SharePath.StartsWith('\\')) {
    throw "-SharePath must be a UNC path such as \\fileserver\triage-snapshots$ (was '$SharePath')."
}
if ($Keep -lt 1) { throw "-Keep must be at least 1 (was $Keep)." }

# The collector sits in the repository one folder up; this script's folder holds the runner.
$runnerSource = Join-Path $PSScriptRoot $Runner
$collectorSource = Join-Path (Split-Path -Parent $PSScriptRoot) $Collector
if (-not (Test-Path -LiteralPath $collectorSource)) { $collectorSource = Join-Path $PSScriptRoot $Collector }
foreach ($source in @($runnerSource, $collectorSource)) {
    if (-not (Test-Path -LiteralPath $source -PathType Leaf)) { throw "$source is missing." }
}
$null = [System.IO.Directory]::CreateDirectory($InstallPath)
Copy-Item -LiteralPath $runnerSource -Destination (Join-Path $InstallPath $Runner) -Force
Copy-Item -LiteralPath $collectorSource -Destination (Join-Path $InstallPath $Collector) -Force

$powershell = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
$argumentLine = '-NoProfile -NonInteractive -WindowStyle Hidden -ExecutionPolicy Bypass -File "{0}" -SharePath "{1}" -Keep {2}' -f (Join-Path $InstallPath $Runner), $SharePath, $Keep
$action = New-ScheduledTaskAction -Execute $powershell -Argument $argumentLine -WorkingDirectory $InstallPath

$logonTrigger = New-ScheduledTaskTrigger -AtLogOn
$logonTrigger.Delay = 'PT{0}M' -f $LogonDelayMinutes
$dailyTrigger = New-ScheduledTaskTrigger -Daily -At $DailyAt

# S-1-5-32-545 is BUILTIN\Users whatever the display language: the task runs as whoever is logged on.
$principal = New-ScheduledTaskPrincipal -GroupId 'S-1-5-32-545' -RunLevel Limited

$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 1) -MultipleInstances IgnoreNew -AllowStartIfOnBatteries:(-not $SkipOnBattery) -DontStopIfGoingOnBatteries

$task = New-ScheduledTask -Action $action -Trigger @($logonTrigger, $dailyTrigger) -Principal $principal -Settings $settings -Description 'Triage Console: collects a sign-in snapshot of this device and drops it on the team share (releng/collector/fleet).'
$null = Register-ScheduledTask -TaskPath $TaskPath -TaskName $TaskName -InputObject $task -Force
Write-Output ("Registered {0}{1}: at logon (+{2} min) and daily at {3}, as the logged-on user; zips to {4}, keeping {5}." -f $TaskPath, $TaskName, $LogonDelayMinutes, $DailyAt, $SharePath, $Keep)
exit 0
