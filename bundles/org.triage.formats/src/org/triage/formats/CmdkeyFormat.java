package org.triage.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the output of {@code cmdkey /list}: a header such as
 * {@code Currently stored credentials:}, then one block per credential of {@code Target:},
 * {@code Type:}, optional {@code User:} and an optional persistence line, blocks separated by blank
 * lines, or {@code * NONE *}.
 *
 * <p>cmdkey prints its header, labels, types and persistence lines in the display language of Windows
 * ({@code Ziel:}, {@code Cible :}, {@code 目标:}...). The reader goes by structure first: a target is the
 * labelled line whose value is a credential target name ({@code LegacyGeneric:target=...},
 * {@code Domain:interactive=...}), which no Windows translates; the next labelled lines of its block are
 * its type and its user, and an unlabelled line is its persistence. Labels, types and persistence lines
 * it knows in a language (see {@link #VOCABULARY}) are turned into their English form; labels it does
 * not know are read by their place in the block and reported as a problem.
 */
public final class CmdkeyFormat {

    private static final String HEADER = "Currently stored credentials";
    private static final String NONE = "* NONE *";
    private static final Pattern NONE_LINE = Pattern.compile("^\\*\\s*\\S.*\\*$");
    /** {@code LegacyGeneric:target=}, {@code Domain:interactive=}, {@code MicrosoftAccount:user=}. */
    private static final Pattern TARGET_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*:[A-Za-z_]+=.*");

    private enum Role { TARGET, TYPE, USER }

    /** cmdkey's labels, lower case, in the languages whose outputs the tests hold (see their README). */
    private static final Map<String, Role> LABELS = labels();
    /** Credential types as cmdkey prints them, lower case, to their English names. */
    private static final Map<String, String> TYPES = types();
    /** Persistence lines, lower case, to their English wording. */
    private static final Map<String, String> PERSISTENCE = persistence();
    private static final List<String> HEADERS = List.of(HEADER, "Derzeit gespeicherte Anmeldeinformationen",
            "Momentan gespeicherte Anmeldeinformationen", "Informations d'identification actuellement stockées",
            "Credenciales almacenadas actualmente", "Credenziali attualmente archiviate",
            "Credenciais armazenadas no momento", "Momenteel opgeslagen referenties",
            "Obecnie przechowywane poświadczenia", "Сохраненные учетные данные", "現在保存されている資格情報",
            "当前保存的凭据", "현재 저장된 자격 증명");

    /** Every word the reader knows, for telling apart the console code pages a file may be in. */
    public static final Set<String> VOCABULARY = vocabulary();

    private CmdkeyFormat() {
    }

    public static CmdkeyList parse(byte[] bytes) {
        return parse(TextLines.linesOf(bytes, VOCABULARY));
    }

    public static CmdkeyList parse(String text) {
        return parse(TextLines.linesOf(text));
    }

    public static CmdkeyList parse(List<String> lines) {
        List<ParseProblem> problems = new ArrayList<>();
        List<UnparsedLine> unparsed = new ArrayList<>();
        if (TextLines.allBlank(lines)) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new CmdkeyList(List.of(), false, List.of(), problems, false);
        }
        List<StoredCredential> credentials = new ArrayList<>();
        boolean sawHeader = false;
        boolean sawEnglishHeader = false;
        boolean noneStored = false;
        PendingCredential pending = null;
        Map<String, Integer> unknownLabels = new LinkedHashMap<>();
        int firstNonBlank = TextLines.firstNonBlankLine(lines);

        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            int number = i + 1;
            if (text.isEmpty()) {
                if (pending != null) {
                    pending.closed = true;
                }
                continue;
            }
            int separator = TextLines.labelSeparator(text);
            if (number == firstNonBlank && isHeader(text)) {
                sawHeader = true;
                sawEnglishHeader = text.startsWith(HEADER);
            } else if (NONE_LINE.matcher(text).matches()) {
                noneStored = true;
            } else if (separator > 0) {
                String label = text.substring(0, separator).strip();
                String value = text.substring(separator + 1).strip();
                Role role = roleOf(label, value, pending);
                if (role == null) {
                    keep(unparsed, problems, number, lines.get(i), "not a cmdkey /list line, kept as is: ");
                    continue;
                }
                if (!LABELS.containsKey(label.toLowerCase(Locale.ROOT))) {
                    unknownLabels.putIfAbsent(label, number);
                }
                if (role == Role.TARGET) {
                    if (pending != null) {
                        credentials.add(pending.finish(problems));
                    }
                    pending = new PendingCredential(value, number, label);
                } else if (role == Role.TYPE) {
                    pending.type = TYPES.getOrDefault(value.toLowerCase(Locale.ROOT), value);
                    pending.labelled++;
                } else {
                    pending.user = value;
                    pending.labelled++;
                }
            } else if (pending != null && !pending.closed && pending.persistence == null) {
                pending.persistence = PERSISTENCE.getOrDefault(text.toLowerCase(Locale.ROOT), text);
            } else {
                keep(unparsed, problems, number, lines.get(i), "not a cmdkey /list line, kept as is: ");
            }
        }
        if (pending != null) {
            credentials.add(pending.finish(problems));
        }
        if (!unknownLabels.isEmpty()) {
            problems.add(new ParseProblem(unknownLabels.values().iterator().next(), "labels in a language this reader "
                    + "does not know (" + String.join(", ", unknownLabels.keySet().stream().map(l -> "'" + l + "'")
                            .toList())
                    + "): read by their place in each entry as target, type and user; expected labels such as "
                    + "'Target:', 'Type:', 'User:'"));
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        boolean recognised = sawEnglishHeader || !credentials.isEmpty() || noneStored;
        if (!recognised) {
            problems.add(0, new ParseProblem(firstNonBlank, "not cmdkey /list output: no '" + HEADER
                    + ":' header and no entry whose target is a credential name such as 'LegacyGeneric:target=...'"));
        } else if (sawHeader && credentials.isEmpty() && !noneStored) {
            problems.add(new ParseProblem(lines.size(), "the header is followed by no entry and no '* NONE *'; "
                    + "output cut short?"));
        }
        return new CmdkeyList(credentials, noneStored, unparsed, problems, recognised);
    }

    /**
     * The header: the first line, ending with its only colon ({@code Currently stored credentials:},
     * {@code Informations d'identification actuellement stockées :}, {@code 当前保存的凭据：}).
     */
    private static boolean isHeader(String text) {
        char last = text.charAt(text.length() - 1);
        if (last != ':' && last != '：') {
            return false;
        }
        String body = text.substring(0, text.length() - 1);
        return body.indexOf(':') < 0 && body.indexOf('：') < 0 && !body.isBlank();
    }

    /**
     * What a labelled line is: by its label where the reader knows it, else by its value (a target name
     * opens an entry) and its place in the entry (then type, then user).
     */
    private static Role roleOf(String label, String value, PendingCredential pending) {
        Role known = LABELS.get(label.toLowerCase(Locale.ROOT));
        boolean inEntry = pending != null && !pending.closed;
        if (known == Role.TARGET || TARGET_NAME.matcher(value).matches() && (known == null || !inEntry)) {
            return value.isEmpty() ? null : Role.TARGET;
        }
        if (pending == null) {
            return null;
        }
        if (known != null) {
            return known;
        }
        if (!inEntry || label.equalsIgnoreCase(pending.targetLabel)) {
            return null;
        }
        return pending.labelled == 0 ? Role.TYPE : pending.labelled == 1 ? Role.USER : null;
    }

    private static void keep(List<UnparsedLine> unparsed, List<ParseProblem> problems, int number, String line,
            String why) {
        String text = line.strip();
        unparsed.add(new UnparsedLine(number, line));
        problems.add(new ParseProblem(number, TextLines.looksBinary(text) ? "control characters in the text; binary data?"
                : why + TextLines.excerpt(text)));
    }

    /**
     * Writes {@code list} as cmdkey prints it: a leading empty line, the header, an empty line,
     * then each credential indented by four spaces, blocks separated by a line of four spaces.
     * cmdkey prints the type {@code Generic} with a trailing space; so does this.
     */
    public static String render(CmdkeyList list) {
        StringBuilder out = new StringBuilder("\r\n").append(HEADER).append(":\r\n\r\n");
        if (list.credentials().isEmpty()) {
            out.append(NONE).append("\r\n");
            return out.toString();
        }
        for (int i = 0; i < list.credentials().size(); i++) {
            StoredCredential credential = list.credentials().get(i);
            if (i > 0) {
                out.append("    \r\n");
            }
            out.append("    Target: ").append(credential.target()).append("\r\n");
            String type = credential.type().equals("Generic") ? "Generic " : credential.type();
            out.append("    Type: ").append(type).append("\r\n");
            credential.user().ifPresent(user -> out.append("    User: ").append(user).append("\r\n"));
            credential.persistence().ifPresent(p -> out.append("    ").append(p).append("\r\n"));
        }
        out.append("\r\n");
        return out.toString();
    }

    private static Map<String, Role> labels() {
        Map<String, Role> labels = new LinkedHashMap<>();
        for (String target : List.of("Target", "Ziel", "Cible", "Destino", "Destinazione", "Doel", "Obiekt docelowy",
                "Цель", "ターゲット", "目标", "대상")) {
            labels.put(target.toLowerCase(Locale.ROOT), Role.TARGET);
        }
        for (String type : List.of("Type", "Typ", "Tipo", "Тип", "種類", "类型", "유형")) {
            labels.put(type.toLowerCase(Locale.ROOT), Role.TYPE);
        }
        for (String user : List.of("User", "Benutzer", "Utilisateur", "Usuario", "Usuário", "Utente", "Gebruiker",
                "Użytkownik", "Пользователь", "ユーザー", "用户", "사용자")) {
            labels.put(user.toLowerCase(Locale.ROOT), Role.USER);
        }
        return Map.copyOf(labels);
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        for (String generic : List.of("Generic", "Generisch", "Allgemeine", "Générique", "Genérico", "Generica",
                "Generico", "Algemeen", "Ogólne", "Общие", "汎用", "普通", "一般", "일반")) {
            types.put(generic.toLowerCase(Locale.ROOT), "Generic");
        }
        for (String domain : List.of("Domain Password", "Domänenkennwort", "Mot de passe de domaine",
                "Contraseña de dominio", "Password di dominio", "Senha de domínio", "Domeinwachtwoord",
                "Hasło domeny", "Пароль домена", "ドメイン パスワード", "域密码", "도메인 암호")) {
            types.put(domain.toLowerCase(Locale.ROOT), "Domain Password");
        }
        for (String extended : List.of("Domain Extended Credentials", "Erweiterte Domänenanmeldeinformationen",
                "Informations d'identification étendues de domaine", "Credenciales extendidas de dominio",
                "Credenziali estese di dominio", "Credenciais estendidas de domínio", "Uitgebreide domeinreferenties",
                "Rozszerzone poświadczenia domeny", "Расширенные учетные данные домена", "ドメイン拡張資格情報",
                "域扩展凭据", "도메인 확장 자격 증명")) {
            types.put(extended.toLowerCase(Locale.ROOT), "Domain Extended Credentials");
        }
        return Map.copyOf(types);
    }

    private static Map<String, String> persistence() {
        Map<String, String> persistence = new LinkedHashMap<>();
        for (String local : List.of("Local machine persistence", "Lokale Computerbeibehaltung",
                "Persistance de l'ordinateur local", "Persistencia del equipo local",
                "Persistenza computer locale", "Persistência do computador local", "Persistentie op lokale computer",
                "Trwałość na komputerze lokalnym", "Сохранение на локальном компьютере",
                "ローカル コンピューターの常設", "本地机器持续时间", "로컬 컴퓨터 지속성")) {
            persistence.put(local.toLowerCase(Locale.ROOT), "Local machine persistence");
        }
        for (String session : List.of("Saved for this logon only", "Nur für diese Sitzung gespeichert",
                "Enregistré pour cette ouverture de session uniquement", "Guardado solo para este inicio de sesión",
                "Salvato solo per questo accesso", "Salvo apenas para este logon", "Alleen voor deze aanmelding opgeslagen",
                "Zapisane tylko dla tego logowania", "Сохранено только для этого входа", "このログオンのみ保存",
                "仅为此登录保存", "이 로그온에만 저장됨")) {
            persistence.put(session.toLowerCase(Locale.ROOT), "Saved for this logon only");
        }
        return Map.copyOf(persistence);
    }

    private static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(HEADERS);
        List.of("Ziel", "Cible", "Destino", "Destinazione", "Obiekt docelowy", "Цель", "ターゲット", "目标", "대상",
                "Typ", "Tipo", "Тип", "種類", "类型", "유형", "Benutzer", "Utilisateur", "Usuario", "Usuário", "Utente",
                "Gebruiker", "Użytkownik", "Пользователь", "ユーザー", "用户", "사용자", "Générique", "Genérico", "Ogólne",
                "Общие", "汎用", "普通", "일반", "域密码", "Domänenkennwort", "Пароль домена")
                .forEach(words::add);
        return Set.copyOf(words);
    }

    private static final class PendingCredential {
        private final String target;
        private final int line;
        private final String targetLabel;
        private String type;
        private String user;
        private String persistence;
        private int labelled;
        private boolean closed;

        PendingCredential(String target, int line, String targetLabel) {
            this.target = target;
            this.line = line;
            this.targetLabel = targetLabel;
        }

        StoredCredential finish(List<ParseProblem> problems) {
            if (type == null) {
                problems.add(new ParseProblem(line, "credential '" + target + "' has no type line ('Type:')"));
            }
            return new StoredCredential(target, type == null ? "" : type, Optional.ofNullable(user),
                    Optional.ofNullable(persistence), line);
        }
    }
}
