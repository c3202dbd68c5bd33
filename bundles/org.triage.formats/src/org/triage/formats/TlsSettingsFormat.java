package org.triage.formats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.triage.core.target.TlsSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Reads {@code tls-settings.json}, one object the collector writes: {@code Protocols} (the client side of each SCHANNEL
 * protocol key, TLS 1.0 to 1.3, with {@code Enabled} and {@code DisabledByDefault}, null where not set), WinHTTP's
 * {@code DefaultSecureProtocols}, the .NET Framework's {@code SchUseStrongCrypto} and {@code SystemDefaultTlsVersions},
 * {@code CipherSuites} ({@code Get-TlsCipherSuite}: name, IANA number, protocol numbers; null with
 * {@code CipherSuitesError} where the cmdlet failed) and {@code CipherSuiteOrderPolicy} (the comma-separated
 * {@code Functions} value a group policy writes). Registry names and values do not depend on the display language.
 */
public final class TlsSettingsFormat {

    /**
     * The statements that collect {@code tls-settings.json}, one per element. The collector runs them in its
     * {@code Get-TlsSettings} function and the live Windows target through {@link #QUERY}; {@code CollectorAgreementTest}
     * keeps the two the same. No double quote, so that they pass through a command line unchanged.
     */
    public static final List<String> QUERY_STATEMENTS = List.of(
            "$read = { param($key, $name) $item = Get-ItemProperty -LiteralPath $key -Name $name -ErrorAction SilentlyContinue; if ($null -ne $item) { $item.$name } else { $null } }",
            "$protocols = @(foreach ($protocol in @('TLS 1.0', 'TLS 1.1', 'TLS 1.2', 'TLS 1.3')) { $client = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\' + $protocol + '\\Client'; [pscustomobject][ordered]@{ Protocol = $protocol; Enabled = (& $read $client 'Enabled'); DisabledByDefault = (& $read $client 'DisabledByDefault') } })",
            "$suites = $null; $suitesError = $null; try { $suites = @(Get-TlsCipherSuite | ForEach-Object { [pscustomobject][ordered]@{ Name = [string]$_.Name; CipherSuite = [int]$_.CipherSuite; Protocols = @($_.Protocols | ForEach-Object { [int]$_ }) } }) } catch { $suitesError = $_.Exception.Message }",
            "[pscustomobject][ordered]@{ Protocols = $protocols; WinHttpDefaultSecureProtocols = (& $read 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\WinHttp' 'DefaultSecureProtocols'); SchUseStrongCrypto = (& $read 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' 'SchUseStrongCrypto'); SystemDefaultTlsVersions = (& $read 'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' 'SystemDefaultTlsVersions'); CipherSuites = $suites; CipherSuitesError = $suitesError; CipherSuiteOrderPolicy = (& $read 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002' 'Functions') }");

    /** {@link #QUERY_STATEMENTS} as one script, whose output is the settings object. */
    public static final String QUERY = String.join("; ", QUERY_STATEMENTS);

    private TlsSettingsFormat() {
    }

    public static TlsSettingsJson parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new TlsSettingsJson(null, Optional.empty(), problems, false);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        JsonObject object = PowerShellJson.items(read.values()).stream().filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject).filter(o -> PowerShellJson.member(o, "Protocols") != null)
                .findFirst().orElse(null);
        if (object == null) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not tls-settings.json: no object with Protocols"));
            return new TlsSettingsJson(null, Optional.empty(), problems, false);
        }
        List<TlsSettings.Protocol> protocols = new ArrayList<>();
        for (JsonElement item : array(PowerShellJson.member(object, "Protocols"))) {
            if (!item.isJsonObject()) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "Protocols", 0),
                        "a protocol that is not an object: " + TextLines.excerpt(item.toString())));
                continue;
            }
            JsonObject protocol = item.getAsJsonObject();
            Optional<String> name = JsonItems.text(protocol, "Protocol");
            if (name.isEmpty()) {
                problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "Protocols", 0),
                        "a protocol without its name: " + TextLines.excerpt(item.toString())));
                continue;
            }
            protocols.add(new TlsSettings.Protocol(name.get(), dword(json, protocol, "Enabled", problems),
                    dword(json, protocol, "DisabledByDefault", problems)));
        }
        List<TlsSettings.CipherSuite> suites = null;
        JsonElement suitesElement = PowerShellJson.member(object, "CipherSuites");
        if (suitesElement != null && !suitesElement.isJsonNull()) {
            suites = new ArrayList<>();
            for (JsonElement item : array(suitesElement)) {
                if (!item.isJsonObject() || JsonItems.text(item.getAsJsonObject(), "Name").isEmpty()) {
                    problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "CipherSuites", 0),
                            "a cipher suite without its name: " + TextLines.excerpt(item.toString())));
                    continue;
                }
                JsonObject suite = item.getAsJsonObject();
                List<Integer> numbers = new ArrayList<>();
                for (JsonElement protocol : array(PowerShellJson.member(suite, "Protocols"))) {
                    try {
                        numbers.add(protocol.getAsInt());
                    } catch (RuntimeException e) {
                        problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, "Protocols", 0),
                                "a protocol number that is not a number: " + TextLines.excerpt(protocol.toString())));
                    }
                }
                suites.add(new TlsSettings.CipherSuite(JsonItems.text(suite, "Name").get(),
                        JsonItems.integer(suite, "CipherSuite").orElse(null), numbers));
            }
        }
        Optional<String> suitesError = JsonItems.text(object, "CipherSuitesError");
        List<String> policy = JsonItems.text(object, "CipherSuiteOrderPolicy")
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(null);
        TlsSettings settings = new TlsSettings(protocols, dword(json, object, "WinHttpDefaultSecureProtocols", problems),
                dword(json, object, "SchUseStrongCrypto", problems), dword(json, object, "SystemDefaultTlsVersions",
                        problems), suites, policy);
        return new TlsSettingsJson(settings, suitesError, problems, true);
    }

    /** An array member, or the one value PowerShell wrote without its array; empty for null or absent. */
    private static List<JsonElement> array(JsonElement element) {
        List<JsonElement> items = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return items;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(items::add);
        } else {
            items.add(element);
        }
        return items;
    }

    /** A DWORD as PowerShell writes it (a signed Int32); null where not set; a problem where it is not a number. */
    private static Integer dword(String json, JsonObject object, String key, List<ParseProblem> problems) {
        JsonElement value = PowerShellJson.member(object, key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        Optional<Long> number = PowerShellJson.whole(object, key);
        if (number.isEmpty() || number.get() < Integer.MIN_VALUE || number.get() > 0xFFFFFFFFL) {
            problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, key, 0), key + " is not a DWORD: "
                    + TextLines.excerpt(value.toString())));
            return null;
        }
        return (int) number.get().longValue();
    }

    /** The settings as the collector writes them; the demo workstation shows its state this way. */
    public static String render(TlsSettings settings, String cipherSuitesError) {
        JsonObject object = new JsonObject();
        JsonArray protocols = new JsonArray();
        for (TlsSettings.Protocol protocol : settings.protocols()) {
            JsonObject p = new JsonObject();
            p.addProperty("Protocol", protocol.name());
            p.addProperty("Enabled", protocol.enabled());
            p.addProperty("DisabledByDefault", protocol.disabledByDefault());
            protocols.add(p);
        }
        object.add("Protocols", protocols);
        object.addProperty("WinHttpDefaultSecureProtocols", settings.winHttpDefaultSecureProtocols());
        object.addProperty("SchUseStrongCrypto", settings.schUseStrongCrypto());
        object.addProperty("SystemDefaultTlsVersions", settings.systemDefaultTlsVersions());
        if (settings.cipherSuites() == null) {
            object.add("CipherSuites", JsonNull.INSTANCE);
        } else {
            JsonArray suites = new JsonArray();
            for (TlsSettings.CipherSuite suite : settings.cipherSuites()) {
                JsonObject s = new JsonObject();
                s.addProperty("Name", suite.name());
                s.addProperty("CipherSuite", suite.id());
                JsonArray numbers = new JsonArray();
                suite.protocols().forEach(numbers::add);
                s.add("Protocols", numbers);
                suites.add(s);
            }
            object.add("CipherSuites", suites);
        }
        object.addProperty("CipherSuitesError", cipherSuitesError);
        object.addProperty("CipherSuiteOrderPolicy", settings.cipherSuiteOrderPolicy() == null ? null
                : String.join(",", settings.cipherSuiteOrderPolicy()));
        return PowerShellJson.write(object);
    }
}
