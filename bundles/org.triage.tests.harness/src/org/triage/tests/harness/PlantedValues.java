package org.triage.tests.harness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Secrets and identifiers planted in tool output the way Windows tools, proxies and logs write them, for tests that
 * must find none of them in an export. Every value is made up. Each planted line names the values that must not
 * survive (a value with a separator also names its parts, so that redacting half of it does not pass), and the facts
 * that look like secrets but are not, which must survive.
 * <p>
 * The lines are written for these tests, not copied from real output (none with a real key could be published). The
 * Wi-Fi key labels were checked against public scripts that parse {@code netsh wlan show profile key=clear} output
 * in that language: {@code Key Content}, {@code Schlüsselinhalt} (German scripts matching
 * {@code "Schlüsselinhalt\s*:"}), {@code Contenido de la clave} (a Spanish script matching
 * {@code "Contenido de la clave  : "}, PoSh Get-WlanPassword by JeB94), {@code Содержимое ключа} (Russian scripts
 * decoding cp866 output). The others (fr, it, pt-BR, nl, pl, ja, zh-CN, ko) follow the Windows translations as
 * commonly reported and could not be confirmed from a captured output here.
 */
public final class PlantedValues {

    /** A line as a tool prints it, and what of it must not reach an export. */
    public record Planted(String kind, String line, List<String> values) {

        Planted(String kind, String line, String... values) {
            this(kind, line, List.of(values));
        }
    }

    private PlantedValues() {
    }

    /** Secrets, which every export must redact, pseudonymised or not. */
    public static List<Planted> secrets() {
        return List.of(
                // netsh wlan show profile name=… key=clear, in the languages Windows ships
                new Planted("wifi-key en", "    Key Content            : Wlan-EN-Secret-7731", "Wlan-EN-Secret-7731"),
                new Planted("wifi-key de", "    Schlüsselinhalt        : Wlan-DE-Geheim-4417", "Wlan-DE-Geheim-4417"),
                new Planted("wifi-key fr", "    Contenu de la clé      : Wlan-FR-Cle-5520", "Wlan-FR-Cle-5520"),
                new Planted("wifi-key es", "    Contenido de la clave  : Wlan-ES-Clave-6631", "Wlan-ES-Clave-6631"),
                new Planted("wifi-key it", "    Contenuto chiave       : Wlan-IT-Chiave-7742", "Wlan-IT-Chiave-7742"),
                new Planted("wifi-key pt-BR", "    Conteúdo da Chave      : Wlan-PT-Chave-8853", "Wlan-PT-Chave-8853"),
                new Planted("wifi-key nl", "    Sleutelinhoud          : Wlan-NL-Sleutel-9964", "Wlan-NL-Sleutel-9964"),
                new Planted("wifi-key pl", "    Zawartość klucza       : Wlan-PL-Klucz-1075", "Wlan-PL-Klucz-1075"),
                new Planted("wifi-key ru", "    Содержимое ключа       : Wlan-RU-Kluch-2186", "Wlan-RU-Kluch-2186"),
                new Planted("wifi-key ja", "    主要なコンテンツ       : Wlan-JA-Kagi-3297", "Wlan-JA-Kagi-3297"),
                new Planted("wifi-key ja (spaced)", "    キー コンテンツ        : Wlan-JA-Kagi-3298", "Wlan-JA-Kagi-3298"),
                new Planted("wifi-key zh-CN", "    关键内容               : Wlan-ZH-Mima-4308", "Wlan-ZH-Mima-4308"),
                new Planted("wifi-key ko", "    키 콘텐츠              : Wlan-KO-Ki-5419", "Wlan-KO-Ki-5419"),
                // password labels of other languages
                new Planted("password de", "Passwort: Pw-DE-Passwort-1111", "Pw-DE-Passwort-1111"),
                new Planted("password de (Kennwort)", "Kennwort = Pw-DE-Kennwort-1112", "Pw-DE-Kennwort-1112"),
                new Planted("password fr", "mot de passe : Pw-FR-Mdp-2222", "Pw-FR-Mdp-2222"),
                new Planted("password es", "contraseña: Pw-ES-Contra-3333", "Pw-ES-Contra-3333"),
                new Planted("password it", "password: Pw-IT-Password-4444", "Pw-IT-Password-4444"),
                new Planted("password pt-BR", "senha: Pw-PT-Senha-5555", "Pw-PT-Senha-5555"),
                new Planted("password nl", "wachtwoord: Pw-NL-Wacht-6666", "Pw-NL-Wacht-6666"),
                new Planted("password pl", "hasło: Pw-PL-Haslo-7777", "Pw-PL-Haslo-7777"),
                new Planted("password ru", "пароль: Pw-RU-Parol-8888", "Pw-RU-Parol-8888"),
                new Planted("password ja", "パスワード：Pw-JA-Pasu-9999", "Pw-JA-Pasu-9999"),
                new Planted("password zh-CN", "密码: Pw-ZH-Mima-1010", "Pw-ZH-Mima-1010"),
                new Planted("password ko", "암호: Pw-KO-Amho-1212", "Pw-KO-Amho-1212"),
                // the forms that leaked
                new Planted("password with ;", "password=Semi;Colon-Pw-5521", "Semi;Colon-Pw-5521", "Colon-Pw-5521"),
                new Planted("password with ; in a connection string",
                        "ConnectionString: Server=db01;User ID=svc;Password=Conn;Str-Pw-5522;Encrypt=true",
                        "Conn;Str-Pw-5522", "Str-Pw-5522"),
                new Planted("JSON-escaped password", "{\"body\":\"{\\\"password\\\":\\\"Json-Escaped-Pw-8812\\\"}\"}",
                        "Json-Escaped-Pw-8812"),
                new Planted("URL-encoded password",
                        "redirect: https://portal.example.net/cb?state=user%3Dalex%26password%3DUrl-Enc-Pw-3391%26lang%3Dde",
                        "Url-Enc-Pw-3391"),
                new Planted("Cookie header mid-line",
                        "request: GET /owa HTTP/1.1 Host: mail.example.net Cookie: sessionid=Cookie-Mid-6623; lang=de",
                        "Cookie-Mid-6623"),
                new Planted("proxy URL, password with @ and /",
                        "Proxy URL: http://alex:Pr@xy/Pw-Slash-2210@proxy.contoso.com:8080/",
                        "Pr@xy/Pw-Slash-2210", "Pw-Slash-2210"),
                new Planted("user:password@host:port without a scheme",
                        "    Proxy Server(s) :  alex:NoScheme-Pw-9904@proxy.contoso.com:3128", "NoScheme-Pw-9904"),
                new Planted("bearer header", "Authorization: Bearer Tok3nValue.Bearer-Abc-1234567890",
                        "Tok3nValue.Bearer-Abc-1234567890"),
                new Planted("client secret", "client_secret=Qx7~aB3cD.eF5gH-iJ9kL_mN1oP2qR4sT6uV8w",
                        "Qx7~aB3cD.eF5gH-iJ9kL_mN1oP2qR4sT6uV8w"));
    }

    /** Identifiers, which a pseudonymised export must replace. */
    public static List<Planted> identifiers() {
        return List.of(
                new Planted("GUID with and without dashes", "DeviceId : 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b\r\n"
                        + "Registry: HKLM\\SOFTWARE\\Devices\\6f1c2b3a4d5e4f608a7b9c0d1e2f3a4b",
                        "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b", "6f1c2b3a4d5e4f608a7b9c0d1e2f3a4b"),
                new Planted("GUID only without dashes", "KeyContainerId : 0a1b2c3d4e5f40718293a4b5c6d7e8f9",
                        "0a1b2c3d4e5f40718293a4b5c6d7e8f9"),
                new Planted("host under a learned suffix", "   Primary Dns Suffix  . . . . . . . : firma.intern\r\n"
                        + "mapped \\\\srv-files01.firma.intern\\share", "srv-files01", "firma.intern"),
                new Planted("host under .corp", "ping pc0815.corp", "pc0815"),
                new Planted("host under .lan", "nas: nas01.home.lan", "nas01"),
                new Planted("host under an unknown suffix", "build server build07.werk.fabrik replied", "build07",
                        "werk.fabrik"),
                new Planted("TERMSRV target", "    Target: Domain:target=TERMSRV/rdsh-jump07", "rdsh-jump07"),
                new Planted("HOST service principal", "SPN HOST/fileserv42 registered", "fileserv42"),
                new Planted("DOMAIN\\user with umlauts", "Executing Account Name : FIRMA\\jürgen.plant\r\n"
                        + "logged on as FIRMA\\björn.ås", "jürgen.plant", "björn.ås", "FIRMA\\"),
                new Planted("MAC with dashes, bare and dotted", "   Physical Address. . . . . . . . . : 3C-21-9C-4A-7B-12\r\n"
                        + "arp: 3C219C4A7B12 / 3c21.9c4a.7b12", "3C-21-9C-4A-7B-12", "3C219C4A7B12", "3c21.9c4a.7b12"),
                new Planted("MAC only bare, labelled", "MacAddress : A4B1C2D3E4F5", "A4B1C2D3E4F5"),
                new Planted("MAC only Cisco-dotted", "switch port a4b1.c2d3.e4f6 learned", "a4b1.c2d3.e4f6"),
                new Planted("domain SID", "User SID : S-1-5-21-3623811015-3361044348-30300820-1013",
                        "3623811015-3361044348-30300820"),
                new Planted("Entra ID SID", "Object SID : S-1-12-1-1234567890-1987654321-1122334455-2147483647",
                        "1234567890-1987654321-1122334455"),
                new Planted("certificate thumbprint", "Thumbprint : 9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B",
                        "9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2F1A0B"),
                new Planted("thumbprint unlabelled", "cert hash 1F2E3D4C5B6A79880716253443526170E1D2C3B4",
                        "1F2E3D4C5B6A79880716253443526170E1D2C3B4"),
                new Planted("certificate serial number", "Serial Number: 4F00000123ABCDEF0123", "4F00000123ABCDEF0123"),
                new Planted("UPN", "UserEmail : alex.jones@contoso.com", "alex.jones"));
    }

    /** Lines that look like secrets or identifiers and are not: each must be in an export as it was. */
    public static List<String> facts() {
        return List.of("             AzureAdPrt : NO", "          EnterprisePrt : NO", "    AzureAdPrtUpdateTime : ",
                "   Security key           : Present", "   Passwort läuft ab      : Nie",
                "\"path\": \"C:\\\\Data\\\\Reports\\\\q3.xlsx\"", "Authentication : WPA2-Personal",
                "ErrorCode: 0x8004de40", "Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy", "dsregcmd.exe /status",
                "holds no Primary Refresh Token (AzureAdPrt : NO).", "Password: n/a.");
    }

    /** Every C0 control character but CR and LF, lone surrogates, U+FFFE and U+FFFF, between the text of a line. */
    public static String controlCharacters() {
        StringBuilder text = new StringBuilder("colour \u001B[31mred\u001B[0m;");
        for (char c = 0; c < 0x20; c++) {
            if (c != '\r' && c != '\n') {
                text.append(' ').append(c);
            }
        }
        return text.append(" \uD800 \uDC00 \uFFFE \uFFFF \u007F end").toString();
    }

    /** All planted lines and the control characters, CRLF-separated: a text to append to a tool's output. */
    public static String block() {
        List<String> lines = new ArrayList<>();
        secrets().forEach(planted -> lines.add(planted.line()));
        identifiers().forEach(planted -> lines.add(planted.line()));
        lines.addAll(facts());
        lines.add(controlCharacters());
        return "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    /** Where a value's bytes occur in {@code haystack}, as UTF-8 or UTF-16LE, in its case or upper or lower case. */
    public static List<String> occurrences(byte[] haystack, List<String> values) {
        List<String> found = new ArrayList<>();
        for (String value : values) {
            for (String form : List.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT))) {
                if (indexOf(haystack, form.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    found.add(value + " (UTF-8)");
                    break;
                }
                if (indexOf(haystack, form.getBytes(StandardCharsets.UTF_16LE)) >= 0) {
                    found.add(value + " (UTF-16LE)");
                    break;
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
