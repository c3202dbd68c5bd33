package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fleet packaging of the collector ({@code releng/collector/fleet/}) to the contracts it lives by:
 * Intune Remediations (detection exits 1 when the remediation must run, 0 otherwise; no parameters are passed;
 * at most 2048 characters of output), the scheduled task, and the collector's own parameters and zip path.
 * <p>
 * No PowerShell runs here: the scripts are read as text, with comments and strings told apart by the same
 * scanner as {@link CollectorAgreementTest}. {@code releng/collector/fleet/check-syntax.sh} parses them with
 * the tree-sitter PowerShell grammar where node and npm are at hand.
 */
class FleetCollectorContractTest {

    private static final String FLEET = "releng/collector/fleet/";
    private static final String COLLECTOR = "releng/collector/Collect-TriageSnapshot.ps1";
    private static final String DETECTION = FLEET + "Detect-TriageSnapshotDue.ps1";
    private static final String REMEDIATION = FLEET + "Invoke-TriageFleetCollection.ps1";
    private static final String TASK = FLEET + "Register-TriageFleetTask.ps1";

    private static final Pattern EXIT = Pattern.compile("(?i)\\bexit\\b\\s*(\\S*)");
    private static final Pattern PARAMETER = Pattern.compile(
            "\\[(?:string|int|switch)\\]\\s*\\$(\\w+)(\\s*=\\s*[^,\\r\\n]+)?");

    private static Path repoRoot;
    private static final Map<String, String[]> views = new LinkedHashMap<>();

    @BeforeAll
    static void readScripts() throws IOException {
        repoRoot = findRepoRoot();
        for (String script : List.of(COLLECTOR, DETECTION, REMEDIATION, TASK)) {
            byte[] bytes = Files.readAllBytes(repoRoot.resolve(script));
            for (int i = 0; i < bytes.length; i++) {
                if ((bytes[i] & 0x80) != 0) {
                    fail(script + " must be pure ASCII (Windows PowerShell 5.1 reads a BOM-less script in the ANSI"
                            + " code page, and Intune wants UTF-8 without BOM when signatures are checked); byte " + i);
                }
            }
            views.put(script, CollectorAgreementTest.PsScanner.views(new String(bytes, StandardCharsets.US_ASCII)));
        }
    }

    // -------------------------------------------------------------------- the Intune Remediations contract

    @Test
    void detectionExitsOneWhenTheSnapshotIsDueAndZeroOtherwise() {
        String code = code(DETECTION);
        List<String> exits = exitArguments(bare(DETECTION));
        assertEquals(Set.of("0", "1"), new TreeSet<>(exits),
                "the detection script exits 0 (fresh, remediation not needed) or 1 (due): " + exits);
        // every exit is preceded by the line that says why, on standard output
        for (int at : positionsOf(code, "exit 1")) {
            String before = lineBefore(code, at);
            assertTrue(before.matches("\\s*Write-Output \\(?[\"']Due:.*"),
                    "exit 1 of the detection must follow a 'Due: ...' line on standard output: " + before.strip());
        }
        for (int at : positionsOf(code, "exit 0")) {
            String before = lineBefore(code, at);
            assertTrue(before.matches("\\s*Write-Output \\(?[\"'](Fresh|Not due):.*"),
                    "exit 0 of the detection must follow a 'Fresh: ...' or 'Not due: ...' line: " + before.strip());
        }
        int system = code.indexOf("-eq 'S-1-5-18'");
        assertTrue(system > 0 && system < code.indexOf("exit 0"),
                "as SYSTEM (Intune's fallback when nobody is logged on) the snapshot is not due");
        assertTrue(code.contains("catch {"), "a failed check must also end in exit 1, not in an unhandled error");
    }

    @Test
    void detectionChangesNothingOnTheDeviceOrTheShare() {
        String bare = bare(DETECTION);
        for (String verb : List.of("Remove-Item", "Set-Item", "New-Item", "Copy-Item", "Move-Item", "Rename-Item",
                "Set-Content", "Add-Content", "Out-File", "::Move(", "::Copy(", "::Delete(", "Register-ScheduledTask",
                "Start-Process", "Write-Error", "Write-Host")) {
            assertFalse(bare.contains(verb), DETECTION + " must only read (and print with Write-Output): " + verb);
        }
    }

    @Test
    void intunePassesNoParametersSoEveryParameterHasADefault() {
        for (String script : List.of(DETECTION, REMEDIATION)) {
            String block = paramBlock(script);
            assertFalse(block.contains("Mandatory"), script + ": Intune starts it with no arguments");
            Matcher m = PARAMETER.matcher(block);
            int parameters = 0;
            while (m.find()) {
                parameters++;
                if (!block.substring(m.start(), m.end()).startsWith("[switch]")) {
                    assertTrue(m.group(2) != null, script + ": -" + m.group(1) + " needs a default value");
                }
            }
            assertTrue(parameters >= 2, script + " declares its settings as parameters");
            assertTrue(block.contains("[string] $SharePath = '\\\\"), script + ": -SharePath defaults to a UNC path");
        }
        assertEquals(defaultOf(DETECTION, "SharePath"), defaultOf(REMEDIATION, "SharePath"),
                "the detection and the remediation look at the same share");
    }

    @Test
    void remediationExitsZeroOnlyWithTheZipOnTheShareAndPrintsOneShortLine() {
        String code = code(REMEDIATION);
        String exitFunction = functionBody(REMEDIATION, "Exit-WithResult");
        assertTrue(exitFunction.contains("Substring(0, 2000)"), "output is cut below Intune's 2048 characters");
        assertTrue(exitFunction.contains("Write-Output $Message") && exitFunction.contains("exit $Code"),
                "the single line goes to standard output, then the code");
        assertEquals(List.of("$Code"), exitArguments(bare(REMEDIATION)), "every exit goes through Exit-WithResult");
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("Exit-WithResult\\s+(\\d+)\\b").matcher(code);
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertEquals(Set.of("0", "1"), new TreeSet<>(codes), "exit codes of the remediation: " + codes);
        int success = code.indexOf("Exit-WithResult 0");
        assertEquals(success, code.lastIndexOf("Exit-WithResult 0"), "one success path");
        assertTrue(code.indexOf("[System.IO.File]::Move($partialPath, $finalPath)") < success,
                "success is reported only after the zip has its final name on the share");
        assertTrue(code.indexOf("-eq 'S-1-5-18'") < code.indexOf("Start-Process"),
                "nothing is collected as SYSTEM");
        assertFalse(bare(REMEDIATION).contains("Write-Host") || bare(REMEDIATION).contains("Write-Error"),
                "nothing but the one line reaches Intune's output");
    }

    // -------------------------------------------------------------------- the share: names, atomicity, retention

    @Test
    void zipIsWrittenUnderATemporaryNameThenRenamedInTheSameFolder() {
        String code = code(REMEDIATION);
        assertTrue(code.contains("$partialPath = Join-Path $SharePath ('.' + $finalName + '.partial')"),
                "the temporary name is in the share folder itself, so the rename does not cross volumes");
        int copy = code.indexOf("[System.IO.File]::Copy($zipPath, $partialPath, $true)");
        int move = code.indexOf("[System.IO.File]::Move($partialPath, $finalPath)");
        assertTrue(copy > 0 && move > copy, "copy to the temporary name, then rename");
        assertFalse(code.contains("Copy-Item -LiteralPath $zipPath"), "no direct copy under the final name");
        assertFalse(".partial".endsWith(".zip"), "an ingest of *.zip never sees a partial file");
    }

    @Test
    void fileNameIsDeviceAndUtcTimeAndBothScriptsAgreeOnIt() {
        String code = code(REMEDIATION);
        assertTrue(code.contains("[DateTime]::UtcNow.ToString(\"yyyyMMdd'T'HHmmss'Z'\""), "UTC time in the name");
        assertTrue(code.contains("$finalName = '{0}_{1}.zip' -f $device, $stampUtc"), "<DEVICE>_<UTC>.zip");
        assertEquals(functionBody(REMEDIATION, "Get-DeviceFileStem").replaceAll("\\s+", " "),
                functionBody(DETECTION, "Get-DeviceFileStem").replaceAll("\\s+", " "),
                "detection and remediation derive the device's file names the same way");
        String pattern = "'^[^_]+_\\d{8}T\\d{6}Z\\.zip$'";
        assertTrue(code.contains(pattern) && code(DETECTION).contains(pattern),
                "both scripts recognise the device's zips by the same pattern");
        Pattern name = Pattern.compile("^[^_]+_\\d{8}T\\d{6}Z\\.zip$");
        assertTrue(name.matcher("PC-0142_20261204T093015Z.zip").matches());
        assertFalse(name.matcher(".PC-0142_20261204T093015Z.zip.partial").matches());
        assertTrue(code(DETECTION).contains("Substring($device.Length + 1, 16)")
                && "20261204T093015Z".length() == 16, "the detection reads the 16-character UTC stamp back");
    }

    @Test
    void keepsTheNewestZipsOfThisDeviceOnly() {
        String code = code(REMEDIATION);
        assertTrue(code.contains("-Filter ($device + '_*.zip')"), "only this device's zips are considered");
        assertTrue(code.contains("Sort-Object Name -Descending") && code.contains("Select-Object -Skip $Keep"),
                "sorted newest first by their UTC names, all but the newest -Keep removed");
        assertTrue(code.contains("if ($Keep -lt 1)"), "-Keep 0 would delete the zip just written");
    }

    // -------------------------------------------------------------------- the collector as it is called

    @Test
    void collectorIsCalledWithParametersItDeclaresAndItsZipIsFoundWhereItWritesIt() {
        String collectorParams = paramBlock(COLLECTOR);
        for (String parameter : List.of("OutputPath", "TestEndpoints")) {
            assertTrue(collectorParams.contains("$" + parameter), "the collector declares -" + parameter);
            assertTrue(code(REMEDIATION).contains("'-" + parameter + "'"), "the remediation passes -" + parameter);
        }
        assertTrue(code(COLLECTOR).contains("$zipPath = \"$OutputPath.zip\""), "the collector zips to <OutputPath>.zip");
        assertTrue(code(REMEDIATION).contains("$zipPath = \"$snapshotDir.zip\""), "the remediation looks there");
        assertTrue(code(REMEDIATION).contains("-OutputPath', ('\"{0}\"' -f $snapshotDir)"),
                "the snapshot folder is the -OutputPath");
    }

    // -------------------------------------------------------------------- the scheduled task

    @Test
    void scheduledTaskRunsAtLogonAndDailyAsTheLoggedOnUser() {
        String code = code(TASK);
        assertTrue(raw(TASK).contains("#Requires -RunAsAdministrator"), "registering a task for all users needs admin");
        assertTrue(code.contains("New-ScheduledTaskTrigger -AtLogOn"), "a logon trigger");
        assertTrue(code.contains("New-ScheduledTaskTrigger -Daily -At $DailyAt"), "a daily trigger");
        assertTrue(code.contains("New-ScheduledTaskPrincipal -GroupId 'S-1-5-32-545' -RunLevel Limited"),
                "runs as the logged-on member of BUILTIN\\Users (by SID, any display language), not elevated");
        assertTrue(code.contains("Register-ScheduledTask -TaskPath $TaskPath -TaskName $TaskName -InputObject $task -Force"),
                "registered (and replaced on a re-run)");
        Matcher argument = Pattern.compile("\\$argumentLine = '([^']*)'").matcher(code);
        assertTrue(argument.find(), "the task's argument line");
        String remediationParams = paramBlock(REMEDIATION);
        Matcher passed = Pattern.compile("(?<=\\s)-(\\w+)").matcher(argument.group(1));
        List<String> runnerParameters = new ArrayList<>();
        while (passed.find()) {
            String p = passed.group(1);
            if (!List.of("NoProfile", "NonInteractive", "WindowStyle", "ExecutionPolicy", "File").contains(p)) {
                runnerParameters.add(p);
                assertTrue(remediationParams.contains("$" + p), "the runner declares -" + p + " that the task passes");
            }
        }
        assertEquals(List.of("SharePath", "Keep"), runnerParameters);
        assertTrue(code.contains("Unregister-ScheduledTask"), "-Unregister removes what it registered");
    }

    @Test
    void readmeCitesMicrosoftsContractAndTheMeasuredCost() throws IOException {
        String readme = Files.readString(repoRoot.resolve(FLEET + "README.md"));
        for (String source : List.of("https://learn.microsoft.com/en-us/intune/intune-service/fundamentals/remediations",
                "https://learn.microsoft.com/en-us/powershell/module/scheduledtasks/register-scheduledtask",
                "releng/bench/collector-cost.sh")) {
            assertTrue(readme.contains(source), "README.md cites " + source);
        }
    }

    // =========================================================================== helpers

    private static String raw(String script) {
        try {
            return Files.readString(repoRoot.resolve(script), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String code(String script) {
        return views.get(script)[0];
    }

    private static String bare(String script) {
        return views.get(script)[1];
    }

    private static List<String> exitArguments(String code) {
        List<String> arguments = new ArrayList<>();
        Matcher m = EXIT.matcher(code);
        while (m.find()) {
            if (code.startsWith("Exit-", m.start())) {
                continue;
            }
            int lineStart = code.lastIndexOf('\n', m.start()) + 1;
            if (code.substring(lineStart, m.start()).matches(".*[-\\w]$")) {
                continue; // part of a longer word
            }
            arguments.add(m.group(1));
        }
        return arguments;
    }

    private static String lineBefore(String code, int at) {
        int lineStart = code.lastIndexOf('\n', at) + 1;
        int previousStart = code.lastIndexOf('\n', lineStart - 2) + 1;
        return code.substring(previousStart, lineStart).replace("\r", "").replace("\n", "");
    }

    private static List<Integer> positionsOf(String text, String what) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            at.add(i);
        }
        return at;
    }

    private static String paramBlock(String script) {
        String bare = bare(script);
        Matcher m = Pattern.compile("(?m)^param\\(").matcher(bare);
        assertTrue(m.find(), script + " has a param( ) block");
        return code(script).substring(m.end(), matching(bare, m.end() - 1, '(', ')'));
    }

    private static String defaultOf(String script, String parameter) {
        Matcher m = Pattern.compile("\\$" + parameter + "\\s*=\\s*([^,\\r\\n]+)").matcher(paramBlock(script));
        assertTrue(m.find(), script + ": default of -" + parameter);
        return m.group(1).strip();
    }

    private static String functionBody(String script, String name) {
        Matcher m = Pattern.compile("(?m)^function\\s+" + Pattern.quote(name) + "\\s*\\{").matcher(bare(script));
        assertTrue(m.find(), script + " defines " + name);
        return code(script).substring(m.end(), matching(bare(script), m.end() - 1, '{', '}'));
    }

    private static int matching(String bare, int open, char o, char c) {
        int depth = 0;
        for (int i = open; i < bare.length(); i++) {
            if (bare.charAt(i) == o) {
                depth++;
            } else if (bare.charAt(i) == c && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced " + o + " at " + open);
    }

    private static Path findRepoRoot() {
        for (Path d = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(DETECTION))) {
                return d;
            }
        }
        throw new IllegalStateException("no " + DETECTION + " above " + System.getProperty("user.dir"));
    }
}
