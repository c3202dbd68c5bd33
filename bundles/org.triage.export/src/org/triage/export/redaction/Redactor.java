package org.triage.export.redaction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.export.SessionText;
import org.triage.model.Fact;
import org.triage.model.ListFact;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.Session;
import org.triage.model.TextFact;

/**
 * Finds secrets in text and replaces them with a marker that names their kind ({@code [REDACTED:jwt]}),
 * counting what it replaced. Names are kept (the header, the key, the parameter), so that a reader sees that
 * a password was there and where, never what it was.
 * <p>
 * Detection errs on the side of redacting: a false positive costs a line of evidence, a false negative leaks a
 * credential into a ticket. Error codes, AADSTS codes, correlation ids, GUIDs, thumbprints, timestamps and
 * Microsoft endpoint names are not secrets and are left alone. An instance accumulates counts; it is not
 * thread-safe.
 */
public final class Redactor {

    static final String MARKER_PREFIX = "[REDACTED:";

    /** Value delimiters of {@code key=value} pairs in logs, query strings, connection strings and JSON. */
    private static final String VALUE = "(?:\\\\\"(?<escaped>(?:[^\"\\\\\\r\\n]|\\\\[^\"\\r\\n]){0,1024})\\\\\""
            + "|\"(?<double>[^\"\\r\\n]*)\"|'(?<single>[^'\\r\\n]*)'"
            // a bare value runs to the next delimiter; a semicolon is part of it unless another key=value follows
            // (a character class, never a repeated group: the matcher must not recurse on the value's length)
            + "|(?<bare>[^\\r\\n\"',&}<>\\]]+?)(?=\\s+[A-Za-z_][A-Za-z0-9_.-]*\\s*[=:]"
            + "|;[ \\t]*(?:[A-Za-z_][A-Za-z0-9 _.-]{0,40}=|[\\r\\n]|$)|[\\r\\n\"',&}<>\\]]|$))";
    private static final String ARGUMENT = "(\"[^\"\\r\\n]*\"|'[^'\\r\\n]*'|[^\\s\"'(]\\S*)";

    private static final Set<String> NOT_A_SECRET = Set.of("", "null", "none", "(none)", "n/a", "true", "false",
            "yes", "no", "*", "<none>", "undefined", "not set", "(null)");

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "passphrase", "pwd", "secret", "token",
            "pin", "psk", "cookie", "cookies", "authorization", "apikey");
    private static final Set<String> SECRET_PAIRS = Set.of("apikey", "accesskey", "privatekey", "secretkey", "sharedkey",
            "accountkey", "subscriptionkey", "sessionkey", "signingkey", "encryptionkey", "masterkey", "clientsecret",
            "accesstoken", "refreshtoken", "idtoken", "bearertoken", "sharedsecret", "presharedkey", "storagekey",
            "functionkey", "hostkey", "authkey");
    /** Words that end fact names about a secret without holding it: {@code PasswordChangedAt}, {@code TokenExpiry}. */
    private static final Set<String> METADATA_WORDS = Set.of("at", "time", "date", "expiry", "expires", "expiration",
            "status", "type", "state", "count", "length", "age", "set", "changed", "present", "policy", "url", "uri",
            "id", "name", "source", "authority", "required", "enabled", "valid", "last");

    /**
     * @param triggers lower-case words of which a text must hold one for the rule to be worth running; empty for
     *                 every text. Most texts hold none, and a substring search costs far less than the pattern.
     */
    private record Rule(Pattern pattern, SecretKind kind, Function<Matcher, String> replacement, List<String> triggers) {

        Rule(Pattern pattern, SecretKind kind, Function<Matcher, String> replacement) {
            this(pattern, kind, replacement, List.of());
        }

        Rule when(String... words) {
            return new Rule(pattern, kind, replacement, List.of(words));
        }

        boolean worthRunning(String lowerCase) {
            if (triggers.isEmpty()) {
                return true;
            }
            for (String trigger : triggers) {
                if (lowerCase.contains(trigger)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The label of the Wi-Fi key in {@code netsh wlan show profile name=… key=clear}, as each language of Windows
     * prints it (the Japanese and Chinese ones are Windows' own literal translations of "key content"). Where each
     * was seen is noted in the tests' {@code PlantedValues}; a label not listed is still caught when its value is a
     * base64 blob, not when it is a short passphrase.
     */
    private static final List<String> WIFI_KEY_LABELS = List.of("Key Content", "Schlüsselinhalt", "Contenu de la clé",
            "Contenido de la clave", "Contenuto chiave", "Conteúdo da chave", "Conteúdo da Chave", "Sleutelinhoud",
            "Zawartość klucza", "Содержимое ключа", "主要なコンテンツ", "キー コンテンツ", "キーコンテンツ", "关键内容",
            "金鑰內容", "키 콘텐츠", "Anahtar İçeriği", "Nyckelinnehåll", "Nøgleindhold", "Nøkkelinnhold",
            "Avaimen sisältö", "Obsah klíče", "Kulcs tartalma", "Περιεχόμενο κλειδιού", "Conținut cheie",
            "Вміст ключа");
    /** "Password" in the languages Windows ships, as a label before a value. */
    private static final List<String> PASSWORD_LABELS = List.of("Passwort", "Kennwort", "mot de passe", "contraseña",
            "senha", "wachtwoord", "hasło", "пароль", "パスワード", "密码", "密碼", "암호", "비밀번호", "şifre", "parola",
            "lösenord", "adgangskode", "passord", "salasana", "heslo", "jelszó", "κωδικός πρόσβασης", "parolă", "סיסמה",
            "كلمة المرور");

    /** The labels above as a parser names a fact after them: lower case, single spaces. */
    private static final Set<String> SECRET_LABELS = java.util.stream.Stream.concat(WIFI_KEY_LABELS.stream(),
            PASSWORD_LABELS.stream()).map(Redactor::labelKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A label as a parser may have kept it, "Key Content", "KeyContent" or "key_content . . .": letters only. */
    private static String labelKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static final List<Rule> RULES = rules();

    private final Map<SecretKind, Integer> counts = new EnumMap<>(SecretKind.class);

    /** The kind and count of everything redacted so far; never any value. */
    public Map<SecretKind, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Redacts a whole session in place: first the values of facts whose names say they are secret, then every
     * text of every element (facts, raw evidence, logs, changes, notes, the tool's own log).
     */
    public void redact(Session session) {
        for (Observation observation : session.getObservations()) {
            for (Fact fact : observation.getFacts()) {
                redactFact(fact, false);
            }
        }
        // long sessions repeat the same outputs (every re-run of a probe): redact each distinct text once
        Map<String, Redacted> done = new HashMap<>();
        SessionText.rewrite(session, text -> {
            Redacted known = done.get(text);
            if (known == null) {
                Map<SecretKind, Integer> before = new EnumMap<>(counts);
                String result = redact(text);
                Map<SecretKind, Integer> found = new EnumMap<>(SecretKind.class);
                counts.forEach((kind, count) -> {
                    int added = count - before.getOrDefault(kind, 0);
                    if (added > 0) {
                        found.put(kind, added);
                    }
                });
                known = new Redacted(result, found);
                done.put(text, known);
            } else {
                known.found().forEach((kind, count) -> counts.merge(kind, count, Integer::sum));
            }
            return known.text();
        });
    }

    private record Redacted(String text, Map<SecretKind, Integer> found) {
    }

    private void redactFact(Fact fact, boolean insideSecret) {
        boolean secret = insideSecret || secretName(fact.getName());
        if (fact instanceof TextFact text) {
            if (secret && isSecretValue(text.getValue())) {
                text.setValue(SecretKind.SECRET_FACT.marker());
                count(SecretKind.SECRET_FACT);
            }
        } else if (fact instanceof NumberFact number) {
            if (secret && number.getValue() != null) {
                number.setValue(null);
                count(SecretKind.SECRET_FACT);
            }
        } else if (fact instanceof ListFact list) {
            list.getItems().forEach(item -> redactFact(item, secret));
        } else if (fact instanceof RecordFact record) {
            record.getFields().forEach(field -> redactFact(field, secret));
        }
    }

    /**
     * Whether a fact's name says its value is secret: its last word is one ({@code Password}, {@code ClientSecret},
     * {@code refresh_token}), not merely about one ({@code PasswordChangedAt}, {@code AccessTokenUrl}).
     */
    public static boolean secretName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        // "Key Content", "Schlüsselinhalt", "mot de passe": a tool's label, as a parser keeps it for a fact's name
        if (SECRET_LABELS.contains(labelKey(name))) {
            return true;
        }
        List<String> words = words(name);
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (METADATA_WORDS.contains(last)) {
            return false;
        }
        if (SECRET_WORDS.contains(last)) {
            return true;
        }
        if (words.size() >= 2 && SECRET_PAIRS.contains(words.get(words.size() - 2) + last)) {
            return true;
        }
        return SECRET_PAIRS.contains(String.join("", words));
    }

    /** camelCase, snake_case, kebab-case and spaced names as lower-case words. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            for (String word : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!word.isEmpty()) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** Returns {@code text} with every secret it holds replaced by its marker. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        String lowerCase = text.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.worthRunning(lowerCase)) {
                result = apply(rule, result);
            }
        }
        return redactBlobs(result);
    }

    private String apply(Rule rule, String text) {
        Matcher matcher = rule.pattern().matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String replacement = rule.replacement().apply(matcher);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(replacement);
            copied = matcher.end();
            count(rule.kind());
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private void count(SecretKind kind) {
        counts.merge(kind, 1, Integer::sum);
    }

    private static boolean isSecretValue(String value) {
        if (value == null) {
            return false;
        }
        String trimmed = value.strip();
        // "(AzureAdPrt : NO)": the bracket or full stop around a yes or no is not part of it
        String bare = trimmed.replaceAll("^[(\\[{<\"'`]{1,8}+|[)\\]}>\"'`.,;:!?]{1,8}+$", "").strip();
        return !NOT_A_SECRET.contains(trimmed.toLowerCase(Locale.ROOT))
                && !NOT_A_SECRET.contains(bare.toLowerCase(Locale.ROOT)) && !trimmed.startsWith(MARKER_PREFIX)
                && !trimmed.chars().allMatch(c -> c == '*');
    }

    // ---------------------------------------------------------------------------------------------------------
    // The rules, applied in this order. Each keeps the name of what it redacts.

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule(Pattern.compile("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\\s\\S]*?-----END \\1PRIVATE KEY-----"),
                SecretKind.PRIVATE_KEY, m -> SecretKind.PRIVATE_KEY.marker()).when("private key"));
        // Authorization: Bearer …, Proxy-Authorization: Basic …, "Authorization": "Negotiate …"
        rules.add(new Rule(Pattern.compile("(?i)(?<![A-Za-z0-9_-])((?:proxy-)?authorization)([\"']?\\s*[:=]\\s*[\"']?[ \\t]*)"
                + "((?:bearer|basic|negotiate|ntlm|digest|pop|hawk|mac)[ \\t]+)?([^\\r\\n\"']+)"),
                SecretKind.AUTHORIZATION_HEADER, m -> isSecretValue(m.group(4))
                        ? m.group(1) + m.group(2) + nullToEmpty(m.group(3)) + SecretKind.AUTHORIZATION_HEADER.marker()
                        : null).when("authorization"));
        // Cookie and Set-Cookie headers: every value
        // also in the middle of a line ("request headers: Cookie: a=b; c=d") and as a JSON key: to the line's end
        rules.add(new Rule(Pattern.compile("(?im)(?<![A-Za-z0-9_-])((?:set-)?cookie\\\\{0,2}[\"']?[ \\t]*:[ \\t]*)(\\S.*)$"),
                SecretKind.COOKIE, m -> isSecretValue(m.group(2).replaceAll("^[\\\\\"']+|[\\\\\"',]+$", ""))
                        ? m.group(1) + SecretKind.COOKIE.marker() : null).when("cookie"));
        // the session cookies of Entra ID, ADFS and SharePoint, wherever they appear
        rules.add(new Rule(Pattern.compile("(?i)(?<![A-Za-z0-9_-])(ESTSAUTH(?:PERSISTENT|LIGHT)?|ESTSSC|SignInStateCookie"
                + "|buid|fpc|esctx|x-ms-gateway-slice|stsservicecookie|CCState|x-ms-RefreshTokenCredential"
                + "|x-ms-DeviceCredential|MSISAuth[A-Za-z0-9]*|MSISSignOut|FedAuth[0-9]*|rtFa|SPOIDCRL|MSPAuth|MSPProf"
                + "|WLSSC|RPSSecAuth|AADSSO|brcap)(\\s*=\\s*)([^;\\s\"',]+)"),
                SecretKind.COOKIE, m -> isSecretValue(m.group(3)) ? m.group(1) + m.group(2) + SecretKind.COOKIE.marker()
                        : null)
                .when("ests", "signinstate", "buid", "fpc", "esctx", "x-ms-", "stsservice", "ccstate", "msis",
                        "fedauth", "rtfa", "spoidcrl", "mspauth", "mspprof", "wlssc", "rpssecauth", "aadsso",
                        "brcap"));
        // scheme://user:password@host: the password may hold "@" and "/" (proxy passwords do), so it runs to the last
        // "@" that a host follows
        rules.add(new Rule(Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)([^/\\s:@\"'<>]{1,256}):([^\\s\"'<>]{1,512})@"
                + "(?=[A-Za-z0-9\\[][A-Za-z0-9.:\\[\\]-]*(?:[/?#\\s\"'<>,;]|$))"),
                SecretKind.URL_CREDENTIALS, m -> m.group(3).contains("://") ? null
                        : m.group(1) + m.group(2) + ":" + SecretKind.URL_CREDENTIALS.marker() + "@")
                .when("://"));
        // user:password@host:port without a scheme (a proxy setting, a netsh winhttp line)
        rules.add(new Rule(Pattern.compile("(?<![A-Za-z0-9._%+/:@\\[\\\\-])([A-Za-z0-9][A-Za-z0-9._%+\\\\-]{0,63}):"
                + "([^\\s:\"'<>]{1,512})@(?=[A-Za-z0-9][A-Za-z0-9.-]*:[0-9]{1,5}(?![0-9]))"),
                SecretKind.URL_CREDENTIALS, m -> isSecretValue(m.group(2)) && !m.group(2).contains("://")
                        ? m.group(1) + ":" + SecretKind.URL_CREDENTIALS.marker() + "@" : null).when("@"));
        // password=… in a URL-encoded query or form: password%3D…, up to the encoded "&" (%26)
        rules.add(new Rule(Pattern.compile("(?i)(?<![A-Za-z0-9_])((?:[A-Za-z0-9]{1,24}[_.-]?)?(?:password|passwd|pwd|secret"
                + "|token|access_token|refresh_token|client_secret|api_key|apikey)(?:%3D|%253D))([^&\\s\"'<>]{1,2048}?)"
                + "(?=%26|%2526|&|\\s|[\"'<>]|$)"), SecretKind.PASSWORD,
                m -> isSecretValue(m.group(2)) ? m.group(1) + SecretKind.PASSWORD.marker() : null).when("%3d", "%253d"));
        // JWS (three parts) and JWE (five parts)
        rules.add(new Rule(Pattern.compile("(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{4,}(?:\\.[A-Za-z0-9_-]*){1,3}"),
                SecretKind.JWT, m -> SecretKind.JWT.marker()).when("eyj"));
        // refresh tokens and PRT-like blobs by their shape: Entra v2 ("0.A…", "1.A…"), v1 ("AQAB…"), MSA ("M.C…")
        rules.add(new Rule(Pattern.compile("(?<![A-Za-z0-9_.-])(?:[01]\\.A[A-Za-z0-9_-]{40,}(?:\\.[A-Za-z0-9_*-]+)*+"
                + "|AQAB[A-Za-z0-9_*-]{60,}|M\\.[CR][0-9]*_[A-Za-z0-9_!*$.-]{40,})"),
                SecretKind.REFRESH_TOKEN, m -> SecretKind.REFRESH_TOKEN.marker())
                .when("0.a", "1.a", "aqab", "m.c", "m.r"));
        rules.add(new Rule(Pattern.compile("(?i)(?<![A-Za-z0-9_-])(bearer)([ \\t]+)([A-Za-z0-9._~+/-]{12,}=*)"),
                SecretKind.BEARER_TOKEN, m -> m.group(1) + m.group(2) + SecretKind.BEARER_TOKEN.marker())
                .when("bearer"));

        rules.add(keyValue("refresh_token|refreshtoken|primary_refresh_token|prt|x-ms-refreshtokencredential"
                + "|refreshtokencredential", SecretKind.REFRESH_TOKEN));
        rules.add(keyValue("access_token|accesstoken|id_token|idtoken|token|auth_token|authtoken|session_token"
                + "|sessiontoken|bearer_token|client_assertion|assertion|samlresponse|saml_response|wresult|sas_token"
                + "|sastoken", SecretKind.OAUTH_TOKEN));
        rules.add(keyValue("client_secret|clientsecret|app_secret|appsecret|shared_secret|sharedsecret|secret|secret_key"
                + "|secretkey|psk|presharedkey|pre_shared_key|l2tppsk|private_key|privatekey|accountkey"
                + "|sharedaccesskey|sharedaccesssignature|encryptionkey|signingkey|session_key|sessionkey|masterkey"
                + "|aws_secret_access_key", SecretKind.SECRET));
        rules.add(keyValue("api_key|apikey|api-key|x-api-key|ocp-apim-subscription-key|subscription_key|subscriptionkey"
                + "|subscription-key|access_key|accesskey|auth_key|authkey|x-functions-key", SecretKind.API_KEY));
        rules.add(keyValue("password|passwd|passphrase|pwd|pass_word|userpassword|newpassword|oldpassword"
                + "|adminpassword|dbpassword|currentpassword|kennwort|mot_de_passe", SecretKind.PASSWORD));
        // the short keys only alone or after a separator: a joined prefix would make ProxyBypass a password
        rules.add(keyValue("pass|pw", SecretKind.PASSWORD, false));
        // <Password>…</Password>, <keyMaterial>…</keyMaterial> (a Wi-Fi profile's key), <ProxyPassword>…
        rules.add(new Rule(Pattern.compile("(?i)<((?:[A-Za-z0-9_.:-]{0,30})(?:password|passwd|pwd|passphrase|secret|psk"
                + "|token|keymaterial|apikey|accesskey|clientsecret))>([^<\\r\\n]+)</\\1>"), SecretKind.PASSWORD,
                m -> isSecretValue(m.group(2)) ? "<" + m.group(1) + ">" + SecretKind.PASSWORD.marker() + "</" + m.group(1) + ">"
                        : null).when("pass", "pwd", "secret", "psk", "token", "keymaterial", "key>"));
        // netsh wlan show profile … key=clear: "Key Content : the Wi-Fi key", in every language Windows ships
        // (also where a message quotes the line: "line 57 not understood: '    Key Content : …'")
        rules.add(new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_])((?:" + String.join("|", WIFI_KEY_LABELS) + ")[ \\t]*:[ \\t]*)"
                + "(\\S[^\\r\\n]*)"), SecretKind.PASSWORD,
                m -> isSecretValue(m.group(2)) ? m.group(1) + SecretKind.PASSWORD.marker() : null)
                .when(WIFI_KEY_LABELS.stream().map(label -> label.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        // "Passwort: …", "mot de passe = …", "パスワード：…": a password label of another language, to the line's end
        rules.add(new Rule(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_])((?:" + String.join("|", PASSWORD_LABELS)
                + ")[ \\t]*[:=\\uFF1A][ \\t]*)(\\S[^\\r\\n]*)"), SecretKind.PASSWORD,
                m -> isSecretValue(m.group(2)) && !m.group(2).startsWith(MARKER_PREFIX)
                        ? m.group(1) + SecretKind.PASSWORD.marker() : null)
                .when(PASSWORD_LABELS.stream().map(label -> label.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        // reg query: "    DefaultPassword    REG_SZ    value"
        rules.add(new Rule(Pattern.compile("(?im)^([ \\t]*[A-Za-z0-9_.-]*(?:password|passwd|pwd|passphrase|secret|psk|token)"
                + "[A-Za-z0-9_.-]*[ \\t]+REG_(?:SZ|EXPAND_SZ|MULTI_SZ|BINARY)[ \\t]+)(\\S[^\\r\\n]*)"), SecretKind.PASSWORD,
                m -> isSecretValue(m.group(2)) ? m.group(1) + SecretKind.PASSWORD.marker() : null).when("reg_"));
        // authorization codes and SAS signatures only count in a URL's query
        rules.add(new Rule(Pattern.compile("(?i)([?&#](?:code|sig|signature)=)([^&#\\s\"'<>]+)"), SecretKind.OAUTH_TOKEN,
                m -> isSecretValue(m.group(2)) ? m.group(1) + SecretKind.OAUTH_TOKEN.marker() : null)
                .when("code=", "sig=", "signature="));

        // command lines: cmdkey /pass:, PowerShell -Password / -L2tpPsk, --password, ConvertTo-SecureString, rasdial, net use
        rules.add(argument("(/(?:pass|password|pwd):)", SecretKind.PASSWORD).when("/pass", "/pwd"));
        rules.add(argument("((?:^|\\s)-(?:Password|Pass|Pwd|PlainPassword|Passphrase)[ \\t]+)", SecretKind.PASSWORD)
                .when("-pass", "-pwd", "-plainpass"));
        rules.add(argument("((?:^|\\s)-(?:L2tpPsk|SharedSecret|PresharedKey|ClientSecret|Secret)[ \\t]+)",
                SecretKind.SECRET).when("psk", "secret", "presharedkey"));
        rules.add(argument("((?:^|\\s)-(?:ApiKey|Token|AccessToken|RefreshToken)[ \\t]+)", SecretKind.OAUTH_TOKEN)
                .when("-apikey", "token"));
        rules.add(argument("((?:^|\\s)--(?:password|passwd|pass|pin)(?:=|[ \\t]+))", SecretKind.PASSWORD)
                .when("--pass", "--pin"));
        rules.add(argument("((?:^|\\s)--(?:client-secret|secret)(?:=|[ \\t]+))", SecretKind.SECRET).when("secret"));
        rules.add(argument("((?:^|\\s)--(?:token|api-key|access-token|refresh-token)(?:=|[ \\t]+))",
                SecretKind.OAUTH_TOKEN).when("--token", "--api-key", "--access-token", "--refresh-token"));
        rules.add(new Rule(Pattern.compile("(?i)(ConvertTo-SecureString\\s+(?:-String\\s+)?)(\"[^\"\\r\\n]*\"|'[^'\\r\\n]*')"),
                SecretKind.PASSWORD, m -> commandSecret(m, SecretKind.PASSWORD)).when("convertto-securestring"));
        rules.add(new Rule(Pattern.compile("(?i)(\\brasdial(?:\\.exe)?[ \\t]+(?:\"[^\"\\r\\n]*\"|[^\\s\"]\\S*)[ \\t]+"
                + "(?:\"[^\"\\r\\n]*\"|[^\\s/\"]\\S*)[ \\t]+)(\"[^\"\\r\\n]*\"|[^\\s/*\"]\\S*)"),
                SecretKind.PASSWORD, m -> commandSecret(m, SecretKind.PASSWORD)).when("rasdial"));
        rules.add(new Rule(Pattern.compile("(?i)(\\bnet(?:\\.exe)?[ \\t]+use[ \\t]+(?:[A-Za-z]:[ \\t]+|\\*[ \\t]+)?\\\\\\\\\\S+[ \\t]+)"
                + "(\"[^\"\\r\\n]*\"|[^\\s/*\"]\\S*)"), SecretKind.PASSWORD, m -> commandSecret(m, SecretKind.PASSWORD))
                .when("net"));
        // the same with the user first: net use \\srv\share /user:alex PASSWORD
        rules.add(new Rule(Pattern.compile("(?i)(\\bnet(?:\\.exe)?[ \\t]+use[ \\t]+(?:[A-Za-z]:[ \\t]+|\\*[ \\t]+)?\\\\\\\\\\S+[ \\t]+"
                + "/user:\\S+[ \\t]+)(\"[^\"\\r\\n]*\"|[^\\s/*\"]\\S*)"), SecretKind.PASSWORD,
                m -> commandSecret(m, SecretKind.PASSWORD)).when("net"));

        // keys of well-known services by their shape
        rules.add(new Rule(Pattern.compile("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}"
                + "|AKIA[0-9A-Z]{16}|xox[abprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|sk-[A-Za-z0-9]{32,})(?![A-Za-z0-9_])"),
                SecretKind.API_KEY, m -> SecretKind.API_KEY.marker()).when("gh", "akia", "xox", "aiza", "sk-"));
        return rules;
    }

    /**
     * {@code key=value}, {@code key: value}, {@code "key": "value"}, {@code key='value'}; the key may carry a
     * prefix ({@code smtp_password}, {@code db.password}).
     */
    private static Rule keyValue(String keys, SecretKind kind) {
        return keyValue(keys, kind, true);
    }

    /** @param joinedPrefix whether the prefix may also be joined by case alone: ProxyPassword, ClientSecret */
    private static Rule keyValue(String keys, SecretKind kind, boolean joinedPrefix) {
        // the key may be quoted, also JSON-escaped inside a JSON string: {\"password\":\"…\"}
        Pattern pattern = Pattern.compile("(?i)(?<![A-Za-z0-9_.-])(\\\\{0,2}[\"']?)((?:[A-Za-z0-9]{1,24}[_.-]"
                + (joinedPrefix ? "?" : "") + ")?(?:" + keys
                + "))\\1([ \\t]*[:=][ \\t]*)" + VALUE);
        return new Rule(pattern, kind, m -> {
            String quoted = m.group("escaped") != null ? "\\\"" : m.group("double") != null ? "\""
                    : m.group("single") != null ? "'" : "";
            String value = m.group("escaped") != null ? m.group("escaped")
                    : m.group("double") != null ? m.group("double")
                            : m.group("single") != null ? m.group("single") : m.group("bare");
            // key=value ends at a space (logs, query strings); "Key: value" runs to the end of its line
            String rest = "";
            if (quoted.isEmpty() && m.group(3).contains("=")) {
                int space = indexOfWhitespace(value);
                if (space >= 0) {
                    rest = value.substring(space);
                    value = value.substring(0, space);
                }
            }
            if (!isSecretValue(value)) {
                return null;
            }
            return m.group(1) + m.group(2) + m.group(1) + m.group(3) + quoted + kind.marker() + quoted + rest;
        }).when(keys.toLowerCase(Locale.ROOT).split("\\|"));
    }

    /** A command-line parameter ({@code prefix}) and its argument, quoted or bare; variables are left alone. */
    private static Rule argument(String prefix, SecretKind kind) {
        return new Rule(Pattern.compile("(?i)" + prefix + ARGUMENT), kind, m -> commandSecret(m, kind));
    }

    private static String commandSecret(Matcher m, SecretKind kind) {
        String argument = m.group(2);
        String bare = argument.replaceAll("^[\"']|[\"']$", "");
        if (argument.startsWith("$") || !isSecretValue(bare)) {
            return null;
        }
        return m.group(1) + quoted(argument, kind);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String quoted(String argument, SecretKind kind) {
        if (argument.length() >= 2 && (argument.startsWith("\"") || argument.startsWith("'"))) {
            char quote = argument.charAt(0);
            return quote + kind.marker() + quote;
        }
        return kind.marker();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Blobs: base64 runs in a credential context, and runs too long and random to be anything else.

    private static final Pattern BASE64_RUN = Pattern.compile("(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/_=-])");
    private static final Pattern CREDENTIAL_CONTEXT = Pattern.compile("(?i)token|credential|secret|passw|pwd|key|prt|"
            + "assertion|cookie|auth|session|ticket|bearer|signature|\\bsig\\b|blob|nonce|cert");
    private static final Pattern GUID = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int CONTEXT_CHARS = 48;
    private static final int ALWAYS_A_BLOB = 100;

    private String redactBlobs(String text) {
        Matcher matcher = BASE64_RUN.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            String run = matcher.group();
            if (!looksRandom(run)) {
                continue;
            }
            boolean blob = run.length() >= ALWAYS_A_BLOB || credentialContext(text, matcher.start());
            if (!blob) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, matcher.start()).append(SecretKind.CREDENTIAL_BLOB.marker());
            copied = matcher.end();
            count(SecretKind.CREDENTIAL_BLOB);
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Mixed case and digits, not a GUID, not hex (a thumbprint or hash is no credential). */
    private static boolean looksRandom(String run) {
        if (GUID.matcher(run).find() || run.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '-')) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lower && digit;
    }

    private static boolean credentialContext(String text, int start) {
        int lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CONTEXT_CHARS);
        return CREDENTIAL_CONTEXT.matcher(text.substring(Math.max(0, lineStart), start)).find();
    }
}
