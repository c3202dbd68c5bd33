package org.triage.export.pseudonyms;

import static org.triage.export.pseudonyms.IdentifierPatterns.ACCOUNT_EMAIL;
import static org.triage.export.pseudonyms.IdentifierPatterns.BARE_GUID;
import static org.triage.export.pseudonyms.IdentifierPatterns.COLLECT;
import static org.triage.export.pseudonyms.IdentifierPatterns.DNS_NAME;
import static org.triage.export.pseudonyms.IdentifierPatterns.DOTTED_MAC;
import static org.triage.export.pseudonyms.IdentifierPatterns.EMAIL;
import static org.triage.export.pseudonyms.IdentifierPatterns.ENCODED_EMAIL;
import static org.triage.export.pseudonyms.IdentifierPatterns.ENCODED_EMAIL_PATTERN;
import static org.triage.export.pseudonyms.IdentifierPatterns.FQDN;
import static org.triage.export.pseudonyms.IdentifierPatterns.GUID_PATTERN;
import static org.triage.export.pseudonyms.IdentifierPatterns.HEX40;
import static org.triage.export.pseudonyms.IdentifierPatterns.IPV4;
import static org.triage.export.pseudonyms.IdentifierPatterns.IPV6;
import static org.triage.export.pseudonyms.IdentifierPatterns.MAC;
import static org.triage.export.pseudonyms.IdentifierPatterns.SERVICE_HOST;
import static org.triage.export.pseudonyms.IdentifierPatterns.SID;
import static org.triage.export.pseudonyms.IdentifierPatterns.UNC;
import static org.triage.export.pseudonyms.IdentifierPatterns.USER_PATH;
import static org.triage.export.pseudonyms.IdentifierPatterns.WORD_START;
import static org.triage.export.pseudonyms.KeptValues.COMMON_WORDS;
import static org.triage.export.pseudonyms.KeptValues.FIRST_PARTY_RESOURCE;
import static org.triage.export.pseudonyms.KeptValues.KEPT_GUIDS;
import static org.triage.export.pseudonyms.KeptValues.KEPT_IPV4;
import static org.triage.export.pseudonyms.KeptValues.KNOWN_SUFFIXES;
import static org.triage.export.pseudonyms.KeptValues.NOT_HOST_SUFFIXES;
import static org.triage.export.pseudonyms.KeptValues.ORGANISATION_SUFFIXES;
import static org.triage.export.pseudonyms.KeptValues.PLACEHOLDERS;
import static org.triage.export.pseudonyms.KeptValues.SUPPORT_ID;
import static org.triage.export.pseudonyms.KeptValues.TENANT_LABELLED_DOMAINS;
import static org.triage.export.pseudonyms.KeptValues.keptDomain;
import static org.triage.export.pseudonyms.Labels.JSON_PAIR;
import static org.triage.export.pseudonyms.Labels.LABELLED_LINE;
import static org.triage.export.pseudonyms.Labels.label;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.core.target.Ipv4Prefix;
import org.triage.export.SessionText;
import org.triage.export.pseudonyms.Labels.Label;
import org.triage.model.Fact;
import org.triage.model.ListFact;
import org.triage.model.Note;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.TextFact;

/**
 * Replaces what identifies people, machines and the customer (user names, UPNs and e-mail addresses, host names
 * in NetBIOS and FQDN form, IP and MAC addresses, tenant and NetBIOS domain names, tenant, device and object ids)
 * with pseudonyms that keep their shape ({@code user-1@domain-1.example}, {@code HOST-1},
 * {@code 198.51.100.23}, a fake GUID), consistently: the same value gets the same pseudonym in every text of
 * the session.
 * <p>
 * What support needs stays: error and AADSTS codes, Microsoft endpoint names and address ranges, correlation and
 * trace ids, timestamps, and the well-known addresses (0.0.0.0, loopback, netmasks).
 * <p>
 * It works in two passes. The first learns the values to replace from where the session names them (the target,
 * the operator, facts and {@code Name : value} lines called user, host, domain, tenant …) and collects every
 * address and id, so that no pseudonym can coincide with a real value. The second replaces, in one scan per text.
 */
public final class Pseudonymizer {

    private static final List<Integer> DOCUMENTATION_NETWORKS = List.of(Ipv4Prefix.address("198.51.100.0"),
            Ipv4Prefix.address("203.0.113.0"), Ipv4Prefix.address("192.0.2.0"));

    private final PseudonymMap map = new PseudonymMap();
    private final Map<IdentifierKind, Integer> counters = new EnumMap<>(IdentifierKind.class);
    /** Every real value seen, lower-cased: no pseudonym may equal one. */
    private final Set<String> originals = new HashSet<>();
    /** The /24 networks of the real IPv4 addresses: pseudonymous addresses come from other networks. */
    private final Set<Integer> originalNetworks = new HashSet<>();
    private final Map<Integer, Integer> networkPseudonyms = new HashMap<>();
    private int networkCursor;
    private final Set<String> supportIds = new HashSet<>();
    /** The MAC addresses seen with separators, as 12 lower-case hex digits: found again bare or dotted. */
    private final Set<String> macs = new HashSet<>();
    private final Set<String> knownDomains = new HashSet<>();
    /** The last labels of the session's own domains ({@code intern} of {@code firma.intern}): hosts live under them. */
    private final Set<String> learnedSuffixes = new HashSet<>();
    /** Names found in free text, lower-cased, with what they are. */
    private final Map<String, IdentifierKind> literals = new LinkedHashMap<>();
    /** Values replaced only where they are the whole text (a generic account name such as "root"). */
    private final Map<String, IdentifierKind> wholeValues = new HashMap<>();
    private Pattern scanner;
    /** The scanner without its dotted names: what else a dotted name that is no host may be. */
    private Pattern withoutDottedNames;
    /** Texts learned from already, and what each text became: long sessions repeat the same outputs. */
    private final Set<String> learned = new HashSet<>();
    private final Map<String, String> replaced = new HashMap<>();

    /** Learns from the session, then pseudonymises it in place; returns the map of what became what. */
    public static PseudonymMap pseudonymize(Session session) {
        Pseudonymizer pseudonymizer = new Pseudonymizer();
        pseudonymizer.learn(session);
        SessionText.rewrite(session, pseudonymizer::pseudonymize);
        return pseudonymizer.map();
    }

    public PseudonymMap map() {
        return map;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pass 1: learning

    /** Learns the identifiers the session names and holds. Call before {@link #pseudonymize(String)}. */
    public void learn(Session session) {
        if (session.getTarget() != null) {
            learnLabelled(Label.MACHINE, session.getTarget().getHostname());
            learnLabelled(Label.USER, session.getTarget().getUser());
        }
        learnLabelled(Label.USER, session.getOperator());
        for (Note note : session.getNotes()) {
            learnLabelled(Label.USER, note.getAuthor());
        }
        for (Observation observation : session.getObservations()) {
            observation.getFacts().forEach(fact -> learnFact(fact, null));
        }
        SessionText.read(session, this::learn);
    }

    private void learnFact(Fact fact, Label inherited) {
        Label label = label(fact.getName());
        Label effective = label != null ? label : inherited;
        if (fact instanceof TextFact text && effective != null) {
            learnLabelled(effective, text.getValue());
        } else if (fact instanceof ListFact list) {
            list.getItems().forEach(item -> learnFact(item, effective));
        } else if (fact instanceof RecordFact record) {
            record.getFields().forEach(field -> learnFact(field, null));
        }
    }

    /** Learns from free text: labelled lines, JSON pairs, addresses, ids and e-mail addresses. */
    public void learn(String text) {
        if (text == null || text.isEmpty() || !learned.add(text)) {
            return;
        }
        forget();
        if (text.indexOf(':') >= 0) {
            Matcher line = LABELLED_LINE.matcher(text);
            while (line.find()) {
                Label label = label(line.group(1));
                if (label != null) {
                    learnLabelled(label, line.group(2));
                }
                learnHardwareAddress(line.group(1), line.group(2));
            }
            Matcher pair = JSON_PAIR.matcher(text);
            while (pair.find()) {
                Label label = label(pair.group(1));
                if (label != null) {
                    learnLabelled(label, pair.group(2).replace("\\\\", "\\"));
                }
                learnHardwareAddress(pair.group(1), pair.group(2));
            }
            Matcher supportId = SUPPORT_ID.matcher(text);
            while (supportId.find()) {
                supportIds.add(supportId.group(1).toLowerCase(Locale.ROOT));
            }
        }
        Matcher found = COLLECT.matcher(text);
        while (found.find()) {
            if (found.group("email") != null) {
                learnUser(found.group("local"));
                learnDomain(found.group("maildomain"));
            } else if (found.group("ipv4") != null) {
                int address = Ipv4Prefix.address(found.group("ipv4"));
                originalNetworks.add(address & 0xFFFFFF00);
            } else if (found.group("mac") != null) {
                String hex = found.group("mac").replaceAll("[-:]", "").toLowerCase(Locale.ROOT);
                if (hex.length() == 12) {
                    macs.add(hex);
                }
            }
            originals.add(found.group().toLowerCase(Locale.ROOT));
        }
        if (text.contains("%40")) {
            Matcher encoded = ENCODED_EMAIL_PATTERN.matcher(text);
            while (encoded.find()) {
                learnUser(encoded.group("elocal"));
                learnDomain(encoded.group("edomain"));
                originals.add(encoded.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** A MAC address under its label ("Physical Address", "MacAddress", "Physische Adresse"), however written. */
    private void learnHardwareAddress(String name, String value) {
        String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (!normalized.contains("mac") && !normalized.contains("physi")) {
            return;
        }
        String hex = value.strip().replaceAll("[-:.]", "").toLowerCase(Locale.ROOT);
        if (hex.matches("[0-9a-f]{12}")) {
            macs.add(hex);
            originals.add(hex);
            forget();
        }
    }

    private void learnLabelled(Label label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        forget();
        String[] parts = value.split(label == Label.DOMAIN ? "[,;\\s]+" : "[,;\\r\\n]+");
        for (String raw : parts) {
            String part = raw.strip();
            if (PLACEHOLDERS.contains(part.toLowerCase(Locale.ROOT))) {
                continue;
            }
            originals.add(part.toLowerCase(Locale.ROOT));
            switch (label) {
                case USER -> learnAccount(part);
                case MACHINE -> learnMachine(part);
                case SERVER -> {
                    // an FQDN or address: found by its shape; a bare name is a machine
                    if (part.indexOf('.') < 0 && part.indexOf(':') < 0) {
                        learnMachine(part);
                    }
                }
                case DOMAIN -> {
                    if (part.indexOf('.') >= 0) {
                        learnDomain(part);
                    } else {
                        learnOrganisation(part);
                    }
                }
                case TENANT -> learnOrganisation(part);
                case THUMBPRINT -> {
                    if (part.matches("[0-9A-Fa-f]{8,}")) {
                        literals.put(part.toLowerCase(Locale.ROOT), IdentifierKind.THUMBPRINT);
                    }
                }
            }
        }
    }

    private void learnAccount(String account) {
        Matcher email = ACCOUNT_EMAIL.matcher(account);
        if (email.find()) {
            learnUser(email.group("local"));
            learnDomain(email.group("maildomain"));
            return;
        }
        int backslash = account.indexOf('\\');
        if (backslash > 0) {
            String domain = account.substring(0, backslash);
            if (!domain.equalsIgnoreCase("AzureAD")) {
                learnOrganisation(domain);
            }
            learnUser(account.substring(account.lastIndexOf('\\') + 1));
            return;
        }
        learnUser(account);
    }

    private void learnUser(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (PLACEHOLDERS.contains(key) || key.contains(":") || key.contains("/") || key.length() > 64) {
            return;
        }
        originals.add(key);
        wholeValues.putIfAbsent(key, IdentifierKind.USER);
        if (findable(key)) {
            literals.putIfAbsent(key, IdentifierKind.USER);
        }
    }

    private void learnMachine(String name) {
        if (name.matches("[0-9.]+|.*:.*")) {
            return;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            if (keptDomain(name.toLowerCase(Locale.ROOT))) {
                return;
            }
            learnDomain(name.substring(dot + 1));
            name = name.substring(0, dot);
        }
        String key = name.toLowerCase(Locale.ROOT);
        originals.add(key);
        wholeValues.putIfAbsent(key, IdentifierKind.HOST);
        if (findable(key)) {
            literals.putIfAbsent(key, IdentifierKind.HOST);
        }
    }

    private void learnDomain(String domain) {
        String key = domain.strip().toLowerCase(Locale.ROOT);
        if (!key.matches(DNS_NAME) || keptDomain(key) || key.matches("[0-9.]+")) {
            return;
        }
        originals.add(key);
        if (knownDomains.add(key)) {
            learnedSuffixes.add(key.substring(key.lastIndexOf('.') + 1));
            literals.putIfAbsent(key, IdentifierKind.DOMAIN);
            String[] labels = key.split("\\.");
            String name = labels.length >= 3 && labels[labels.length - 1].length() == 2
                    && Set.of("co", "com", "org", "net", "ac", "gov", "or", "ne").contains(labels[labels.length - 2])
                            ? labels[labels.length - 3]
                            : labels.length >= 2 ? labels[labels.length - 2] : labels[0];
            if (name.length() >= 4) {
                learnOrganisation(name);
            }
        }
    }

    private void learnOrganisation(String name) {
        String phrase = name.strip();
        String key = phrase.toLowerCase(Locale.ROOT);
        if (key.isEmpty() || COMMON_WORDS.contains(key)) {
            return;
        }
        originals.add(key);
        wholeValues.putIfAbsent(key, IdentifierKind.ORGANISATION);
        if (findable(key)) {
            literals.putIfAbsent(key, IdentifierKind.ORGANISATION);
        }
        List<String> words = new ArrayList<>();
        for (String word : phrase.split("[\\s,.]+")) {
            String wordKey = word.toLowerCase(Locale.ROOT);
            if (!wordKey.equals(key) && wordKey.length() >= 4 && !ORGANISATION_SUFFIXES.contains(wordKey)
                    && !COMMON_WORDS.contains(wordKey)) {
                words.add(word);
            }
        }
        // "Contoso Ltd", "Contoso" and CONTOSO are one organisation: one pseudonym
        String pseudonym = words.stream().map(word -> map.get(IdentifierKind.ORGANISATION, word.toLowerCase(Locale.ROOT)))
                .filter(java.util.Objects::nonNull).map(PseudonymMap.Entry::pseudonym).findFirst().orElse(null);
        if (map.get(IdentifierKind.ORGANISATION, key) == null && pseudonym != null) {
            map.put(IdentifierKind.ORGANISATION, key, phrase, pseudonym);
        }
        pseudonym = allocate(IdentifierKind.ORGANISATION, key, phrase, n -> "org-" + n);
        for (String word : words) {
            String wordKey = word.toLowerCase(Locale.ROOT);
            originals.add(wordKey);
            literals.putIfAbsent(wordKey, IdentifierKind.ORGANISATION);
            if (map.get(IdentifierKind.ORGANISATION, wordKey) == null) {
                map.put(IdentifierKind.ORGANISATION, wordKey, word, pseudonym);
            }
        }
    }

    private static boolean findable(String key) {
        return key.length() >= 3 && !COMMON_WORDS.contains(key) && !key.matches("[0-9]+");
    }

    /** Something new was learned: the scanner and the texts replaced with it are out of date. */
    private void forget() {
        scanner = null;
        replaced.clear();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Pass 2: replacing

    /** Returns {@code text} with every identifier replaced by its pseudonym. */
    public String pseudonymize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return replaced.computeIfAbsent(text, this::replace);
    }

    private String replace(String text) {
        String stripped = text.strip();
        IdentifierKind whole = wholeValues.get(stripped.toLowerCase(Locale.ROOT));
        if (whole != null && !literals.containsKey(stripped.toLowerCase(Locale.ROOT))) {
            return text.replace(stripped, shape(stripped, named(whole, stripped)));
        }
        Matcher matcher = scanner().matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from <= text.length() && matcher.find(from)) {
            int start = matcher.start();
            int end = matcher.end();
            String replacement = replacement(matcher);
            if (replacement == null && matcher.group("fqdn") != null) {
                // a dotted name that is no host ("helpdesk.jdoe", "dsregcmd.exe") may still hold a name learned
                Matcher other = withoutDottedNames.matcher(text).region(start, text.length()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
                if (other.lookingAt()) {
                    replacement = replacement(other);
                    if (replacement != null) {
                        end = other.end();
                    }
                }
            }
            from = Math.max(end, start + 1);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, start).append(replacement);
            copied = end;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private Pattern scanner() {
        if (scanner == null) {
            List<String> alternatives = new ArrayList<>(List.of(EMAIL, ENCODED_EMAIL, GUID_PATTERN, MAC, IPV6, IPV4, SID,
                    SERVICE_HOST, FQDN, BARE_GUID, HEX40, DOTTED_MAC, USER_PATH));
            if (!macs.isEmpty()) {
                // a MAC seen as 3C-21-9C-4A-7B-12 is the same one written 3C219C4A7B12 or 3c21.9c4a.7b12
                String forms = macs.stream().flatMap(hex -> java.util.stream.Stream.of(hex, hex.substring(0, 4) + "\\."
                        + hex.substring(4, 8) + "\\." + hex.substring(8))).reduce((a, b) -> a + "|" + b).orElseThrow();
                alternatives.add("(?<macform>(?<![0-9A-Za-z.:-])(?i:" + forms + ")(?![0-9A-Za-z.:-]))");
            }
            List<String> organisations = literals.entrySet().stream()
                    .filter(e -> e.getValue() == IdentifierKind.ORGANISATION && e.getKey().matches("[a-z0-9-]{1,15}"))
                    .map(e -> Pattern.quote(e.getKey())).toList();
            alternatives.add("(?<domainuser>(?<![A-Za-z0-9_.-])(?<netbios>(?i:AzureAD"
                    + (organisations.isEmpty() ? "" : "|" + String.join("|", organisations))
                    + "))(?<backslashes>\\\\{1,2})(?<account>[\\p{L}\\p{N}][\\p{L}\\p{N}._$-]{0,63}))");
            alternatives.add(UNC);
            if (!literals.isEmpty()) {
                String words = literals.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
                String firsts = literals.keySet().stream().map(word -> word.substring(0, 1))
                        .flatMap(first -> java.util.stream.Stream.of(first, first.toUpperCase(Locale.ROOT))).distinct()
                        .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
                alternatives.add("(?<literal>(?<![\\p{L}\\p{N}_])(?=" + firsts + ")(?iu:" + words + ")(?![\\p{L}\\p{N}_]))");
            }
            scanner = Pattern.compile(WORD_START + "(?:" + String.join("|", alternatives) + ")");
            withoutDottedNames = Pattern.compile(WORD_START + "(?:" + String.join("|", alternatives.stream()
                    .map(alternative -> alternative.equals(FQDN) ? "(?<fqdn>(?!))" : alternative).toList()) + ")");
        }
        return scanner;
    }

    private String replacement(Matcher m) {
        if (m.group("email") != null) {
            String domain = m.group("maildomain");
            return shape(m.group("local"), named(IdentifierKind.USER, m.group("local"))) + "@" + domainName(domain);
        }
        if (m.group("eemail") != null) {
            String local = m.group("elocal");
            return shape(local, named(IdentifierKind.USER, local)) + "%40" + domainName(m.group("edomain"));
        }
        if (m.group("guid") != null) {
            return guid(m.group("guid"));
        }
        if (m.group("sid") != null) {
            return sid(m);
        }
        if (m.group("spn") != null) {
            String host = m.group("spnhost");
            return m.group("service") + "/" + shape(host, named(IdentifierKind.HOST, host));
        }
        if (m.group("bareguid") != null) {
            String hex = m.group("bareguid");
            if (!hasLetterAndDigit(hex)) {
                return null;
            }
            String dashed = guid(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
            return dashed == null ? null : dashed.replace("-", "");
        }
        if (m.group("hex40") != null) {
            return hasLetterAndDigit(m.group("hex40")) ? thumbprint(m.group("hex40")) : null;
        }
        if (m.group("dottedmac") != null) {
            String form = m.group("dottedmac");
            String dashed = hardwareAddress(form.replace(".", "").replaceAll("(..)(?!$)", "$1-"), "-");
            if (dashed == null) {
                return null;
            }
            String bare = dashed.replace("-", "");
            return bare.substring(0, 4) + "." + bare.substring(4, 8) + "." + bare.substring(8);
        }
        if (macs.size() > 0 && m.group("macform") != null) {
            String form = m.group("macform");
            String hex = form.replace(".", "");
            String dashed = hardwareAddress(hex.replaceAll("(..)(?!$)", "$1-"), "-");
            if (dashed == null) {
                return null;
            }
            String bare = dashed.replace("-", "");
            return form.contains(".") ? bare.substring(0, 4) + "." + bare.substring(4, 8) + "." + bare.substring(8) : bare;
        }
        if (m.group("mac") != null) {
            return hardwareAddress(m.group("mac"), m.group("sep"));
        }
        if (m.group("ipv6") != null) {
            return ipv6(m.group("ipv6"));
        }
        if (m.group("ipv4") != null) {
            return ipv4(m.group("ipv4"));
        }
        if (m.group("fqdn") != null) {
            return hostLike(m.group("fqdn")) ? fqdn(m.group("fqdn")) : null;
        }
        if (m.group("userpath") != null) {
            String user = m.group("pathuser");
            String folder = m.group("userpath").substring(0, m.group("userpath").length() - user.length());
            return COMMON_WORDS.contains(user.toLowerCase(Locale.ROOT)) || user.equalsIgnoreCase("Public")
                    || user.equalsIgnoreCase("Default") ? null : folder + shape(user, named(IdentifierKind.USER, user));
        }
        if (m.group("domainuser") != null) {
            String netbios = m.group("netbios");
            String domain = netbios.equalsIgnoreCase("AzureAD") ? netbios
                    : shape(netbios, named(IdentifierKind.ORGANISATION, netbios));
            String account = m.group("account");
            return domain + m.group("backslashes") + shape(account, named(IdentifierKind.USER, account));
        }
        if (m.group("unc") != null) {
            return shape(m.group("unc"), named(IdentifierKind.HOST, m.group("unc")));
        }
        String literal = m.group("literal");
        IdentifierKind kind = literals.get(literal.toLowerCase(Locale.ROOT));
        return switch (kind) {
            case DOMAIN -> domainName(literal);
            case THUMBPRINT -> thumbprint(literal);
            default -> shape(literal, named(kind, literal));
        };
    }

    private static boolean hasLetterAndDigit(String hex) {
        return hex.chars().anyMatch(Character::isDigit) && hex.chars().anyMatch(Character::isLetter);
    }

    /**
     * Whether a dotted name is a host or domain: a valid DNS name whose suffix is a known top-level or internal one
     * ({@code .com}, {@code .lan}), one the session names as its own (a DNS suffix {@code firma.intern}), or, for
     * three labels or more, any suffix that is not a file's or unit's ({@code nas.home.arpa}, not
     * {@code Microsoft.AAD.BrokerPlugin} nor {@code systemd-resolved.service}).
     */
    private boolean hostLike(String name) {
        String[] labels = name.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
        }
        String suffix = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        if (KNOWN_SUFFIXES.contains(suffix) || learnedSuffixes.contains(suffix) || keptDomain(name.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean oneCase = name.equals(name.toLowerCase(Locale.ROOT)) || name.equals(name.toUpperCase(Locale.ROOT));
        return labels.length >= 3 && oneCase && !NOT_HOST_SUFFIXES.contains(suffix);
    }

    /** S-1-5-21-A-B-C-RID: the domain's three numbers become a pseudonymous domain's; the relative id stays. */
    private String sid(Matcher m) {
        String domain = m.group("sidprefix") + m.group("siddomain");
        String pseudonym = allocate(IdentifierKind.SID, domain.toLowerCase(Locale.ROOT), domain,
                n -> m.group("sidprefix") + "-1000000000-1000000000-" + (1000000000 + n));
        return pseudonym + (m.group("sidrid") == null ? "" : m.group("sidrid"));
    }

    /** The pseudonym (in lower case) of a user, host or organisation name. */
    private String named(IdentifierKind kind, String original) {
        String key = original.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case USER -> allocate(kind, key, original, n -> "user-" + n);
            case HOST -> allocate(kind, key, original, n -> "host-" + n);
            case ORGANISATION -> allocate(kind, key, original, n -> "org-" + n);
            case DOMAIN -> domainName(original);
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    private String allocate(IdentifierKind kind, String key, String original, java.util.function.IntFunction<String> form) {
        PseudonymMap.Entry known = map.get(kind, key);
        if (known != null) {
            return known.pseudonym();
        }
        int next = counters.getOrDefault(kind, 0);
        String pseudonym;
        do {
            pseudonym = form.apply(++next);
        } while (originals.contains(pseudonym.toLowerCase(Locale.ROOT)));
        counters.put(kind, next);
        map.put(kind, key, original, pseudonym);
        return pseudonym;
    }

    /** Upper case stays upper case (HOST-1), a capital stays a capital (User-1), lower case stays lower. */
    private static String shape(String original, String pseudonym) {
        boolean letters = original.chars().anyMatch(Character::isLetter);
        if (letters && original.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return pseudonym.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(pseudonym.charAt(0)) + pseudonym.substring(1);
        }
        return pseudonym;
    }

    private String fqdn(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String tenantLabelled : TENANT_LABELLED_DOMAINS) {
            if (lower.endsWith("." + tenantLabelled)) {
                return tenantLabelled(name, tenantLabelled);
            }
        }
        if (keptDomain(lower)) {
            return name;
        }
        if (knownDomains.contains(lower)) {
            return domainName(lower);
        }
        String[] labels = lower.split("\\.");
        boolean registrable = labels.length == 2 || labels.length == 3 && labels[2].length() == 2
                && Set.of("co", "com", "org", "net", "ac", "gov", "or", "ne").contains(labels[1]);
        if (registrable) {
            return domainName(lower);
        }
        int dot = name.indexOf('.');
        String host = name.substring(0, dot);
        String parent = lower.substring(dot + 1);
        return shape(host, named(IdentifierKind.HOST, host)) + "." + (keptDomain(parent) ? name.substring(dot + 1)
                : domainName(parent));
    }

    /**
     * {@code contoso.onmicrosoft.com} becomes {@code org-1.onmicrosoft.com}; {@code contoso-my.sharepoint.com} keeps
     * its {@code -my}.
     */
    private String tenantLabelled(String name, String suffix) {
        String prefix = name.substring(0, name.length() - suffix.length() - 1);
        int dot = prefix.lastIndexOf('.');
        String label = dot < 0 ? prefix : prefix.substring(dot + 1);
        String before = dot < 0 ? "" : prefix.substring(0, dot + 1);
        Matcher role = Pattern.compile("(?i)^(.+?)(-my|-admin|-files|-myfiles)?$").matcher(label);
        role.matches();
        String tenant = role.group(1);
        String pseudonym = shape(tenant, allocate(IdentifierKind.ORGANISATION, tenant.toLowerCase(Locale.ROOT), tenant,
                n -> "org-" + n));
        return before + pseudonym + (role.group(2) == null ? "" : role.group(2)) + name.substring(prefix.length());
    }

    private String domainName(String domain) {
        String lower = domain.toLowerCase(Locale.ROOT);
        for (String tenantLabelled : TENANT_LABELLED_DOMAINS) {
            if (lower.endsWith("." + tenantLabelled)) {
                return tenantLabelled(domain, tenantLabelled);
            }
        }
        if (keptDomain(lower)) {
            return domain;
        }
        return allocate(IdentifierKind.DOMAIN, lower, domain, n -> "domain-" + n + ".example");
    }

    private String guid(String guid) {
        String key = guid.toLowerCase(Locale.ROOT);
        if (KEPT_GUIDS.contains(key) || FIRST_PARTY_RESOURCE.matcher(key).matches() || supportIds.contains(key)) {
            return null;
        }
        String pseudonym = allocate(IdentifierKind.GUID, key, guid,
                n -> String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", n, n));
        return guid.equals(guid.toUpperCase(Locale.ROOT)) ? pseudonym.toUpperCase(Locale.ROOT) : pseudonym;
    }

    private String hardwareAddress(String address, String separator) {
        String key = address.replace(separator, "-").toLowerCase(Locale.ROOT);
        if (key.replace("-", "").chars().allMatch(c -> c == '0') || key.replace("-", "").chars().allMatch(c -> c == 'f')) {
            return null;
        }
        int bytes = (key.length() + 1) / 3;
        IdentifierKind kind = bytes == 6 ? IdentifierKind.MAC : IdentifierKind.HARDWARE_ID;
        // a locally administered unicast address, 02-00-…-n, as long as the original
        String pseudonym = allocate(kind, key, address, n -> {
            String number = String.format(Locale.ROOT, "%0" + 2 * (bytes - 1) + "x", n);
            String hex = "02" + number.substring(number.length() - 2 * (bytes - 1));
            return hex.replaceAll("(..)(?!$)", "$1-").toUpperCase(Locale.ROOT);
        });
        String shaped = pseudonym.replace("-", separator);
        boolean lower = address.chars().filter(Character::isLetter).allMatch(Character::isLowerCase)
                && address.chars().anyMatch(Character::isLetter);
        return lower ? shaped.toLowerCase(Locale.ROOT) : shaped;
    }

    private String ipv6(String candidate) {
        if (!validIpv6(candidate)) {
            return null;
        }
        String key = candidate.toLowerCase(Locale.ROOT);
        if (key.equals("::") || key.equals("::1")) {
            return null;
        }
        boolean linkLocal = key.startsWith("fe80:");
        return allocate(IdentifierKind.IPV6, key, candidate,
                n -> (linkLocal ? "fe80::" : "2001:db8::") + Integer.toHexString(n));
    }

    private static boolean validIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = text.split(":", -1);
        long colons = text.chars().filter(c -> c == ':').count();
        if (doubleColon < 0 && colons != 7) {
            return false;
        }
        int nonEmpty = 0;
        for (String group : groups) {
            if (group.length() > 4) {
                return false;
            }
            if (!group.isEmpty()) {
                nonEmpty++;
            }
        }
        return doubleColon >= 0 || nonEmpty == 8;
    }

    private String ipv4(String text) {
        int address = Ipv4Prefix.address(text);
        if (isNetmask(address) || KEPT_IPV4.stream().anyMatch(prefix -> prefix.contains(address))) {
            return null;
        }
        int network = address & 0xFFFFFF00;
        Integer pseudonymNetwork = networkPseudonyms.get(network);
        if (pseudonymNetwork == null) {
            pseudonymNetwork = nextFreeNetwork();
            networkPseudonyms.put(network, pseudonymNetwork);
        }
        int pseudonym = pseudonymNetwork | (address & 0xFF);
        String dotted = dotted(pseudonym);
        PseudonymMap.Entry known = map.get(IdentifierKind.IPV4, text);
        if (known == null) {
            map.put(IdentifierKind.IPV4, text, text, dotted);
        }
        return dotted;
    }

    /** A subnet mask (255.255.255.0, 255.255.0.0 …): the same everywhere, identifies nobody. */
    private static boolean isNetmask(int address) {
        int inverted = ~address;
        return address != 0 && (inverted & (inverted + 1)) == 0;
    }

    /** The next network for pseudonymous addresses that holds no real address of the session. */
    private int nextFreeNetwork() {
        while (true) {
            int network = networkAt(networkCursor++);
            if (!originalNetworks.contains(network)) {
                return network;
            }
        }
    }

    /** The documentation networks, then the benchmarking range 198.18.0.0/15, then the reserved 240.0.0.0/4. */
    private static int networkAt(int index) {
        if (index < DOCUMENTATION_NETWORKS.size()) {
            return DOCUMENTATION_NETWORKS.get(index);
        }
        int benchmarking = index - DOCUMENTATION_NETWORKS.size();
        if (benchmarking < 512) {
            return Ipv4Prefix.address("198.18.0.0") + benchmarking * 256;
        }
        int reserved = benchmarking - 512;
        if (reserved < 15 * 65536) {
            return (240 << 24) + reserved * 256;
        }
        throw new IllegalStateException("no network left for pseudonymous addresses");
    }

    private static String dotted(int address) {
        return ((address >>> 24) & 255) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "."
                + (address & 255);
    }

    private String thumbprint(String thumbprint) {
        String key = thumbprint.toLowerCase(Locale.ROOT);
        String pseudonym = allocate(IdentifierKind.THUMBPRINT, key, thumbprint,
                n -> String.format(Locale.ROOT, "%0" + thumbprint.length() + "x", n));
        return thumbprint.equals(thumbprint.toUpperCase(Locale.ROOT)) ? pseudonym.toUpperCase(Locale.ROOT) : pseudonym;
    }
}
