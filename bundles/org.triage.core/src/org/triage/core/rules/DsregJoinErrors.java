package org.triage.core.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The phases of a hybrid join and the client error codes {@code dsregcmd /status} reports in its Diagnostic Data, as
 * Microsoft's "Troubleshoot Microsoft Entra hybrid joined devices" lists them
 * (https://learn.microsoft.com/entra/identity/devices/troubleshoot-hybrid-join-windows-current). Codes not listed
 * here are named as unknown to this table, never guessed.
 */
public final class DsregJoinErrors {

    /** What each {@code Error Phase} is, in the words an admin needs. */
    private static final Map<String, String> PHASES = Map.of(
            "precheck", "pre-check: the device checks it may join (domain joined, not already joined, policy allows it)",
            "discover", "discovery: the device reads the tenant from the service connection point in Active Directory "
                    + "and asks the Device Registration Service (enterpriseregistration.windows.net) for its metadata",
            "auth", "authentication: the device gets a token for the Device Registration Service from Entra ID (a "
                    + "federated domain's token comes from AD FS over WS-Trust first)",
            "join", "join: the Device Registration Service registers the device and issues its certificate");

    private record Code(String name, String meaning) {
    }

    private static final Map<String, Code> CODES = Map.ofEntries(
            Map.entry("0x801c001d", new Code("DSREG_AUTOJOIN_ADCONFIG_READ_FAILED", "the service connection point (SCP) "
                    + "object could not be read from Active Directory, so the Entra ID tenant is not known: configure "
                    + "the SCP (Entra Connect > Configure device options) or the client-side registry SCP")),
            Map.entry("0x801c0021", new Code("DSREG_AUTOJOIN_DISC_FAILED", "generic discovery failure: the discovery "
                    + "metadata could not be fetched from the Device Registration Service; look for the sub-error in "
                    + "the User Device Registration event log")),
            Map.entry("0x801c001f", new Code("DSREG_AUTOJOIN_DISC_WAIT_TIMEOUT", "discovery timed out: "
                    + "https://enterpriseregistration.windows.net must be reachable in the SYSTEM context (through the "
                    + "machine's proxy and the VPN)")),
            Map.entry("0x801c003d", new Code("DSREG_AUTOJOIN_USERREALM_DISCOVERY_FAILED", "realm discovery failed: "
                    + "whether the domain is managed or federated could not be determined from Entra ID")),
            Map.entry("0xcaa90017", new Code("ERROR_ADAL_PROTOCOL_NOT_SUPPORTED", "the federation server's "
                    + "authentication protocol is not WS-Trust: enable the WS-Trust endpoints on AD FS")),
            Map.entry("0xcaa82ee2", new Code("ERROR_ADAL_INTERNET_TIMEOUT", "the token request timed out: Entra ID "
                    + "(login.microsoftonline.com) or the federation server is not reachable in the SYSTEM context")),
            Map.entry("0xcaa82efd", new Code("ERROR_ADAL_INTERNET_CANNOT_CONNECT", "no connection could be made to "
                    + "Entra ID (login.microsoftonline.com) or the federation server")),
            Map.entry("0xcaa82efe", new Code("ERROR_ADAL_INTERNET_CONNECTION_ABORTED", "the connection to the "
                    + "authentication endpoint was aborted")),
            Map.entry("0xcaa82f8f", new Code("ERROR_ADAL_INTERNET_SECURE_FAILURE", "the authentication endpoint's TLS "
                    + "certificate was refused (often TLS inspection replacing it)")),
            Map.entry("0x801c03f2", new Code("DSREG_E_DIRECTORY_FAILURE", "the Device Registration Service got an error "
                    + "from the directory; the Server ErrorCode and Server Message say which (for example a tenant in "
                    + "the SCP that does not exist)")));

    private DsregJoinErrors() {
    }

    public static Optional<String> phase(String phase) {
        return phase == null ? Optional.empty() : Optional.ofNullable(PHASES.get(phase.strip().toLowerCase(Locale.ROOT)));
    }

    /** The code's name and meaning, e.g. {@code DSREG_AUTOJOIN_ADCONFIG_READ_FAILED: the service connection...}. */
    public static String explain(String code) {
        String key = code.strip().toLowerCase(Locale.ROOT);
        int space = key.indexOf(' ');
        if (space > 0) {
            key = key.substring(0, space);
        }
        Code known = CODES.get(key);
        if (known != null) {
            return known.name() + ": " + known.meaning();
        }
        return key.startsWith("0x801c") ? "a device registration (DSREG, facility 0x801c) error this product's table "
                + "does not list; see Microsoft's \"Troubleshoot Microsoft Entra hybrid joined devices\""
                : "an error this product's table does not list; see Microsoft's \"Troubleshoot Microsoft Entra hybrid "
                        + "joined devices\"";
    }
}
