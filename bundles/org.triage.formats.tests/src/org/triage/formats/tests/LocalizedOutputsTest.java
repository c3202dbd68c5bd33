package org.triage.formats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.triage.core.target.Reading;
import org.triage.formats.CmdkeyFormat;
import org.triage.formats.CmdkeyList;
import org.triage.formats.FormatResult;
import org.triage.formats.IpconfigAll;
import org.triage.formats.IpconfigFormat;
import org.triage.formats.LineEnding;
import org.triage.formats.NetworkAdapter;
import org.triage.formats.ParseProblem;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;
import org.triage.formats.WinHttpProxy;
import org.triage.formats.WinHttpProxyFormat;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.WindowsReadings;

/**
 * Outputs of {@code cmdkey /list}, {@code ipconfig /all} and {@code netsh winhttp show proxy} from Windows in
 * other display languages (see {@code fixtures/localized/README.md} for where each comes from) give the same
 * facts as their English equivalents, in every encoding such a Windows writes them: UTF-16LE with BOM
 * (PowerShell 5.1), UTF-8 with and without BOM, and the console code page of that language, all with CRLF.
 */
class LocalizedOutputsTest {

    /** The console code page {@code cmd /c tool > file} writes on a Windows in each display language. */
    private static final Map<String, TextEncoding> CONSOLE_CODE_PAGE = Map.ofEntries(Map.entry("de", TextEncoding.IBM850),
            Map.entry("fr", TextEncoding.IBM850), Map.entry("es", TextEncoding.IBM850), Map.entry("it", TextEncoding.IBM850),
            Map.entry("pt", TextEncoding.IBM850), Map.entry("nl", TextEncoding.IBM850), Map.entry("pl", TextEncoding.IBM852),
            Map.entry("ru", TextEncoding.IBM866), Map.entry("ja", TextEncoding.CP932), Map.entry("zh", TextEncoding.CP936),
            Map.entry("ko", TextEncoding.CP949));

    private static final List<String> CMDKEY = List.of("de-DE", "es-ES", "pt-BR", "ja-JP", "zh-CN", "zh-CN-domain",
            "fr-FR-selfwritten", "it-IT-selfwritten", "nl-NL-selfwritten", "pl-PL-selfwritten", "ru-RU-selfwritten",
            "ko-KR-selfwritten");
    private static final List<String> IPCONFIG = List.of("de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "ru-RU",
            "ja-JP", "zh-CN", "pt-BR-selfwritten", "ko-KR-selfwritten");
    private static final List<String> WINHTTP = List.of("ja-JP", "zh-CN", "de-DE-proxy-selfwritten",
            "fr-FR-proxy-selfwritten", "es-ES-proxy-selfwritten", "it-IT-proxy-selfwritten", "pt-BR-proxy-selfwritten",
            "nl-NL-proxy-selfwritten", "pl-PL-proxy-selfwritten", "ru-RU-proxy-selfwritten", "ja-JP-proxy-selfwritten",
            "zh-CN-proxy-selfwritten", "ko-KR-proxy-selfwritten");

    @TestFactory
    Stream<DynamicTest> credentialsAreTheSameAsInEnglish() {
        return samples("cmdkey", CMDKEY, CmdkeyFormat::parse, LocalizedOutputsTest::credentialFacts,
                bytes -> WindowsReadings.credentials(raw("cmdkey /list", "cmdkey-list.txt", bytes)));
    }

    @TestFactory
    Stream<DynamicTest> adaptersAreTheSameAsInEnglish() {
        return samples("ipconfig", IPCONFIG, IpconfigFormat::parse, LocalizedOutputsTest::adapterFacts,
                bytes -> WindowsReadings.adapters(raw("ipconfig /all", "ipconfig-all.txt", bytes)));
    }

    @TestFactory
    Stream<DynamicTest> proxyIsTheSameAsInEnglish() {
        return samples("winhttp", WINHTTP, WinHttpProxyFormat::parse, LocalizedOutputsTest::proxyFacts,
                bytes -> WindowsReadings.proxy(raw("netsh winhttp show proxy", "winhttp-proxy.txt", bytes)));
    }

    /**
     * For each sample and encoding: recognised, the same facts as the English equivalent, problems on the same
     * lines as the English equivalent has them, and the same target reading as a snapshot file would give.
     */
    private static <R extends FormatResult> Stream<DynamicTest> samples(String command, List<String> names,
            Function<byte[], R> parse, Function<R, List<?>> facts, Function<byte[], Reading<?>> reading) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : names) {
            String master = Fixtures.text("localized/" + command + "/" + name + ".txt");
            byte[] english = Fixtures.bytes("localized/" + command + "/" + name + ".en.txt");
            R expected = parse.apply(english);
            assertTrue(expected.recognised(), name + ".en.txt");
            assertFalse(facts.apply(expected).isEmpty(), name + ".en.txt");
            Reading<?> expectedReading = reading.apply(english);
            List<TextEncoding> encodings = new ArrayList<>(TextEncoding.WINDOWS_WRITES);
            encodings.add(CONSOLE_CODE_PAGE.get(name.substring(0, 2)));
            for (TextEncoding encoding : encodings) {
                tests.add(DynamicTest.dynamicTest(command + " " + name + " as " + encoding.displayName() + " CRLF", () -> {
                    byte[] bytes = TextDecoder.encode(master, encoding, LineEnding.CRLF);
                    assertEquals(master.replace("\r\n", "\n"), new String(TextDecoder.decode(bytes, vocabulary(command))
                            .text().replace("\r\n", "\n")), "decoded as " + TextDecoder.decode(bytes, vocabulary(command))
                                    .encodingName());
                    R result = parse.apply(bytes);
                    assertTrue(result.recognised(), result.problems().toString());
                    assertEquals(facts.apply(expected), facts.apply(result));
                    assertEquals(lines(expected.problems()), lines(result.problems()), result.problems().toString());
                    Reading<?> actual = reading.apply(bytes);
                    assertEquals(Reading.Kind.VALUE, actual.kind(), actual.message());
                    assertEquals(expectedReading.value(), actual.value());
                }));
            }
        }
        return tests.stream();
    }

    private static java.util.Set<String> vocabulary(String command) {
        return switch (command) {
            case "cmdkey" -> CmdkeyFormat.VOCABULARY;
            case "ipconfig" -> IpconfigFormat.VOCABULARY;
            default -> WinHttpProxyFormat.VOCABULARY;
        };
    }

    private static RawOutput raw(String command, String file, byte[] bytes) {
        return new RawOutput(command, file, 0, Instant.parse("2026-12-04T10:00:00Z"), bytes);
    }

    private static List<Integer> lines(List<ParseProblem> problems) {
        return problems.stream().map(ParseProblem::line).toList();
    }

    private static List<?> credentialFacts(CmdkeyList list) {
        List<Object> facts = new ArrayList<>();
        list.credentials().forEach(c -> facts.add(List.of(c.target(), c.type(), c.user().orElse("-"),
                c.persistenceKind())));
        return facts;
    }

    private static List<?> adapterFacts(IpconfigAll config) {
        List<Object> facts = new ArrayList<>();
        facts.add(List.of(config.host().hostName(), config.host().primaryDnsSuffix(), config.host().nodeType(),
                config.host().ipRoutingEnabled(), config.host().dnsSuffixSearchList()));
        for (NetworkAdapter a : config.adapters()) {
            facts.add(List.of(a.type(), a.name(), a.description(), a.physicalAddress(), a.dhcpEnabled(),
                    a.ipv4Addresses(), a.ipv6Addresses(), a.subnetMasks(), a.defaultGateways(), a.dnsServers(),
                    a.connectionSpecificDnsSuffix(), a.mediaDisconnected(), a.isVpnLike()));
        }
        return facts;
    }

    private static List<?> proxyFacts(WinHttpProxy proxy) {
        return List.of(proxy.direct(), proxy.proxyServers(), proxy.bypassList(), proxy.autoConfigUrl());
    }
}
