package org.triage.snapshot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.latest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.CachedCredentialsProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.session.Facts;
import org.triage.formats.TextDecoder;
import org.triage.formats.TextEncoding;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.tests.harness.Samples;

/**
 * A snapshot collected on a Windows in another display language diagnoses as its English equivalent does,
 * whatever console code page the collector's {@code cmd /c} wrote; a file in a language the readers do not
 * know shows what could be read and a problem naming the file, the line and what was expected.
 */
class LocalizedSnapshotTest {

    /** Real output posted from a Chinese (Simplified) Windows; see formats.tests fixtures/localized/README.md. */
    private static final String CMDKEY_ZH = "\n当前保存的凭据:\n\n    目标: LegacyGeneric:target=TERMSRV/172.xx.x.1\n"
            + "    类型: 普通\n    用户: I3L2JDBDV6JENUP\\Administrator\n    本地机器持续时间\n\n"
            + "    目标: Domain:target=10.24.1.105\n    类型: 域密码\n    用户: hongzelong\n";
    private static final String CMDKEY_EN = "\nCurrently stored credentials:\n\n    Target: LegacyGeneric:target=TERMSRV/172.xx.x.1\n"
            + "    Type: Generic \n    User: I3L2JDBDV6JENUP\\Administrator\n    Local machine persistence\n\n"
            + "    Target: Domain:target=10.24.1.105\n    Type: Domain Password\n    User: hongzelong\n";
    /** Part of a real output posted from a Japanese Windows (same README). */
    private static final String IPCONFIG_JA = "\nWindows IP 構成\n\n   ホスト名. . . . . . . . . . . . . . .: DESKTOP-C3DRR4I\n"
            + "   ノード タイプ . . . . . . . . . . . .: ハイブリッド\n\nイーサネット アダプター イーサネット:\n\n"
            + "   接続固有の DNS サフィックス . . . . .:\n   説明. . . . . . . . . . . . . . . . .: Realtek PCIe GbE Family Controller\n"
            + "   物理アドレス. . . . . . . . . . . . .: 64-4E-D7-24-18-A7\n   DHCP 有効 . . . . . . . . . . . . . .: はい\n"
            + "   IPv4 アドレス . . . . . . . . . . . .: 10.161.204.246(優先)\n   サブネット マスク . . . . . . . . . .: 255.255.255.0\n"
            + "   デフォルト ゲートウェイ . . . . . . .: 10.161.204.1\n   DNS サーバー. . . . . . . . . . . . .: 10.161.204.1\n\n"
            + "Wireless LAN adapter Wi-Fi:\n\n   メディアの状態. . . . . . . . . . . .: メディアは接続されていません\n"
            + "   説明. . . . . . . . . . . . . . . . .: Realtek 8852CE WiFi 6E PCI-E NIC\n";
    private static final String IPCONFIG_EN = "\nWindows IP Configuration\n\n   Host Name . . . . . . . . . . . . : DESKTOP-C3DRR4I\n"
            + "   Node Type . . . . . . . . . . . . : Hybrid\n\nEthernet adapter イーサネット:\n\n"
            + "   Connection-specific DNS Suffix  . :\n   Description . . . . . . . . . . . : Realtek PCIe GbE Family Controller\n"
            + "   Physical Address. . . . . . . . . : 64-4E-D7-24-18-A7\n   DHCP Enabled. . . . . . . . . . . : Yes\n"
            + "   IPv4 Address. . . . . . . . . . . : 10.161.204.246(Preferred)\n   Subnet Mask . . . . . . . . . . . : 255.255.255.0\n"
            + "   Default Gateway . . . . . . . . . : 10.161.204.1\n   DNS Servers . . . . . . . . . . . : 10.161.204.1\n\n"
            + "Wireless LAN adapter Wi-Fi:\n\n   Media State . . . . . . . . . . . : Media disconnected\n"
            + "   Description . . . . . . . . . . . : Realtek 8852CE WiFi 6E PCI-E NIC\n";
    /** Written by us after the Russian translation of netsh's strings (same README). */
    private static final String WINHTTP_RU = "\nТекущие параметры прокси-сервера WinHTTP:\n\n"
            + "    Прокси-сервер(ы):  proxy.corp.contoso.com:8080\n    Список обхода   :  <local>;*.corp.contoso.com\n";
    private static final String WINHTTP_EN = "\nCurrent WinHTTP proxy settings:\n\n"
            + "    Proxy Server(s) :  proxy.corp.contoso.com:8080\n    Bypass List     :  <local>;*.corp.contoso.com\n";

    @TempDir
    Path folder;

    @Test
    void chineseCredentialsInCodePage936ReadAsTheirEnglishEquivalent() throws Exception {
        assertSameAsEnglish("cmdkey-list.txt", CMDKEY_ZH, TextEncoding.CP936, CMDKEY_EN, CachedCredentialsProbe.ID);
    }

    @Test
    void japaneseAdaptersInCodePage932ReadAsTheirEnglishEquivalent() throws Exception {
        assertSameAsEnglish("ipconfig-all.txt", IPCONFIG_JA, TextEncoding.CP932, IPCONFIG_EN, AdaptersProbe.ID);
    }

    @Test
    void russianProxyInCodePage866ReadsAsItsEnglishEquivalent() throws Exception {
        assertSameAsEnglish("winhttp-proxy.txt", WINHTTP_RU, TextEncoding.IBM866, WINHTTP_EN, ProxyProbe.ID);
    }

    @Test
    void credentialsInALanguageTheReaderDoesNotKnowShowTheirEntriesAndNameTheProblem() throws Exception {
        // Made-up labels around real target names: the reader knows no such language.
        String unknown = "\nKayitli kimlik bilgileri:\n\n    Hedef: LegacyGeneric:target=MicrosoftOffice16_Data:SSPI:jdoe@contoso.com\n"
                + "    Tur: Genel\n    Kullanici: jdoe@contoso.com\n\n    Hedef: Domain:interactive=CONTOSO\\jdoe\n"
                + "    Tur: Etki alani parolasi\n    Kullanici: CONTOSO\\jdoe\n";
        Path snapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder);
        Files.write(snapshot.resolve("cmdkey-list.txt"), TextDecoder.encode(unknown, TextEncoding.UTF16LE_BOM));

        Observation credentials = latest(SnapshotFixtures.diagnose(snapshot), CachedCredentialsProbe.ID);

        assertEquals(ObservationStatus.WARNING, credentials.getStatus(), credentials.getSummary());
        assertEquals(2, Facts.recordsOf(credentials, "entries").size());
        List<String> problems = Facts.textsOf(credentials, "problems");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("cmdkey-list.txt line 4: ") && problems.get(0).contains("'Hedef'")
                && problems.get(0).contains("'Target:'"), problems.get(0));
    }

    private void assertSameAsEnglish(String fileName, String localized, TextEncoding consoleCodePage, String english,
            String probeId) throws Exception {
        Path localizedSnapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder.resolve("localized"));
        Files.write(localizedSnapshot.resolve(fileName), TextDecoder.encode(localized, consoleCodePage));
        Path englishSnapshot = SnapshotFixtures.copyOf(Samples.CONTOSO, folder.resolve("english"));
        Files.write(englishSnapshot.resolve(fileName), TextDecoder.encode(english, TextEncoding.UTF16LE_BOM));

        Session localizedSession = SnapshotFixtures.diagnose(localizedSnapshot);
        Session englishSession = SnapshotFixtures.diagnose(englishSnapshot);

        Observation read = latest(localizedSession, probeId);
        Observation expected = latest(englishSession, probeId);
        assertEquals(expected.getStatus(), read.getStatus(), read.getSummary());
        assertEquals(List.of(), Facts.textsOf(read, "problems"));
        assertEquals(expected.getSummary(), read.getSummary());
        assertEquals(facts(expected), facts(read));
        assertFalse(facts(read).isEmpty());
        assertEquals(consoleCodePage.displayName(), read.getEvidence().get(0).getEncoding());
        assertEquals(SnapshotFixtures.observationsOtherThan(englishSession, probeId),
                SnapshotFixtures.observationsOtherThan(localizedSession, probeId));
    }

    private static List<String> facts(Observation observation) {
        return observation.getFacts().stream().map(fact -> fact.getName() + "=" + Facts.asText(fact)).toList();
    }
}
