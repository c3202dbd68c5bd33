package org.triage.formats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The binary proxy settings Windows keeps in the registry under {@code Internet Settings\Connections}: the machine's
 * WinHTTP proxy ({@code WinHttpSettings} in HKLM, what {@code netsh winhttp set proxy} writes) and the user's WinINET
 * connection ({@code DefaultConnectionSettings} in HKCU). Both are laid out alike, every number a little-endian
 * 32-bit integer: a version ({@code 0x18} for WinHTTP, {@code 0x46} or {@code 0x3C} for WinINET), a change counter,
 * flags (1 always, 2 manual proxy, 4 setup script, 8 detect automatically), then length-prefixed ASCII strings: the
 * proxy server, the bypass list and (where present) the setup script's URL. Microsoft documents the direct-access
 * value ({@code 1800000000000000010000000000000000000000}); the rest of the layout is from public posts named in the
 * README beside the tests.
 */
public record ConnectionSettingsBlob(int version, int counter, int flags, String proxyServer, String bypassList,
        String autoConfigUrl) {

    public static final int FLAG_MANUAL_PROXY = 0x2;
    public static final int FLAG_AUTO_CONFIG = 0x4;
    public static final int FLAG_AUTO_DETECT = 0x8;

    /**
     * Decodes the value's bytes.
     *
     * @throws IllegalArgumentException where the value is shorter than its header or a length points past its end
     */
    public static ConnectionSettingsBlob decode(byte[] value) {
        if (value.length < 12) {
            throw new IllegalArgumentException("the value is " + value.length + " bytes, shorter than its 12-byte header");
        }
        int[] at = { 12 };
        int version = int32(value, 0);
        int counter = int32(value, 4);
        int flags = int32(value, 8);
        String proxy = string(value, at, "the proxy server");
        String bypass = string(value, at, "the bypass list");
        String script = string(value, at, "the setup script URL");
        return new ConnectionSettingsBlob(version, counter, flags, proxy, bypass, script);
    }

    /** Decodes a value written as hexadecimal digits ({@code 18000000…}), as the collector writes it. */
    public static ConnectionSettingsBlob decodeHex(String hex) {
        String digits = hex.strip();
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            digits = digits.substring(2);
        }
        try {
            return decode(HexFormat.of().parseHex(digits.replaceAll("[\\s,-]", "")));
        } catch (IllegalArgumentException e) {
            boolean layout = e.getMessage() != null && (e.getMessage().startsWith("the value")
                    || e.getMessage().startsWith("the length"));
            throw new IllegalArgumentException(layout ? e.getMessage() : "not hexadecimal digits: "
                    + TextLines.excerpt(hex), e);
        }
    }

    /** A string is absent where the value ends before its length; an empty one has length 0. */
    private static String string(byte[] value, int[] at, String what) {
        if (at[0] + 4 > value.length) {
            at[0] = value.length;
            return "";
        }
        int length = int32(value, at[0]);
        at[0] += 4;
        if (length < 0 || length > value.length - at[0]) {
            throw new IllegalArgumentException("the length of " + what + " (" + length + ") at byte " + (at[0] - 4)
                    + " points past the end of the " + value.length + "-byte value");
        }
        String text = new String(Arrays.copyOfRange(value, at[0], at[0] + length), StandardCharsets.ISO_8859_1);
        at[0] += length;
        return text;
    }

    private static int int32(byte[] value, int at) {
        return (value[at] & 0xff) | (value[at + 1] & 0xff) << 8 | (value[at + 2] & 0xff) << 16
                | (value[at + 3] & 0xff) << 24;
    }

    /** Whether a proxy server is set to be used. */
    public boolean manualProxy() {
        return (flags & FLAG_MANUAL_PROXY) != 0 && !proxyServer.isBlank();
    }

    public boolean autoDetect() {
        return (flags & FLAG_AUTO_DETECT) != 0;
    }

    public Optional<String> autoConfig() {
        return (flags & FLAG_AUTO_CONFIG) != 0 && !autoConfigUrl.isBlank() ? Optional.of(autoConfigUrl)
                : Optional.empty();
    }

    /** The proxy server entries, split at {@code ;} as netsh lists them; empty where no proxy is used. */
    public List<String> proxyServers() {
        return manualProxy() ? split(proxyServer) : List.of();
    }

    /** The bypass entries, split at {@code ;}; empty where no proxy is used. */
    public List<String> bypassEntries() {
        return manualProxy() ? split(bypassList) : List.of();
    }

    static List<String> split(String list) {
        return list == null ? List.of()
                : Arrays.stream(list.split(";")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
