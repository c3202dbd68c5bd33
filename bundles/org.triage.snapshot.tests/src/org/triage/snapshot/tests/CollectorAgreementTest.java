package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triage.formats.AdaptersJsonFormat;
import org.triage.formats.ProxyRegistryFormat;
import org.triage.formats.readings.SnapshotFile;

/**
 * Keeps the collector script ({@code releng/collector/Collect-TriageSnapshot.ps1}), the
 * {@link SnapshotFile} enum and the sample snapshots in agreement.
 * <p>
 * The script is read as text (no PowerShell here). A small scanner separates code from
 * comments and string literals so that the checks look at what PowerShell would execute.
 */
class CollectorAgreementTest {

    private static final String SCRIPT = "releng/collector/Collect-TriageSnapshot.ps1";
    private static final String SAMPLES = "bundles/org.triage.snapshot.tests/resources/snapshots";
    private static final String FORMAT = "triage-snapshot/1";

    /** The Microsoft Entra ID / Microsoft 365 endpoints that -TestEndpoints must cover. */
    private static final List<String> AUTH_ENDPOINTS = List.of(
            "login.microsoftonline.com", "login.microsoft.com", "login.windows.net",
            "device.login.microsoftonline.com", "enterpriseregistration.windows.net",
            "aadcdn.msftauth.net", "aadcdn.msauth.net", "graph.microsoft.com");

    /** The calls through which the script writes snapshot files. */
    private static final Pattern WRITE_CALL = Pattern.compile(
            "\\b(Save-NativeOutput|Save-JsonOutput|Write-SnapshotFile)\\s+-File\\s+('(?:[^']|'')*'|\\S+)");

    private static Path repoRoot;
    private static String raw;
    /** The script with comments blanked out; string literals kept. */
    private static String code;
    /** The script with comments and string literal contents blanked out. */
    private static String bare;

    @BeforeAll
    static void readScript() throws IOException {
        repoRoot = findRepoRoot();
        byte[] bytes = Files.readAllBytes(repoRoot.resolve(SCRIPT));
        for (int i = 0; i < bytes.length; i++) {
            // Windows PowerShell 5.1 reads a script without BOM in the ANSI code page: ASCII only.
            if ((bytes[i] & 0x80) != 0) {
                fail(SCRIPT + " must be pure ASCII; non-ASCII byte at offset " + i + " (line "
                        + (1 + countNewlines(bytes, i)) + ")");
            }
        }
        raw = new String(bytes, StandardCharsets.US_ASCII);
        String[] views = PsScanner.views(raw);
        code = views[0];
        bare = views[1];
    }

    // ----------------------------------------------------------------------------- the table

    @Test
    void snapshotFilesTableMatchesEnumInNamesOrderAndCommands() {
        Map<String, String> table = snapshotFilesTable();
        List<String> expectedNames = Arrays.stream(SnapshotFile.values()).map(SnapshotFile::fileName).toList();
        assertEquals(expectedNames, new ArrayList<>(table.keySet()),
                "$SnapshotFiles keys (in order) must equal SnapshotFile.fileName() values (in declaration order)");
        for (SnapshotFile file : SnapshotFile.values()) {
            assertEquals(file.command(), table.get(file.fileName()),
                    "command text of " + file.fileName() + " in $SnapshotFiles vs SnapshotFile." + file.name());
        }
    }

    @Test
    void everyDeclaredFileIsWrittenAndNothingElseIs() {
        Set<String> declared = snapshotFilesTable().keySet();
        Set<String> written = new LinkedHashSet<>();
        Matcher m = WRITE_CALL.matcher(code);
        while (m.find()) {
            String argument = m.group(2);
            if (m.group(1).equals("Write-SnapshotFile") && argument.equals("$File")) {
                continue; // inside the helpers; checked below
            }
            assertTrue(argument.startsWith("'") && argument.endsWith("'"),
                    m.group(1) + " must name its file with a literal: " + m.group(0) + lineOf(m.start()));
            String name = unquote(argument);
            assertTrue(declared.contains(name),
                    m.group(1) + " writes '" + name + "', which $SnapshotFiles does not declare" + lineOf(m.start()));
            written.add(name);
        }
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(written);
        assertTrue(missing.isEmpty(), "declared but never written: " + missing);
    }

    @Test
    void allWritesGoThroughTheOneCheckedUtf8BomWriter() {
        String writer = functionBody("Write-SnapshotFile");
        assertTrue(writer.contains("$SnapshotFiles.Contains($File)"),
                "Write-SnapshotFile must refuse names not declared in $SnapshotFiles");
        assertTrue(writer.contains("[System.IO.File]::WriteAllText($path, $crlf, $Utf8WithBom)"),
                "Write-SnapshotFile must write UTF-8 with BOM through File.WriteAllText");
        assertTrue(Pattern.compile("\\$Utf8WithBom\\s*=\\s*New-Object\\s+System\\.Text\\.UTF8Encoding\\(\\$true\\)")
                .matcher(code).find(), "$Utf8WithBom must be a UTF8Encoding with BOM ($true)");
        assertTrue(writer.contains("`r`n"), "Write-SnapshotFile must normalise line endings to CRLF");
        assertEquals(1, count(bare, "WriteAllText("), "exactly one WriteAllText call (in Write-SnapshotFile)");
        for (String helper : List.of("Save-NativeOutput", "Save-JsonOutput")) {
            assertTrue(functionBody(helper).contains("Write-SnapshotFile -File $File"),
                    helper + " must write through Write-SnapshotFile");
        }
        for (String api : List.of("WriteAllLines", "WriteAllBytes", "AppendAllText", "AppendAllLines",
                "StreamWriter", "FileStream", "Tee-Object", "Export-Clixml")) {
            assertFalse(containsIgnoreCase(bare, api), "the collector must not use " + api);
        }
    }

    @Test
    void noRedirectionAndNoFileCmdletWithoutExplicitEncoding() {
        // PowerShell has no '>' operator besides redirection (comparisons are -gt etc.), so any
        // '>' left in executable code is a redirection, whose encoding depends on the edition.
        int gt = bare.indexOf('>');
        assertTrue(gt < 0, "redirection with '>' in the collector" + lineOf(gt));
        Matcher m = Pattern.compile("(?i)\\b(Out-File|Set-Content|Add-Content|Export-Csv)\\b").matcher(bare);
        while (m.find()) {
            String statement = logicalLine(m.start());
            assertTrue(statement.toLowerCase(Locale.ROOT).contains("-encoding"),
                    m.group(1) + " without -Encoding" + lineOf(m.start()));
        }
    }

    @Test
    void manifestWriterEmitsFormatTriageSnapshot1() {
        Matcher write = Pattern.compile(
                "Write-SnapshotFile\\s+-File\\s+'manifest\\.json'\\s+-Text\\s+\\(ConvertTo-SnapshotJson\\s+-InputObject\\s+\\$(\\w+)\\)")
                .matcher(code);
        assertTrue(write.find(), "manifest.json must be written from a manifest hashtable via ConvertTo-SnapshotJson");
        String variable = write.group(1);
        Matcher decl = Pattern.compile("\\$" + variable + "\\s*=\\s*\\[ordered\\]\\s*@\\{").matcher(code);
        assertTrue(decl.find(), "$" + variable + " must be an [ordered] hashtable");
        String body = code.substring(decl.end(), matchingBrace(bare, decl.end() - 1));
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : body.split("\n")) {
            Matcher e = Pattern.compile("^\\s*(\\w+)\\s*=\\s*(.+?)\\s*$").matcher(line);
            if (e.find()) {
                entries.put(e.group(1), e.group(2));
            }
        }
        assertEquals(List.of("format", "collectedAt", "hostname", "user"),
                new ArrayList<>(entries.keySet()).subList(0, 4), "manifest keys start as in DESIGN.md");
        assertTrue(entries.containsKey("os"), "manifest has \"os\"");
        assertTrue(entries.containsKey("files"), "manifest has \"files\" (per-file exit code and error)");
        assertEquals(FORMAT, resolveStringValue(entries.get("format")), "manifest \"format\"");
        assertTrue(entries.get("collectedAt").contains("zzz"), "collectedAt must carry the UTC offset (zzz)");
    }

    // ------------------------------------------------------ language-independent collections

    @Test
    void theAdapterAndProxyQueriesAreTheOnesTheLiveWindowsTargetRuns() {
        assertEquals(AdaptersJsonFormat.QUERY_STATEMENTS, statements("Get-AdapterList"),
                "Get-AdapterList, statement by statement, vs AdaptersJsonFormat.QUERY_STATEMENTS");
        assertEquals(ProxyRegistryFormat.QUERY_STATEMENTS, statements("Get-ProxyRegistry"),
                "Get-ProxyRegistry, statement by statement, vs ProxyRegistryFormat.QUERY_STATEMENTS");
        for (String statement : AdaptersJsonFormat.QUERY_STATEMENTS) {
            assertFalse(statement.contains("\""), "no double quote, for the live target's command line: " + statement);
        }
        for (String statement : ProxyRegistryFormat.QUERY_STATEMENTS) {
            assertFalse(statement.contains("\""), "no double quote, for the live target's command line: " + statement);
        }
        assertTrue(code.contains("Save-JsonOutput -File 'adapters.json' -Collect { Get-AdapterList }"));
        assertTrue(code.contains("Save-JsonOutput -File 'winhttp-proxy.json' -Collect { Get-ProxyRegistry }"));
    }

    @Test
    void theTlsAndClockQueriesAreTheOnesTheLiveWindowsTargetRuns() {
        assertEquals(org.triage.formats.TlsSettingsFormat.QUERY_STATEMENTS, statements("Get-TlsSettings"),
                "Get-TlsSettings, statement by statement, vs TlsSettingsFormat.QUERY_STATEMENTS");
        assertEquals(org.triage.formats.ClockJsonFormat.QUERY_STATEMENTS, statements("Get-ClockReading"),
                "Get-ClockReading, statement by statement, vs ClockJsonFormat.QUERY_STATEMENTS");
        assertTrue(code.contains("Save-JsonOutput -File 'tls-settings.json' -Collect { Get-TlsSettings }"));
        assertTrue(code.contains("Save-JsonOutput -File 'clock.json' -Collect { Get-ClockReading }"));
        assertTrue(code.contains("Save-NativeOutput -File 'w32tm-status.txt' -ExeName 'w32tm.exe' -Arguments "
                + "@('/query', '/status', '/verbose')"), "w32tm /query /status /verbose, as the live target runs it");
        String tls = String.join("\n", org.triage.formats.TlsSettingsFormat.QUERY_STATEMENTS);
        for (String protocol : List.of("TLS 1.0", "TLS 1.1", "TLS 1.2", "TLS 1.3")) {
            assertTrue(tls.contains("'" + protocol + "'"), protocol);
        }
        for (String value : List.of("'Enabled'", "'DisabledByDefault'", "'DefaultSecureProtocols'", "'SchUseStrongCrypto'",
                "'SystemDefaultTlsVersions'", "Get-TlsCipherSuite", "SSL\\00010002' 'Functions'")) {
            assertTrue(tls.contains(value), value);
        }
    }

    @Test
    void credentialsComeFromCredEnumerateAndTheirSecretIsNeverRead() {
        Matcher start = Pattern.compile("\\$CredentialApiSource = @'\r?\n").matcher(raw);
        assertTrue(start.find(), "$CredentialApiSource = @' ... '@ (the P/Invoke source)");
        String source = raw.substring(start.end(), raw.indexOf("\n'@", start.end()));
        assertTrue(source.contains("EntryPoint = \"CredEnumerateW\""), "CredEnumerateW through P/Invoke");
        assertTrue(source.contains("CRED_ENUMERATE_ALL_CREDENTIALS"), "every credential, as the live target asks");
        assertTrue(source.contains("CredFree(array)"), "the array CredEnumerateW allocated is freed");
        // CREDENTIALW declares the secret's pointer (the layout must match); nothing reads through it
        assertEquals(2, count(source, "CredentialBlob"),
                "CredentialBlob appears only in the struct members CredentialBlobSize and CredentialBlob");
        assertFalse(source.contains(".CredentialBlob"), "nothing reads the CredentialBlob");
        String collect = functionBody("Get-CredentialList");
        assertTrue(collect.contains("Add-Type -TypeDefinition $CredentialApiSource"), "Add-Type, no module");
        Matcher keys = Pattern.compile("(?m)^\\s*(\\w+)\\s*=").matcher(collect);
        List<String> written = new ArrayList<>();
        while (keys.find()) {
            written.add(keys.group(1));
        }
        assertEquals(List.of("TargetName", "Type", "UserName", "Persist", "LastWritten"), written,
                "credentials.json holds these members and nothing else");
        assertTrue(collect.contains("FromFileTimeUtc($entry.LastWritten).ToString('o', $invariant)"),
                "LastWritten in UTC ISO 8601");
        assertTrue(code.contains("Save-JsonOutput -File 'credentials.json' -Collect { Get-CredentialList }"));
    }

    /** A function's statements, one per line, comments left out. */
    private static List<String> statements(String function) {
        return functionBody(function).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    // ------------------------------------------------------------------ script conventions

    @Test
    void scriptHasHelpParametersStrictModeAndEndpoints() {
        int help = raw.indexOf("<#");
        assertTrue(help >= 0 && help < raw.indexOf("param("), "comment-based help comes before param(");
        String helpText = raw.substring(help, raw.indexOf("#>", help));
        for (String keyword : List.of(".SYNOPSIS", ".DESCRIPTION", ".PARAMETER OutputPath",
                ".PARAMETER TestEndpoints", ".PARAMETER NoZip", ".EXAMPLE")) {
            assertTrue(helpText.contains(keyword), "help lacks " + keyword);
        }
        assertTrue(helpText.toLowerCase(Locale.ROOT).contains("password"),
                "help must say that no passwords are collected");
        String params = code.substring(code.indexOf("param("), matchingParen(bare, code.indexOf("param(") + 5));
        assertTrue(params.contains("[string] $OutputPath"), "param OutputPath");
        assertTrue(params.contains("[switch] $TestEndpoints"), "switch TestEndpoints");
        assertTrue(params.contains("[switch] $NoZip"), "switch NoZip");
        assertTrue(code.contains("Set-StrictMode -Version Latest"), "Set-StrictMode -Version Latest");
        assertTrue(code.contains("$ErrorActionPreference = 'Stop'"), "$ErrorActionPreference = 'Stop'");
        for (String endpoint : AUTH_ENDPOINTS) {
            assertTrue(code.contains("'" + endpoint + "'"), "-TestEndpoints must test " + endpoint);
        }
        assertTrue(code.contains("-Port 443"), "endpoints are tested on port 443");
    }

    @Test
    void onlyOptionalFilesAreCollectedOnRequest() {
        Matcher m = Pattern.compile("if\\s*\\(\\s*\\$TestEndpoints\\s*\\)\\s*\\{").matcher(bare);
        assertTrue(m.find(), "an if ($TestEndpoints) { ... } block");
        String onRequest = code.substring(m.end(), matchingBrace(bare, m.end() - 1));
        Matcher installed = Pattern.compile("if\\s*\\(\\s*\\$Vpncli\\s*\\)\\s*\\{").matcher(bare);
        assertTrue(installed.find(), "an if ($Vpncli) { ... } block");
        String whereInstalled = code.substring(installed.end(), matchingBrace(bare, installed.end() - 1));
        for (SnapshotFile file : SnapshotFile.values()) {
            Pattern write = Pattern.compile("(Save-NativeOutput|Save-JsonOutput|Write-SnapshotFile)\\s+-File\\s+'"
                    + Pattern.quote(file.fileName()) + "'");
            boolean inside = write.matcher(onRequest).find() || write.matcher(whereInstalled).find();
            assertEquals(file.optional(), inside, file.fileName() + (file.optional()
                    ? " is optional and must be collected only with -TestEndpoints or where vpncli.exe exists"
                    : " is not optional and must not depend on -TestEndpoints or vpncli.exe"));
        }
        assertTrue(whereInstalled.contains("Save-NativeOutput -File 'vpncli-stats.txt' -ExeName $Vpncli -Arguments 'stats'"),
                "vpncli-stats.txt is vpncli.exe stats, where vpncli.exe exists");
        for (String location : org.triage.core.target.VpnClient.VPNCLI_LOCATIONS) {
            String folder = location.substring("C:\\Program Files (x86)\\".length(), location.lastIndexOf('\\'));
            assertTrue(code.contains("'" + folder + "'"), "the collector looks for vpncli.exe in " + folder);
        }
    }

    @Test
    void jsonUsesExplicitDepthAndEnumsAsStringsWhereAvailable() {
        String json = functionBody("ConvertTo-SnapshotJson");
        assertTrue(Pattern.compile("Depth\\s*=\\s*\\d+").matcher(json).find(), "ConvertTo-Json gets -Depth");
        assertTrue(json.contains("EnumsAsStrings"), "ConvertTo-Json gets -EnumsAsStrings where supported");
        Matcher m = Pattern.compile("(?i)\\bConvertTo-Json\\b").matcher(bare);
        int uses = 0;
        while (m.find()) {
            String line = logicalLine(m.start());
            if (line.contains("Get-Command")) {
                continue; // the feature probe
            }
            uses++;
            assertTrue(functionBodyRange("ConvertTo-SnapshotJson")[0] <= m.start()
                    && m.start() < functionBodyRange("ConvertTo-SnapshotJson")[1],
                    "ConvertTo-Json only inside ConvertTo-SnapshotJson" + lineOf(m.start()));
        }
        assertEquals(1, uses, "one ConvertTo-Json call");
    }

    // ------------------------------------------------------------------------------ enum

    @Test
    void fileNamesAreUniqueAndResolvable() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (SnapshotFile file : SnapshotFile.values()) {
            assertTrue(names.add(file.fileName()), "duplicate file name " + file.fileName());
            assertEquals(file, SnapshotFile.byFileName(file.fileName()).orElseThrow());
            assertEquals(file, SnapshotFile.byFileName(file.fileName().toUpperCase(Locale.ROOT)).orElseThrow());
            assertTrue(file.fileName().matches("[a-z0-9-]+\\.(txt|json)"), "plain lower-case name: " + file.fileName());
            assertFalse(file.command().isBlank());
        }
        assertTrue(SnapshotFile.byFileName("passwords.txt").isEmpty());
        assertTrue(SnapshotFile.byFileName("snapshot/routes.json").isEmpty());
        assertEquals(List.of(SnapshotFile.VPNCLI_STATS, SnapshotFile.ENDPOINT_TESTS),
                Arrays.stream(SnapshotFile.values()).filter(SnapshotFile::optional).toList());
    }

    @Test
    void theTokenBrokerEventsAreCollectedAsTheReaderExpectsThem() {
        Matcher block = Pattern.compile("Save-JsonOutput -File 'aad-operational-events\\.json' -Collect \\{(.*?)\\n\\}",
                Pattern.DOTALL).matcher(code);
        assertTrue(block.find(), "the collector writes aad-operational-events.json through Save-JsonOutput");
        String collect = block.group(1);
        for (String part : List.of("LogName = 'Microsoft-Windows-AAD/Operational'", "StartTime = (Get-Date).AddDays(-7)",
                "-MaxEvents 500", "-ErrorAction SilentlyContinue", "ToUniversalTime().ToString('o')", "Id, LevelDisplayName, Message",
                "Name = 'Properties'", "[string]$_.Value")) {
            assertTrue(collect.contains(part), "the AAD block must contain " + part + ":\n" + collect);
        }
        assertTrue(org.triage.formats.AadOperationalEventsFormat.QUERY.contains("-MaxEvents 500")
                && org.triage.formats.AadOperationalEventsFormat.QUERY.contains("AddDays(-7)"),
                "the live Windows target collects the same as the collector");
    }

    // --------------------------------------------------------------------------- samples

    @Test
    void samplesHoldOnlySnapshotFilesWithAValidManifest() throws IOException {
        List<Path> samples = sampleFolders();
        assertTrue(samples.size() >= 2, "at least two sample snapshots under " + SAMPLES);
        for (Path sample : samples) {
            try (Stream<Path> files = Files.list(sample)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    assertTrue(Files.isRegularFile(file), sample.getFileName() + "/" + name + " is not a file");
                    assertTrue(SnapshotFile.byFileName(name).map(f -> f.fileName().equals(name)).orElse(false),
                            sample.getFileName() + "/" + name + " is not a snapshot file name");
                }
            }
            Path manifest = sample.resolve(SnapshotFile.MANIFEST.fileName());
            assertTrue(Files.exists(manifest), sample.getFileName() + " has a manifest");
            String text = decode(manifest).text();
            assertTrue(Pattern.compile("\"format\"\\s*:\\s*\"" + Pattern.quote(FORMAT) + "\"").matcher(text).find(),
                    sample.getFileName() + " manifest format");
            Matcher at = Pattern.compile("\"collectedAt\"\\s*:\\s*\"([^\"]+)\"").matcher(text);
            assertTrue(at.find(), sample.getFileName() + " manifest collectedAt");
            assertNotNull(OffsetDateTime.parse(at.group(1)), "collectedAt is ISO-8601 with offset");
            for (String key : List.of("hostname", "user", "os")) {
                assertTrue(text.contains("\"" + key + "\""), sample.getFileName() + " manifest " + key);
            }
        }
    }

    @Test
    void samplesAreEncodedAsWindowsToolsWriteThem() throws IOException {
        Set<String> encodingsSeen = new TreeSet<>();
        for (Path sample : sampleFolders()) {
            try (Stream<Path> files = Files.list(sample)) {
                for (Path file : files.sorted().toList()) {
                    Decoded d = decode(file);
                    String where = sample.getFileName() + "/" + file.getFileName();
                    encodingsSeen.add(d.encoding());
                    assertFalse(d.text().isEmpty(), where + " is empty");
                    String withoutCrlf = d.text().replace("\r\n", "");
                    assertFalse(withoutCrlf.contains("\n") || withoutCrlf.contains("\r"),
                            where + " must use CRLF line endings only");
                    assertTrue(d.text().endsWith("\r\n"), where + " ends with CRLF");
                }
            }
        }
        assertEquals(Set.of("UTF-16LE+BOM", "UTF-8", "UTF-8+BOM"), encodingsSeen,
                "the samples cover all three encodings of the snapshot format");
    }

    // =========================================================================== helpers

    private static Path findRepoRoot() {
        Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SCRIPT))) {
                return d;
            }
        }
        throw new IllegalStateException("no " + SCRIPT + " above " + dir);
    }

    private static List<Path> sampleFolders() throws IOException {
        try (Stream<Path> s = Files.list(repoRoot.resolve(SAMPLES))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Parses {@code $SnapshotFiles = [ordered]@{ 'name' = 'command' ... }}, strictly. */
    private static Map<String, String> snapshotFilesTable() {
        Matcher start = Pattern.compile("\\$SnapshotFiles\\s*=\\s*\\[ordered\\]\\s*@\\{").matcher(code);
        assertTrue(start.find(), "$SnapshotFiles = [ordered]@{ ... } not found");
        assertFalse(start.find(), "$SnapshotFiles must be declared once");
        start.reset().find();
        String body = code.substring(start.end(), matchingBrace(bare, start.end() - 1));
        Pattern entry = Pattern.compile("^\\s*'((?:[^']|'')+)'\\s*=\\s*'((?:[^']|'')*)'\\s*$");
        Map<String, String> table = new LinkedHashMap<>();
        for (String line : body.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = entry.matcher(line);
            assertTrue(m.find(), "unparseable $SnapshotFiles line: " + line.strip());
            String name = m.group(1).replace("''", "'");
            assertFalse(table.containsKey(name), "duplicate key " + name);
            table.put(name, m.group(2).replace("''", "'"));
        }
        assertFalse(table.isEmpty(), "$SnapshotFiles is empty");
        return table;
    }

    /** Resolves {@code 'literal'} or {@code $Variable} (assigned a literal once) to its text. */
    private static String resolveStringValue(String expression) {
        if (expression.startsWith("'")) {
            return unquote(expression);
        }
        Matcher v = Pattern.compile("^\\$(\\w+)$").matcher(expression);
        assertTrue(v.find(), "expected a literal or a variable: " + expression);
        Matcher assign = Pattern.compile("(?m)^\\s*\\$" + v.group(1) + "\\s*=\\s*('(?:[^']|'')*')\\s*$").matcher(code);
        assertTrue(assign.find(), "$" + v.group(1) + " is not assigned a literal");
        return unquote(assign.group(1));
    }

    private static String unquote(String literal) {
        return literal.substring(1, literal.length() - 1).replace("''", "'");
    }

    private static String functionBody(String name) {
        int[] range = functionBodyRange(name);
        return code.substring(range[0], range[1]);
    }

    private static int[] functionBodyRange(String name) {
        Matcher m = Pattern.compile("(?m)^\\s*function\\s+" + Pattern.quote(name) + "\\s*\\{").matcher(bare);
        assertTrue(m.find(), "function " + name + " not found");
        return new int[] { m.end(), matchingBrace(bare, m.end() - 1) };
    }

    private static int matchingBrace(String text, int open) {
        return matching(text, open, '{', '}');
    }

    private static int matchingParen(String text, int open) {
        return matching(text, open, '(', ')');
    }

    private static int matching(String text, int open, char o, char c) {
        assertEquals(o, text.charAt(open));
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == o) {
                depth++;
            } else if (ch == c && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced " + o + " at" + lineOf(open));
    }

    /** The statement around offset: its line plus backtick-continued lines. */
    private static String logicalLine(int offset) {
        int start = bare.lastIndexOf('\n', offset) + 1;
        int end = bare.indexOf('\n', offset);
        while (end > 0 && bare.substring(start, end).stripTrailing().endsWith("`")) {
            int next = bare.indexOf('\n', end + 1);
            end = next < 0 ? bare.length() : next;
        }
        return bare.substring(start, end < 0 ? bare.length() : end);
    }

    private static String lineOf(int offset) {
        if (offset < 0) {
            return "";
        }
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (raw.charAt(i) == '\n') {
                line++;
            }
        }
        return " (" + SCRIPT + " line " + line + ")";
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean containsIgnoreCase(String text, String needle) {
        return text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static int countNewlines(byte[] bytes, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    private record Decoded(String encoding, String text) {
    }

    /** Decodes as the snapshot reader must: UTF-16LE with BOM, UTF-8 with or without BOM. */
    private static Decoded decode(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        try {
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                assertEquals(0, b.length % 2, file + ": odd length for UTF-16LE");
                return new Decoded("UTF-16LE+BOM", strict(StandardCharsets.UTF_16LE, b, 2));
            }
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return new Decoded("UTF-8+BOM", strict(StandardCharsets.UTF_8, b, 3));
            }
            return new Decoded("UTF-8", strict(StandardCharsets.UTF_8, b, 0));
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not valid in its encoding", e);
        }
    }

    private static String strict(java.nio.charset.Charset cs, byte[] b, int offset) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }

    /**
     * Splits PowerShell source into two views of the same length (line numbers are kept):
     * comments blanked; comments and string-literal contents blanked. Knows line and block
     * comments, single- and double-quoted strings, here-strings, backtick escapes and
     * {@code $( )} subexpressions inside double-quoted strings.
     */
    static final class PsScanner {

        private final String src;
        private final StringBuilder code;
        private final StringBuilder bare;
        private int i;

        private PsScanner(String src) {
            this.src = src;
            this.code = new StringBuilder(src.length());
            this.bare = new StringBuilder(src.length());
        }

        static String[] views(String src) {
            PsScanner s = new PsScanner(src);
            s.scanCode(false);
            return new String[] { s.code.toString(), s.bare.toString() };
        }

        private void keep(char c) {
            code.append(c);
            bare.append(c);
        }

        private void blankBoth(char c) {
            char b = c == '\n' || c == '\r' ? c : ' ';
            code.append(b);
            bare.append(b);
        }

        private void stringChar(char c) {
            code.append(c);
            bare.append(c == '\n' || c == '\r' ? c : ' ');
        }

        private boolean at(String s) {
            return src.startsWith(s, i);
        }

        /** Scans code until the end, or (inSubexpression) until the ')' closing a {@code $(}. */
        private void scanCode(boolean inSubexpression) {
            int parens = 0;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (at("<#")) {
                    int end = src.indexOf("#>", i + 2);
                    end = end < 0 ? src.length() : end + 2;
                    while (i < end) {
                        blankBoth(src.charAt(i++));
                    }
                } else if (c == '#') {
                    while (i < src.length() && src.charAt(i) != '\n') {
                        blankBoth(src.charAt(i++));
                    }
                } else if (at("@'") || at("@\"")) {
                    char q = src.charAt(i + 1);
                    keep(src.charAt(i++));
                    keep(src.charAt(i++));
                    String close = "\n" + q + "@";
                    int end = src.indexOf(close, i);
                    end = end < 0 ? src.length() : end + 1;
                    while (i < end) {
                        stringChar(src.charAt(i++));
                    }
                    if (i < src.length()) {
                        keep(src.charAt(i++));
                        keep(src.charAt(i++));
                    }
                } else if (c == '\'') {
                    keep(src.charAt(i++));
                    while (i < src.length()) {
                        if (at("''")) {
                            stringChar(src.charAt(i++));
                            stringChar(src.charAt(i++));
                        } else if (src.charAt(i) == '\'') {
                            keep(src.charAt(i++));
                            break;
                        } else {
                            stringChar(src.charAt(i++));
                        }
                    }
                } else if (c == '"') {
                    keep(src.charAt(i++));
                    scanDoubleQuoted();
                } else if (c == '`' && i + 1 < src.length()) {
                    keep(src.charAt(i++));
                    keep(src.charAt(i++));
                } else if (inSubexpression && c == '(') {
                    parens++;
                    keep(src.charAt(i++));
                } else if (inSubexpression && c == ')') {
                    if (parens == 0) {
                        return; // the caller keeps the ')'
                    }
                    parens--;
                    keep(src.charAt(i++));
                } else {
                    keep(src.charAt(i++));
                }
            }
        }

        private void scanDoubleQuoted() {
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '`' && i + 1 < src.length()) {
                    stringChar(src.charAt(i++));
                    stringChar(src.charAt(i++));
                } else if (at("\"\"")) {
                    stringChar(src.charAt(i++));
                    stringChar(src.charAt(i++));
                } else if (c == '"') {
                    keep(src.charAt(i++));
                    return;
                } else if (at("$(")) {
                    keep(src.charAt(i++));
                    keep(src.charAt(i++));
                    scanCode(true);
                    if (i < src.length()) {
                        keep(src.charAt(i++)); // ')'
                    }
                } else {
                    stringChar(src.charAt(i++));
                }
            }
        }
    }
}
