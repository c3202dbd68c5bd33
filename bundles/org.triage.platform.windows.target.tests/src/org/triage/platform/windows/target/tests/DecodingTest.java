package org.triage.platform.windows.target.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.triage.core.target.ActionResult;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.Reading;
import org.triage.core.target.TargetAction;
import org.triage.core.target.VpnConnection;
import org.triage.formats.TextEncoding;
import org.triage.platform.windows.target.CommandLine;

/**
 * Output is decoded as the tool wrote it: byte-order marks, UTF-16LE with and without BOM, UTF-8 with and
 * without BOM, and the machine's own OEM code page for console tools, which the bytes alone cannot tell.
 */
class DecodingTest {

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    @ParameterizedTest
    @EnumSource(names = { "UTF16LE_BOM", "UTF16LE", "UTF8_BOM", "UTF8" })
    void consoleToolOutputInEveryUnicodeForm(TextEncoding encoding) {
        FakeMachine machine = FakeMachine.contoso(encoding, TextEncoding.UTF8);
        machine.runner.answer(machine.commands.adapters(), 1, new byte[0]); // so that ipconfig /all is read

        Reading<List<NetworkAdapter>> adapters = machine.target().adapters(MONITOR);

        assertEquals(Reading.Kind.VALUE, adapters.kind(), adapters.message());
        assertEquals(List.of("Contoso VPN", "Ethernet", "Wi-Fi", "Local Area Connection* 1"),
                adapters.value().stream().map(NetworkAdapter::name).toList());
        assertEquals(encoding.displayName(), adapters.evidence().get(0).encoding());
        assertTrue(adapters.evidence().get(0).content().startsWith("\r\nWindows IP Configuration"),
                "the evidence holds the decoded text, without a byte-order mark");
    }

    @ParameterizedTest
    @EnumSource(names = { "UTF8", "UTF8_BOM", "UTF16LE_BOM" })
    void powerShellJsonWhateverTheConsoleEncodingEndsUpAs(TextEncoding encoding) {
        FakeMachine machine = FakeMachine.contoso(TextEncoding.IBM850, encoding);

        Reading<List<VpnConnection>> vpn = machine.target().vpnConnections(MONITOR);

        assertEquals(Reading.Kind.VALUE, vpn.kind(), vpn.message());
        assertEquals("Contoso VPN", vpn.value().get(0).name());
        assertEquals(Boolean.FALSE, vpn.value().get(0).splitTunneling());
        assertEquals(encoding.displayName(), vpn.evidence().get(0).encoding());
    }

    @Test
    void aRussianConsoleWritesCodePage866WhichIsDecodedWithTheMachinesOemCodePage() {
        FakeMachine machine = new FakeMachine();
        machine.host.oemCodePage(866);
        String text = Recordings.text(Recordings.contoso("ipconfig-all.txt"))
                .replace("Ethernet adapter Ethernet:", "Ethernet adapter Подключение по локальной сети:");
        machine.runner.answer(machine.commands.ipconfig("/all"), 0, text.getBytes(Charset.forName("IBM866")));

        Reading<List<NetworkAdapter>> adapters = machine.target().adapters(MONITOR);

        assertEquals(Reading.Kind.VALUE, adapters.kind(), adapters.message());
        assertEquals("Подключение по локальной сети", adapters.value().get(1).name());
        assertEquals("OEM code page 866 (IBM866)", adapters.evidence().get(0).encoding());
        assertTrue(adapters.evidence().get(0).content().contains("Подключение"));
    }

    @Test
    void aGermanConsolesActionOutputIsDecodedFromCodePage850() {
        FakeMachine machine = FakeMachine.contoso();
        machine.runner.answer(CommandLine.of("C:\\Windows\\System32\\ipconfig.exe", "/flushdns"), 0,
                Recordings.recording("ipconfig-flushdns.de-DE.cp850.txt"));

        ActionResult result = machine.target().perform(new TargetAction.FlushDns(), MONITOR);

        assertEquals("\r\nWindows-IP-Konfiguration\r\n\r\nDer DNS-Auflösungscache wurde geleert.\r\n", result.output());
    }

    @Test
    void aConsoleSetToUtf8WritesUtf8AndIsReadAsSuch() {
        FakeMachine machine = new FakeMachine();
        machine.host.oemCodePage(65001);
        String text = Recordings.text(Recordings.contoso("ipconfig-all.txt"))
                .replace("Ethernet adapter Ethernet:", "Ethernet adapter Büro-LAN:");
        machine.runner.answer(machine.commands.ipconfig("/all"), 0, text.getBytes(StandardCharsets.UTF_8));

        Reading<List<NetworkAdapter>> adapters = machine.target().adapters(MONITOR);

        assertEquals("Büro-LAN", adapters.value().get(1).name());
        assertEquals("UTF-8", adapters.evidence().get(0).encoding());
    }
}
