package org.triage.export.pseudonyms;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a session names a value: fact names and {@code Name : value} labels that say what their value is
 * (user, host, domain, tenant, thumbprint).
 */
final class Labels {

    private Labels() {
    }

    enum Label {
        USER, MACHINE, SERVER, DOMAIN, TENANT, THUMBPRINT
    }

    static final Map<String, Label> LABELS = labels();

    private static Map<String, Label> labels() {
        Map<String, Label> labels = new HashMap<>();
        for (String name : List.of("user", "username", "useremail", "upn", "userprincipalname", "executingaccountname",
                "accountname", "samaccountname", "loggedonuser", "email", "emailaddress", "mail", "signinname",
                "operator", "author", "owner", "account", "useraccount", "logonuser", "executingaccount", "userid",
                "useridentity")) {
            labels.put(name, Label.USER);
        }
        for (String name : List.of("hostname", "host", "computername", "devicename", "machinename", "netbiosname",
                "dnshostname", "workstation", "computer")) {
            labels.put(name, Label.MACHINE);
        }
        for (String name : List.of("serveraddress", "server", "servername", "fqdn", "proxyserver", "proxyservers",
                "vpnserver", "gateway", "dnsname")) {
            labels.put(name, Label.SERVER);
        }
        for (String name : List.of("domainname", "domain", "dnssuffix", "primarydnssuffix", "dnssuffixsearchlist",
                "connectionspecificdnssuffix", "netbiosdomain", "netbiosdomainname", "userdomain", "dnsdomain",
                "dnsdomainname", "searchlist", "dnsforestname", "forestname")) {
            labels.put(name, Label.DOMAIN);
        }
        for (String name : List.of("tenantname", "workplacetenantname", "tenantdisplayname", "organization",
                "organisation", "companyname", "orgname", "tenant")) {
            labels.put(name, Label.TENANT);
        }
        return labels;
    }

    static Label label(String name) {
        if (name == null) {
            return null;
        }
        String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (normalized.contains("thumbprint") || normalized.contains("serialnumber") || normalized.equals("serial")) {
            return Label.THUMBPRINT;
        }
        return LABELS.get(normalized);
    }

    /** {@code Name : value} as dsregcmd, cmdkey and ipconfig ({@code Host Name . . . : value}) print them. */
    static final Pattern LABELLED_LINE = Pattern.compile(
            "(?m)^[ \\t]*([A-Za-z][A-Za-z0-9 _()-]{0,40}?)(?:[ \\t]*\\.)*+[ \\t]*:[ \\t]+(\\S[^\\r\\n]*?)[ \\t]*$");

    static final Pattern JSON_PAIR = Pattern.compile(
            "\"([A-Za-z][A-Za-z0-9 _-]{0,40})\"[ \\t]*:[ \\t]*\"((?:[^\"\\\\\\r\\n]|\\\\.)*+)\"");
}
