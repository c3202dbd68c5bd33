package org.triage.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code ipconfig /all} prints in the display languages of Windows, mapped to the English words the
 * rest of the reader uses. The tests' localized outputs (README beside them) say which entries come from
 * real machines' outputs and which were written after Microsoft's translations.
 */
final class IpconfigLabels {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<String, String> VALUES = new LinkedHashMap<>();
    private static final Map<String, String> ADDRESS_STATES = new LinkedHashMap<>();
    private static final Map<String, String> ADAPTER_TYPES = new LinkedHashMap<>();
    private static final List<String> TITLES = List.of("Windows-IP-Konfiguration", "Configuration IP de Windows",
            "Configuración IP de Windows", "Configurazione IP di Windows", "Configuração de IP do Windows",
            "Windows IP-configuratie", "Konfiguracja IP systemu Windows", "Настройка протокола IP для Windows",
            "Windows IP 構成", "Windows IP 配置", "Windows IP 구성");
    /** {@code 10.1.2.3(Preferred)}, {@code fe80::1%6(Bevorzugt)}, {@code 172.31.19.119 (préféré)}. */
    private static final Pattern STATE = Pattern.compile("^(.*?)(\\s*)\\(([^()]+)\\)(\\s*)$");

    static {
        label("Host Name", "Hostname", "Nom de l'hôte", "Nom de l’hôte", "Nom d'hôte", "Nombre de host",
                "Nombre del host", "Nome host", "Nome do Host", "Hostnaam", "Host-naam", "Nazwa hosta", "Имя компьютера", "ホスト名",
                "主机名", "호스트 이름");
        label("Primary Dns Suffix", "Primäres DNS-Suffix", "Suffixe DNS principal", "Sufijo DNS principal",
                "Suffisso DNS primario", "Sufixo DNS primário", "Primair DNS-achtervoegsel", "Podstawowy sufiks DNS",
                "Sufiks podstawowej domeny DNS",
                "Основной DNS-суффикс", "プライマリ DNS サフィックス", "主 DNS 后缀", "주 DNS 접미사");
        label("Node Type", "Knotentyp", "Type de nœud", "Tipo de nodo", "Tipo nodo", "Tipo de nó", "Knooppunttype",
                "Typ węzła", "Тип узла", "ノード タイプ", "节点类型", "노드 유형");
        label("IP Routing Enabled", "IP-Routing aktiviert", "Routage IP activé", "Enrutamiento IP habilitado",
                "Enrutamiento habilitado", "Routing IP abilitato", "Roteamento de IP ativado",
                "IP-routering ingeschakeld", "Routing IP włączony", "IP-маршрутизация включена", "IP ルーティング有効",
                "IP 路由已启用", "IP 라우팅 사용");
        label("WINS Proxy Enabled", "WINS-Proxy aktiviert", "Proxy WINS activé", "Proxy WINS habilitado",
                "Proxy WINS abilitato", "Proxy WINS ativado", "WINS-proxy ingeschakeld", "Serwer proxy WINS włączony",
                "Serwer WINS Proxy włączony",
                "WINS-прокси включен", "WINS プロキシ有効", "WINS 代理已启用", "WINS 프록시 사용");
        label("DNS Suffix Search List", "DNS-Suffixsuchliste", "Liste de recherche de suffixes DNS",
                "Liste de recherche de suffixe DNS", "Lista de búsqueda de sufijos DNS",
                "Lista de búsqueda de sufijo DNS", "Elenco di ricerca suffissi DNS", "Lista de pesquisa de sufixos DNS",
                "Zoeklijst voor DNS-achtervoegsels", "DNS-achtervoegselzoeklijst", "Lista przeszukiwania sufiksów DNS", "Порядок просмотра суффиксов DNS",
                "DNS サフィックス検索一覧", "DNS 后缀搜索列表", "DNS 접미사 검색 목록");
        label("Media State", "Medienstatus", "Statut du média", "État du média", "Estado de los medios",
                "Stato supporto", "Estado da mídia", "Mediumstatus", "Status van medium", "Stan nośnika", "Состояние среды", "メディアの状態",
                "媒体状态", "미디어 상태");
        label("Connection-specific DNS Suffix", "Verbindungsspezifisches DNS-Suffix", "Suffixe DNS propre à la connexion",
                "Suffixe DNS spécifique à la connexion", "Sufijo DNS específico para la conexión",
                "Sufijo de conexión específica DNS", "Suffisso DNS specifico per connessione",
                "Sufixo DNS específico de conexão", "Verbindingsspecifiek DNS-achtervoegsel",
                "Verbindingsspec. DNS-achtervoegsel",
                "Sufiks DNS konkretnego połączenia", "DNS-суффикс подключения", "DNS-суффикс этого подключения",
                "接続固有の DNS サフィックス", "连接特定的 DNS 后缀", "연결별 DNS 접미사");
        label("Description", "Beschreibung", "Descripción", "Descrizione", "Descrição", "Beschrijving", "Opis",
                "Описание", "説明", "描述", "설명");
        label("Physical Address", "Physische Adresse", "Adresse physique", "Dirección física", "Indirizzo fisico",
                "Endereço Físico", "Fysiek adres", "Adres fizyczny", "Физический адрес", "物理アドレス", "物理地址",
                "물리적 주소");
        label("DHCP Enabled", "DHCP aktiviert", "DHCP activé", "DHCP habilitado", "DHCP abilitato", "DHCP Habilitado",
                "DHCP ingeschakeld", "DHCP ingeshakeld", "DHCP włączone", "DHCP включен", "DHCP 有効", "DHCP 已启用", "DHCP 사용");
        label("Autoconfiguration Enabled", "Autokonfiguration aktiviert", "Configuration automatique activée",
                "Configuración automática habilitada", "Autoconfiguración habilitada",
                "Configurazione automatica abilitata", "Configuração Automática Habilitada",
                "Autom. configuratie ingeschakeld", "Autokonfiguracja włączona", "Автонастройка включена", "自動構成有効",
                "自动配置已启用", "자동 구성 사용");
        label("IPv6 Address", "IPv6-Adresse", "Adresse IPv6", "Dirección IPv6", "Indirizzo IPv6", "Endereço IPv6",
                "IPv6-adres", "Adres IPv6", "IPv6-адрес", "IPv6 アドレス", "IPv6 地址", "IPv6 주소");
        label("Temporary IPv6 Address", "Temporäre IPv6-Adresse", "Adresse IPv6 temporaire", "Dirección IPv6 temporal",
                "Indirizzo IPv6 temporaneo", "Endereço IPv6 Temporário", "Tijdelijk IPv6-adres", "Tymczasowy adres IPv6",
                "Временный IPv6-адрес", "一時 IPv6 アドレス", "临时 IPv6 地址", "임시 IPv6 주소");
        label("Link-local IPv6 Address", "Verbindungslokale IPv6-Adresse", "Adresse IPv6 de liaison locale",
                "Adresse IPv6 lien-local", "Vínculo: dirección IPv6 local", "Indirizzo IPv6 locale rispetto al collegamento",
                "Endereço IPv6 de link local", "Link-local IPv6-adres", "Adres IPv6 połączenia lokalnego",
                "Локальный IPv6-адрес канала", "リンクローカル IPv6 アドレス", "本地链接 IPv6 地址", "링크-로컬 IPv6 주소");
        label("IPv4 Address", "IPv4-Adresse", "Adresse IPv4", "Dirección IPv4", "Indirizzo IPv4", "Endereço IPv4",
                "IPv4-adres", "Adres IPv4", "IPv4-адрес", "IPv4 アドレス", "IPv4 地址", "IPv4 주소");
        label("Autoconfiguration IPv4 Address", "IPv4-Adresse (Auto. Konfiguration)", "Autokonfiguration IPv4-Adresse",
                "Adresse IPv4 de configuration automatique", "Dirección IPv4 de configuración automática",
                "Indirizzo IPv4 configurazione automatica", "Endereço IPv4 de Autoconfiguração",
                "Autoconfiguratie IPv4-adres", "Adres IPv4 autokonfiguracji", "Автонастройка IPv4-адреса",
                "自動構成 IPv4 アドレス", "自动配置 IPv4 地址", "자동 구성 IPv4 주소");
        label("IP Address", "IP-Adresse", "Adresse IP", "Dirección IP", "Indirizzo IP", "Endereço IP", "IP-adres",
                "Adres IP", "IP-адрес", "IP アドレス", "IP 地址", "IP 주소");
        label("Subnet Mask", "Subnetzmaske", "Masque de sous-réseau", "Máscara de subred", "Subnet mask",
                "Máscara de Sub-rede", "Subnetmasker", "Maska podsieci", "Маска подсети", "サブネット マスク", "子网掩码",
                "서브넷 마스크");
        label("Default Gateway", "Standardgateway", "Passerelle par défaut", "Puerta de enlace predeterminada",
                "Gateway predefinito", "Gateway Padrão", "Standaardgateway", "Brama domyślna", "Основной шлюз",
                "デフォルト ゲートウェイ", "默认网关", "기본 게이트웨이");
        label("DHCP Server", "DHCP-Server", "Serveur DHCP", "Servidor DHCP", "Server DHCP", "DHCP-server", "Serwer DHCP",
                "DHCP-сервер", "DHCP サーバー", "DHCP 服务器", "DHCP 서버");
        label("DNS Servers", "DNS-Server", "Serveurs DNS", "Servidores DNS", "Server DNS", "DNS-servers", "Serwery DNS",
                "DNS-серверы", "DNS サーバー", "DNS 服务器", "DNS 서버");
        label("NetBIOS over Tcpip", "NetBIOS über TCP/IP", "NetBIOS sur Tcpip", "NetBIOS sobre TCP/IP",
                "NetBIOS su TCP/IP", "NetBIOS em Tcpip", "NetBIOS via TCP/IP", "NetBIOS przez Tcpip",
                "NetBios через TCP/IP", "NetBIOS over TCP/IP", "NetBIOS over TCPIP", "TCPIP 上的 NetBIOS", "Tcpip를 통한 NetBIOS");
        label("Lease Obtained", "Lease erhalten", "Bail obtenu", "Concesión obtenida", "Lease ottenuto",
                "Concessão Obtida", "Lease verkregen", "Dzierżawa uzyskana", "Аренда получена", "リース取得",
                "获得租约的时间", "임대 시작 날짜");
        label("Lease Expires", "Lease läuft ab", "Bail expirant", "Le bail expire", "La concesión expira",
                "Concesión expira", "Scadenza lease", "A concessão expira", "Lease verloopt", "Lease verlopen", "Dzierżawa wygasa",
                "Срок аренды истекает", "リースの有効期限", "租约过期的时间", "임대 만료 날짜");
        label("DHCPv6 IAID", "DHCPv6-IAID", "IAID DHCPv6", "IAID de DHCPv6");
        label("DHCPv6 Client DUID", "DHCPv6-Client-DUID", "DUID client DHCPv6", "DUID de cliente DHCPv6",
                "DUID client DHCPv6", "DUID клиента DHCPv6", "DHCPv6 クライアント DUID", "DHCPv6 客户端 DUID",
                "DHCPv6 클라이언트 DUID");
        label("Primary WINS Server", "Primärer WINS-Server", "Serveur WINS principal", "Servidor WINS principal",
                "Основной WINS-сервер", "プライマリ WINS サーバー", "主 WINS 服务器", "주 WINS 서버");
        label("Connection-specific DNS Suffix Search List", "Lista de búsqueda de sufijos DNS específicos de conexión");

        value("Yes", "Ja", "Oui", "Sí", "Si", "Sì", "Sim", "Tak", "Да", "はい", "是", "예");
        value("No", "Nein", "Non", "Não", "Nee", "Nie", "Нет", "いいえ", "否", "아니요");
        value("Hybrid", "Hybride", "Híbrido", "Ibrido", "Hybrydowy", "Гибридный", "ハイブリッド", "混合", "혼성");
        value("Enabled", "Aktiviert", "Activé", "Habilitado", "Abilitato", "Ingeschakeld", "Włączony", "Включен",
                "有効", "已启用", "사용", "Attivato", "Ativado");
        value("Disabled", "Deaktiviert", "Désactivé", "Deshabilitado", "Disabilitato", "Desabilitado",
                "Uitgeschakeld", "Wyłączony", "Отключен", "無効", "已禁用", "사용 안 함", "Disattivato", "Desativado");
        value("Mixed", "Gemengd", "Gemischt", "Mixte", "Mixto", "Misto", "Mieszany", "Смешанный");
        value("Unknown", "Unbekannt", "Inconnu", "Desconocido", "Sconosciuto", "Desconhecido", "Onbekend", "Nieznany",
                "Неизвестный", "不明", "未知", "알 수 없음");
        value("Media disconnected", "Medium getrennt", "Média déconnecté", "Medios desconectados",
                "Supporto disconnesso", "Mídia desconectada", "Medium ontkoppeld", "Nośnik odłączony",
                "Среда передачи недоступна.", "Среда передачи недоступна", "メディアは接続されていません", "媒体已断开连接",
                "媒体已断开", "미디어 연결 끊김");

        state("Preferred", "Bevorzugt", "Préféré", "Preferido", "Preferito", "Preferenziale", "Preferencial", "Voorkeur", "Preferowany", "Основной",
                "優先", "首选", "기본 설정");
        state("Deprecated", "Veraltet", "Déconseillé", "En desuso", "Deprecato", "Preterido", "Afgeschaft",
                "Przestarzały", "Устаревший", "推奨されない", "已弃用", "사용되지 않음");
        state("Tentative", "Vorläufig", "Provisoire", "Tentativa", "Provvisorio", "Voorlopig", "Wstępny",
                "Предварительный", "仮", "暂定", "임시");
        state("Duplicate", "Doppelt", "Dupliqué", "Duplicado", "Duplicato", "Dubbel", "Zduplikowany", "Дубликат",
                "重複", "重复", "중복");

        type("Ethernet", "Ethernet", "de Ethernet", "イーサネット", "以太网", "이더넷");
        type("Wireless LAN", "Wireless LAN", "Drahtlos-LAN", "Draadloos LAN", "réseau sans fil", "de LAN inalámbrica",
                "LAN wireless", "de Rede sem Fio", "bezprzewodowej sieci LAN", "беспроводной локальной сети", "無線 LAN",
                "无线局域网", "무선 LAN");
        type("Unknown", "Unknown", "Unbekannter", "Onbekende", "inconnue", "desconocido", "sconosciuta", "desconhecido",
                "Nieznana", "Неизвестный", "不明な", "未知", "알 수 없는");
        type("Tunnel", "Tunnel", "Tunnel-", "de túnel", "de Túnel", "tunelowa", "туннельного подключения", "トンネル",
                "隧道", "터널");
        type("PPP", "PPP");
    }

    private IpconfigLabels() {
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void label(String english, String... translations) {
        LABELS.put(key(english), english);
        for (String translation : translations) {
            LABELS.putIfAbsent(key(translation), english);
        }
    }

    private static void value(String english, String... translations) {
        for (String translation : translations) {
            VALUES.put(key(translation), english);
        }
    }

    private static void state(String english, String... translations) {
        ADDRESS_STATES.put(key(english), english);
        for (String translation : translations) {
            ADDRESS_STATES.put(key(translation), english);
        }
    }

    private static void type(String english, String... words) {
        for (String word : words) {
            ADAPTER_TYPES.put(key(word), english);
        }
    }

    /** The English label for {@code label} (without its dot leader), or the label as printed. */
    static String english(String label) {
        return LABELS.getOrDefault(key(label), label.strip());
    }

    static boolean knows(String label) {
        return LABELS.containsKey(key(label));
    }

    /**
     * A value with its translated words in English: yes/no, enabled, hybrid, media disconnected, and the
     * state after an address ({@code (Bevorzugt)} becomes {@code (Preferred)}); other values as printed.
     */
    static String englishValue(String value) {
        String whole = VALUES.get(key(value));
        if (whole != null) {
            return whole;
        }
        Matcher state = STATE.matcher(value);
        if (state.matches()) {
            String english = ADDRESS_STATES.get(key(state.group(3)));
            if (english != null) {
                return state.group(1) + "(" + english + ")";
            }
        }
        return value;
    }

    /** The English adapter type ({@code Ethernet}, {@code Wireless LAN}, {@code Unknown}, {@code Tunnel}, {@code PPP}). */
    static String adapterType(String words) {
        String type = ADAPTER_TYPES.get(key(words));
        return type != null ? type : words.strip();
    }

    /** The longest adapter type the reader knows at the start of {@code text}, followed by a space; else null. */
    static String leadingTypeWords(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return ADAPTER_TYPES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .filter(type -> lower.startsWith(type + " ")).findFirst()
                .map(type -> text.substring(0, type.length())).orElse(null);
    }

    static Set<String> vocabulary() {
        Set<String> words = new LinkedHashSet<>(TITLES);
        List<String> all = new ArrayList<>();
        all.addAll(LABELS.keySet());
        all.addAll(VALUES.keySet());
        all.addAll(ADDRESS_STATES.keySet());
        all.addAll(ADAPTER_TYPES.keySet());
        words.addAll(all);
        return Set.copyOf(words);
    }
}
