package org.triage.export.pseudonyms;

import java.util.regex.Pattern;

/**
 * What is found anywhere in a text: addresses, ids, e-mail addresses, dotted names, service targets. Named groups
 * tell the {@link Pseudonymizer} which one matched. No pattern repeats a group without bound (or only possessively):
 * the matcher must not recurse on the length of its input.
 */
final class IdentifierPatterns {

    private IdentifierPatterns() {
    }

    static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    // possessive and guarded quantifiers: a word that is not an address fails at once, without backtracking
    static final String EMAIL = "(?<email>(?<![A-Za-z0-9._%+'-])(?<local>[A-Za-z0-9._%+'-]{1,64}+)@(?<maildomain>"
            + "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)++[A-Za-z]{2,63})(?![A-Za-z0-9-]))";

    static final String GUID_PATTERN = "(?<guid>(?<![0-9A-Za-z-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}"
            + "-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z-]))";

    static final String MAC = "(?<mac>(?<![0-9A-Za-z:-])[0-9A-Fa-f]{2}(?<sep>[-:])[0-9A-Fa-f]{2}"
            + "(?:\\k<sep>[0-9A-Fa-f]{2}){4,}+(?![0-9A-Za-z:-]))";

    static final String IPV6 = "(?<ipv6>(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}"
            + "(?![0-9A-Za-z:])(?!\\.\\d))";

    static final String IPV4 = "(?<ipv4>(?<![0-9A-Za-z.])" + OCTET + "(?:\\." + OCTET + "){3}(?![0-9]|\\.\\d))";

    /**
     * A dotted name under any suffix; {@link #hostLike} decides whether it is one. A bounded character class, not a
     * repeated group: the matcher neither recurses on a long name nor loses the name before a trailing dot.
     */
    static final String FQDN = "(?<fqdn>(?<![A-Za-z0-9_.@-])(?=[A-Za-z0-9-]++\\.[A-Za-z])"
            + "[A-Za-z0-9][A-Za-z0-9.-]{0,252}\\.[A-Za-z]{2,63}(?![A-Za-z0-9_-])(?!\\.[A-Za-z0-9]))";

    /** A GUID written without dashes, as registry keys, certificate subjects and some logs write them. */
    static final String BARE_GUID = "(?<bareguid>(?<![0-9A-Za-z-])[0-9A-Fa-f]{32}(?![0-9A-Za-z-]))";

    /** A SHA-1 certificate thumbprint: 40 hex digits. */
    static final String HEX40 = "(?<hex40>(?<![0-9A-Za-z-])[0-9A-Fa-f]{40}(?![0-9A-Za-z-]))";

    /** A Cisco-dotted MAC address, {@code 3c21.9c4a.7b12}. */
    static final String DOTTED_MAC = "(?<dottedmac>(?<![0-9A-Za-z.:-])[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}"
            + "(?![0-9A-Za-z.:-]))";

    /** A domain or Entra ID security identifier; the well-known ones (S-1-5-18, S-1-5-32-544) have no domain part. */
    static final String SID = "(?<sid>(?<![A-Za-z0-9-])(?<sidprefix>S-1-(?:5-21|12-1))(?<siddomain>(?:-[0-9]{1,10}){3})"
            + "(?<sidrid>-[0-9]{1,10})?(?![0-9A-Za-z-]))";

    /** A Kerberos service principal or Credential Manager target: {@code TERMSRV/pc0815}, {@code HOST/srv01}. */
    static final String SERVICE_HOST = "(?<spn>(?<![A-Za-z0-9_])(?<service>(?i:TERMSRV|HOST|HTTP|HTTPS|CIFS|LDAP|GC"
            + "|RestrictedKrbHost|WSMAN|MSSQLSvc|DNS|RPCSS|SMTP|IMAP|POP|FTP|NFS|RPC|exchangeMDB|exchangeRFR|exchangeAB"
            + "|MSOMHSvc|MSServerClusterMgmtAPI|ldaps|wsman|Dfsr-12F9A27C-BF97-4787-9364-D31B6C55EB04|E3514235-4B06-11D1-AB04"
            + "-00C04FC2DCD2))/(?<spnhost>[A-Za-z0-9][A-Za-z0-9-]{0,62})(?![A-Za-z0-9.-]))";

    static final String USER_PATH = "(?<userpath>(?<=[\\\\/])(?i:users|home)(?<pathsep>[\\\\/])"
            + "(?<pathuser>[^\\\\/:*?\"<>|\\s]+))";

    /** An e-mail address in a URL's query or a log that encodes its @: {@code alex%40contoso.com}. */
    static final String ENCODED_EMAIL = "(?<eemail>(?<![A-Za-z0-9._%+-])(?<elocal>[A-Za-z0-9._+'-]{1,64}+)%40(?<edomain>"
            + "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)++[A-Za-z]{2,63})(?![A-Za-z0-9-]))";

    static final Pattern ENCODED_EMAIL_PATTERN = Pattern.compile(ENCODED_EMAIL);

    /**
     * The server of a UNC path, {@code \\server\share}, also JSON-escaped; not a folder of a JSON-escaped local
     * path ({@code C:\\Data\\Reports}), whose separators are doubled backslashes too.
     */
    static final String UNC = "(?<unc>(?<=(?:^|[\\s\"'=(,\\[>])(?:\\\\\\\\|\\\\\\\\\\\\\\\\))[A-Za-z0-9][A-Za-z0-9-]{0,14}(?=\\\\))";

    static final Pattern ACCOUNT_EMAIL = Pattern.compile(EMAIL);

    static final String DNS_NAME = "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)++[a-z][a-z0-9-]{0,62}";

    /**
     * Every alternative starts where a word does; saying so once in front lets the matcher skip the inside of words
     * with one test instead of one per alternative, which is most of the time a long text takes.
     */
    static final String WORD_START = "(?<![A-Za-z0-9_])";

    static final Pattern COLLECT = Pattern.compile(WORD_START + "(?:" + String.join("|", EMAIL, GUID_PATTERN, MAC,
            IPV6, IPV4, FQDN, BARE_GUID) + ")");
}
