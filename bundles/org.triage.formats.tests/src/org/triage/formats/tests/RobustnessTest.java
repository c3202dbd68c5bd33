package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.triage.formats.CmdkeyFormat;
import org.triage.formats.DsregcmdFormat;
import org.triage.formats.FormatResult;
import org.triage.formats.IpconfigFormat;
import org.triage.formats.NetRoutesFormat;
import org.triage.formats.ParseProblem;
import org.triage.formats.VpnConnectionsFormat;
import org.triage.formats.WinHttpProxyFormat;

/** Every parser on input it must not choke on: nothing, noise, binary data, cut-off and foreign output. */
class RobustnessTest {

    private record Parser(String name, Function<byte[], FormatResult> parse, List<String> fixtures) {
    }

    private static final List<Parser> PARSERS = List.of(
            new Parser("dsregcmd", DsregcmdFormat::parse, List.of("dsregcmd/hybrid-joined-healthy.txt",
                    "dsregcmd/entra-joined-prt-failed.txt", "dsregcmd/hybrid-device-deleted.txt",
                    "dsregcmd/domain-joined-prejoin-diagnostics.txt")),
            new Parser("cmdkey", CmdkeyFormat::parse, List.of("cmdkey/office-credentials.txt", "cmdkey/none-stored.txt")),
            new Parser("ipconfig", IpconfigFormat::parse, List.of("ipconfig/vpn-connected.txt",
                    "ipconfig/pasted-without-indentation.txt")),
            new Parser("vpn", VpnConnectionsFormat::parse, List.of("vpn/single-profile.json",
                    "vpn/two-profiles-depth-truncated.json", "vpn/enums-as-numbers.json")),
            new Parser("routes", NetRoutesFormat::parse, List.of("routes/split-tunnel-vpn.json", "routes/single-route.json")),
            new Parser("winhttp", WinHttpProxyFormat::parse, List.of("winhttp/direct-access.txt",
                    "winhttp/proxy-with-bypass.txt", "winhttp/per-scheme-proxy.txt")));

    private static final Map<String, byte[]> NOISE = Map.of(
            "random words", "The quick brown fox\njumps over the lazy dog.\n".getBytes(StandardCharsets.UTF_8),
            "whitespace only", " \r\n\t\r\n   ".getBytes(StandardCharsets.UTF_8),
            "an error message", ("dsregcmd : The term 'dsregcmd' is not recognized as the name of a cmdlet.\r\n"
                    + "At line:1 char:1\r\n").getBytes(StandardCharsets.UTF_8),
            "random bytes", randomBytes(4096, 42),
            "a PNG header", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'},
            "deep JSON nesting", "[".repeat(10_000).getBytes(StandardCharsets.UTF_8));

    @TestFactory
    Stream<DynamicTest> noiseIsNeverRecognisedAndProblemsNameALine() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Parser parser : PARSERS) {
            for (Map.Entry<String, byte[]> noise : NOISE.entrySet()) {
                tests.add(DynamicTest.dynamicTest(parser.name() + " on " + noise.getKey(), () -> {
                    FormatResult result = assertDoesNotThrow(() -> parser.parse().apply(noise.getValue()));
                    boolean blankVpn = parser.name().equals("vpn") && noise.getKey().equals("whitespace only");
                    assertEquals(blankVpn, result.recognised());
                    if (!blankVpn) {
                        assertFalse(result.problems().isEmpty());
                        assertTrue(result.firstProblem().orElseThrow().line() >= 1);
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(parser.name() + " on nothing", () -> {
                FormatResult result = assertDoesNotThrow(() -> parser.parse().apply(new byte[0]));
                assertEquals(parser.name().equals("vpn"), result.recognised());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> otherToolsOutputIsNotRecognised() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Parser parser : PARSERS) {
            for (Parser other : PARSERS) {
                if (other == parser) {
                    continue;
                }
                for (String fixture : other.fixtures()) {
                    tests.add(DynamicTest.dynamicTest(parser.name() + " on " + fixture, () -> {
                        FormatResult result = assertDoesNotThrow(() -> parser.parse().apply(Fixtures.bytes(fixture)));
                        assertFalse(result.recognised());
                        ParseProblem first = result.firstProblem().orElseThrow();
                        assertTrue(first.line() >= 1);
                        assertTrue(first.message().startsWith("not "), first.message());
                    }));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCutOfEveryFixtureParsesWithoutThrowing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Parser parser : PARSERS) {
            for (String fixture : parser.fixtures()) {
                tests.add(DynamicTest.dynamicTest(parser.name() + " on cuts of " + fixture, () -> {
                    byte[] whole = Fixtures.windowsVariants(fixture).get(0).bytes();
                    int step = Math.max(1, whole.length / 97);
                    for (int length = 0; length < whole.length; length += step) {
                        byte[] cut = Arrays.copyOf(whole, length);
                        FormatResult result = assertDoesNotThrow(() -> parser.parse().apply(cut), "cut at " + length);
                        result.problems().forEach(p -> assertTrue(p.line() >= 1, p.toString()));
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> fixturesWithBinaryDamageStillParse() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Parser parser : PARSERS) {
            String fixture = parser.fixtures().get(0);
            tests.add(DynamicTest.dynamicTest(parser.name() + " on damaged " + fixture, () -> {
                byte[] bytes = Fixtures.bytes(fixture);
                Random random = new Random(7);
                for (int i = 0; i < 20; i++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                FormatResult result = assertDoesNotThrow(() -> parser.parse().apply(bytes));
                result.problems().forEach(p -> assertTrue(p.line() >= 1, p.toString()));
            }));
        }
        return tests.stream();
    }

    private static byte[] randomBytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
