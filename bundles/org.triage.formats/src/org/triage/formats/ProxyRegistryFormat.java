package org.triage.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code winhttp-proxy.json}, one object the collector writes from the registry: {@code WinHttpSettings} (the
 * binary value of {@code HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Internet Settings\Connections}, as hexadecimal
 * digits, null where it does not exist), the user's {@code ProxyEnable}, {@code ProxyServer}, {@code ProxyOverride},
 * {@code AutoConfigURL} and {@code AutoDetect} from {@code HKCU\…\Internet Settings}, and the user's
 * {@code DefaultConnectionSettings} as hexadecimal digits. Registry names and values do not depend on the display
 * language.
 */
public final class ProxyRegistryFormat {

    /**
     * The statements that collect {@code winhttp-proxy.json}, one per element: the registry values as they are, the
     * binary ones as hexadecimal digits (decoded here, by {@link ConnectionSettingsBlob}). The collector runs them in
     * its {@code Get-ProxyRegistry} function and the live Windows target through {@link #QUERY};
     * {@code CollectorAgreementTest} keeps the two the same. No double quote, so that they pass through a command
     * line unchanged.
     */
    public static final List<String> QUERY_STATEMENTS = List.of(
            "$winHttp = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections' -Name WinHttpSettings -ErrorAction SilentlyContinue",
            "$defaultConnection = Get-ItemProperty -LiteralPath 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections' -Name DefaultConnectionSettings -ErrorAction SilentlyContinue",
            "$user = @{}",
            "foreach ($name in @('ProxyEnable', 'ProxyServer', 'ProxyOverride', 'AutoConfigURL', 'AutoDetect')) { $value = Get-ItemProperty -LiteralPath 'HKCU:\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings' -Name $name -ErrorAction SilentlyContinue; $user[$name] = $(if ($null -ne $value) { $value.$name } else { $null }) }",
            "[pscustomobject][ordered]@{ WinHttpSettings = $(if ($null -ne $winHttp) { [BitConverter]::ToString([byte[]]$winHttp.WinHttpSettings).Replace('-', '') } else { $null }); ProxyEnable = $user['ProxyEnable']; ProxyServer = $user['ProxyServer']; ProxyOverride = $user['ProxyOverride']; AutoConfigURL = $user['AutoConfigURL']; AutoDetect = $user['AutoDetect']; DefaultConnectionSettings = $(if ($null -ne $defaultConnection) { [BitConverter]::ToString([byte[]]$defaultConnection.DefaultConnectionSettings).Replace('-', '') } else { $null }) }");

    /** {@link #QUERY_STATEMENTS} as one script, whose output is the settings object. */
    public static final String QUERY = String.join("; ", QUERY_STATEMENTS);

    private ProxyRegistryFormat() {
    }

    public static ProxyRegistry parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            problems.add(new ParseProblem(1, "input is empty"));
            return unrecognised(problems);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        List<JsonElement> items = PowerShellJson.items(read.values());
        JsonObject object = items.stream().filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .filter(o -> PowerShellJson.member(o, "WinHttpSettings") != null).findFirst().orElse(null);
        if (object == null) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not winhttp-proxy.json: no object with WinHttpSettings"));
            return unrecognised(problems);
        }
        Optional<ConnectionSettingsBlob> winHttp = blob(json, object, "WinHttpSettings", problems);
        if (winHttp.isEmpty() && JsonItems.text(object, "WinHttpSettings").isPresent()) {
            // an unreadable value says nothing about the proxy: not direct access, unknown
            return unrecognised(problems);
        }
        Optional<ConnectionSettingsBlob> connection = blob(json, object, "DefaultConnectionSettings", problems);
        Optional<Boolean> autoDetect = JsonItems.bool(object, "AutoDetect")
                .or(() -> connection.map(ConnectionSettingsBlob::autoDetect));
        return new ProxyRegistry(winHttp, JsonItems.bool(object, "ProxyEnable"), JsonItems.text(object, "ProxyServer"),
                JsonItems.text(object, "ProxyOverride"), JsonItems.text(object, "AutoConfigURL"), autoDetect, connection,
                problems, true);
    }

    private static Optional<ConnectionSettingsBlob> blob(String json, JsonObject object, String key,
            List<ParseProblem> problems) {
        Optional<String> hex = JsonItems.text(object, key);
        if (hex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConnectionSettingsBlob.decodeHex(hex.get()));
        } catch (IllegalArgumentException e) {
            problems.add(new ParseProblem(PowerShellJson.lineOfKey(json, key, 0), key + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static ProxyRegistry unrecognised(List<ParseProblem> problems) {
        return new ProxyRegistry(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), problems, false);
    }
}
