package org.triage.export.pseudonyms;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.triage.core.target.Ipv4Prefix;

/**
 * What pseudonymisation keeps: what support reads (Microsoft's domains, address ranges, first-party ids,
 * correlation ids), words that name no one, and what is no host name.
 */
final class KeptValues {

    private KeptValues() {
    }

    static final List<String> KEPT_DOMAINS = List.of("microsoftonline.com", "microsoftonline-p.com",
            "microsoft.com", "windows.net", "windows.com", "msftauth.net", "msauth.net", "msauthimages.net",
            "msftauthimages.net", "msidentity.com", "msftidentity.com", "live.com", "live.net", "office.com",
            "office.net", "office365.com", "outlook.com", "onedrive.com", "sharepoint.com", "onmicrosoft.com",
            "azure.com", "azure.net", "azureedge.net", "msecnd.net", "msedge.net", "microsoftazuread-sso.com",
            "msappproxy.net", "aka.ms", "windowsupdate.com", "msocsp.com", "digicert.com", "verisign.com",
            "globalsign.com", "entrust.net", "letsencrypt.org", "zscaler.net", "zscaler.com", "zscloud.net",
            "zscalertwo.net", "netskope.com", "goskope.com", "cloudflare.com", "akamaiedge.net", "akamai.net",
            "example.com", "example.net", "example.org", "example", "localhost", "triage.org");

    /** Kept domains whose first label is the tenant's name: {@code contoso.onmicrosoft.com}, {@code contoso-my.sharepoint.com}. */
    static final List<String> TENANT_LABELLED_DOMAINS = List.of("onmicrosoft.com", "sharepoint.com");

    static final String TLDS = "com|net|org|edu|gov|mil|int|biz|io|local|lan|corp|internal|intranet|intra|home"
            + "|localdomain|eu|de|uk|fr|nl|be|ch|at|it|es|se|no|dk|fi|pl|cz|ie|us|ca|au|nz|jp|cn|in|br|mx|ru|za|sg"
            + "|hk|tw|kr|co|ms";

    static final List<Ipv4Prefix> KEPT_IPV4 = List.of(Ipv4Prefix.parse("0.0.0.0/32"),
            Ipv4Prefix.parse("127.0.0.0/8"), Ipv4Prefix.parse("169.254.0.0/16"), Ipv4Prefix.parse("224.0.0.0/3"),
            // Microsoft 365 and Entra ID published ranges: support reads them
            Ipv4Prefix.ENTRA_ID.get(0), Ipv4Prefix.ENTRA_ID.get(1), Ipv4Prefix.parse("20.20.32.0/19"),
            Ipv4Prefix.parse("20.231.128.0/19"), Ipv4Prefix.parse("13.107.6.152/31"), Ipv4Prefix.parse("13.107.18.10/31"),
            Ipv4Prefix.parse("13.107.128.0/22"), Ipv4Prefix.parse("13.107.136.0/22"), Ipv4Prefix.parse("23.103.160.0/20"),
            Ipv4Prefix.parse("40.96.0.0/13"), Ipv4Prefix.parse("40.104.0.0/15"), Ipv4Prefix.parse("40.108.128.0/17"),
            Ipv4Prefix.parse("52.96.0.0/14"), Ipv4Prefix.parse("52.104.0.0/14"), Ipv4Prefix.parse("132.245.0.0/16"),
            Ipv4Prefix.parse("150.171.32.0/22"),
            // public resolvers
            Ipv4Prefix.parse("1.1.1.1/32"), Ipv4Prefix.parse("1.0.0.1/32"), Ipv4Prefix.parse("8.8.8.8/32"),
            Ipv4Prefix.parse("8.8.4.4/32"), Ipv4Prefix.parse("9.9.9.9/32"));

    /** Microsoft's own tenants and applications: not the customer's. */
    static final Set<String> KEPT_GUIDS = Set.of("00000000-0000-0000-0000-000000000000",
            "9188040d-6c67-4c5b-b112-36a304b66dad", "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
            "72f988bf-86f1-41af-91ab-2d7cd011db47", "d3590ed6-52b3-4102-aeff-aad2292ab01c",
            "ab9b8c07-8f02-4f72-87fa-80105867a763", "29d9ed98-a469-4536-ade2-f981bc1d605e",
            "1b730954-1685-4b74-9bfd-dac224a7b894", "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
            "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "4765445b-32c6-49b0-83e6-1d93765276ca",
            "26a7ee05-5602-4d76-a7ba-eae8b7b67941", "dd762716-544d-4aeb-a526-687b73838a22",
            // the Entra ID web account provider of WAM (dsregcmd's WamDefaultGUID)
            "b16898c6-a148-4967-9171-64d755da8520");

    static final Pattern FIRST_PARTY_RESOURCE = Pattern.compile(
            "(?i)0000000[0-9a-f]-0000-0(?:000-c000|ff1-ce00)-000000000000");

    /** A GUID labelled as a correlation, trace or request id: support looks sign-ins up by it. */
    static final Pattern SUPPORT_ID = Pattern.compile("(?i)(?:correlation|trace|request|client-request|activity)"
            + "[ _-]?id[\"']?[ \\t]*[:=]?[ \\t]*[\"']?\\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    /** Never learned as names to find in free text: generic accounts and words that would garble every sentence. */
    static final Set<String> COMMON_WORDS = Set.of("administrator", "admin", "user", "users", "guest", "system",
            "root", "default", "public", "local", "localhost", "home", "corp", "domain", "workgroup", "azuread",
            "nt authority", "builtin", "microsoft", "windows", "onedrive", "office", "vpn", "none", "unknown", "null",
            "true", "false", "yes", "no", "n/a", "test", "service", "network", "internal", "intranet", "lan", "wifi",
            "ethernet", "direct", "proxy", "server", "client", "device", "desktop", "laptop", "company", "tenant");

    static final Set<String> ORGANISATION_SUFFIXES = Set.of("ltd", "inc", "gmbh", "corp", "corporation",
            "company", "group", "limited", "llc", "the", "and", "services", "international", "holding", "holdings", "ag",
            "sa", "plc", "co", "se", "bv", "nv", "kg", "ab", "oy", "as", "university", "school", "of");

    /** Dotted names whose last label says they are files, units or properties, not hosts. */
    static final Set<String> NOT_HOST_SUFFIXES = Set.of("exe", "dll", "sys", "txt", "log", "json", "xml", "xmi",
            "html", "htm", "md", "csv", "ini", "conf", "cfg", "config", "ps", "psm", "psd", "bat", "cmd", "msi", "cab",
            "zip", "jar", "class", "java", "py", "js", "ts", "css", "png", "jpg", "jpeg", "gif", "svg", "pdf", "docx",
            "xlsx", "pptx", "doc", "xls", "evtx", "etl", "dmp", "tmp", "bak", "old", "part", "pem", "crt", "cer", "key",
            "pfx", "service", "socket", "target", "mount", "timer", "desktop", "so", "lnk", "url", "reg", "inf", "cat",
            "mui", "nls", "dat", "db", "sqlite", "yaml", "yml", "toml", "properties", "ecore", "genmodel", "product",
            "feature", "exsd", "manifest", "mf", "sh", "rules", "network", "netdev", "link", "nmconnection", "ovpn",
            "gz", "tar", "xz", "bz", "deb", "rpm", "pid", "lock", "sock", "ps1", "psm1", "psd1", "pub", "gpg", "asc");

    static final Set<String> KNOWN_SUFFIXES = Set.of(TLDS.split("\\|"));

    /** Values that stand for no value: never learned as a name. */
    static final Set<String> PLACEHOLDERS = Set.of("none", "(none)", "unknown", "null", "(null)", "true",
            "false", "yes", "no", "n/a", "-", "not set", "not configured", "");

    static boolean keptDomain(String lowerCaseName) {
        for (String kept : KEPT_DOMAINS) {
            if (lowerCaseName.equals(kept) || lowerCaseName.endsWith("." + kept)) {
                return true;
            }
        }
        return false;
    }
}
