package org.triage.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario file: the state of a simulated Windows workstation. Times are given relative to the moment
 * the scenario is opened ("minutes ago"), so a scenario stays current. Field names follow the Windows
 * tools that would report them.
 */
public final class DemoScenario {

    public String name;
    public String title;
    public String description;
    public String hostname;
    public String os;
    public String user;
    /** Minutes before opening that the user's password was changed; null where it was not. */
    public Integer passwordChangedMinutesAgo;
    public Symptom symptom;
    public List<Credential> credentials = new ArrayList<>();
    public List<Vpn> vpnConnections = new ArrayList<>();
    public List<Adapter> adapters = new ArrayList<>();
    /** Routes that exist whatever the VPN state. */
    public List<Route> routes = new ArrayList<>();
    public Proxy proxy = new Proxy();
    public Registration registration = new Registration();
    public Network network = new Network();
    /**
     * Files in folders under the user's application data, by folder as Windows writes it
     * ({@code %LOCALAPPDATA%\Packages\...}): the caches that fixes clear.
     */
    public Map<String, List<File>> userFolders = new LinkedHashMap<>();
    /** Executables running in the user's session, e.g. {@code WINWORD.EXE}. */
    public List<String> runningApplications = new ArrayList<>();
    /** Schannel, WinHTTP and cipher suite settings; Windows 11's defaults where the scenario says nothing. */
    public Tls tls = new Tls();
    /** The clock and its time service; in step and synchronised where the scenario says nothing. */
    public Clock clock = new Clock();

    /**
     * TLS settings under their registry names; a null value is not set. {@code cipherSuites} are the suites Windows
     * enables without a policy; a {@code cipherSuiteOrderPolicy} replaces them, as the group policy does.
     */
    public static final class Tls {
        /** The client side of each SCHANNEL protocol key that exists, by protocol ({@code TLS 1.2}). */
        public Map<String, ProtocolKey> protocols = new LinkedHashMap<>();
        public Integer winHttpDefaultSecureProtocols;
        public Integer schUseStrongCrypto = 1;
        public Integer systemDefaultTlsVersions = 1;
        public List<String> cipherSuites = new ArrayList<>(List.of("TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256",
                "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
                "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"));
        /** The {@code Functions} value of the cipher suite order policy, comma-separated; null where not set. */
        public String cipherSuiteOrderPolicy;
    }

    public static final class ProtocolKey {
        public Integer enabled;
        public Integer disabledByDefault;
    }

    public static final class Clock {
        /** How far the workstation's clock is ahead of the real time (negative: behind). */
        public int offsetSeconds;
        /** The Windows Time service's source, as {@code w32tm /query /status} names it. */
        public String source = "time.windows.com,0x9";
        /** Minutes since the last successful synchronisation; null where it never synchronised. */
        public Integer lastSyncMinutesAgo = 45;
    }

    /** The token broker (Web Account Manager's AAD BrokerPlugin): its state and what its log holds. */
    public TokenBroker tokenBroker = new TokenBroker();

    public static final class TokenBroker {
        /**
         * What is damaged in the broker: {@code package} (its package registration: registering it again repairs
         * it), {@code cache} (its cached state under LocalState: clearing that repairs it); null where it works.
         * While damaged, every sign-in the workstation attempts writes another failure as the scenario's own.
         */
        public String damaged;
        /** The Microsoft-Windows-AAD/Operational events of the last seven days, as Windows wrote them. */
        public List<AadEvent> events = new ArrayList<>();
    }

    /** One AAD Operational event: its message and data values verbatim, its time relative to opening. */
    public static final class AadEvent {
        public Integer minutesAgo;
        public int id;
        public String level = "Error";
        public String message;
        public List<String> properties = new ArrayList<>();
    }

    public static final class Symptom {
        public String code;
        public String application;
        public String description;
    }

    public static final class Credential {
        public String targetName;
        public String type = "Generic";
        public String user;
        public String persistence = "Local machine";
        public Integer writtenMinutesAgo;
    }

    public static final class File {
        public String name;
        public Integer writtenMinutesAgo;
    }

    public static final class Vpn {
        public String name;
        public String serverAddress;
        public String tunnelType = "Automatic";
        public boolean splitTunneling;
        public String connectionStatus = "Disconnected";
        public Integer idleDisconnectSeconds = 0;
        public boolean allUserConnection;
        /** Minutes before opening that the current session began; null where the connection is down. */
        public Integer connectedMinutesAgo;
        /**
         * A gateway that stops passing a session's sign-in traffic once the session is this many minutes old (its
         * user mapping expires) until the VPN connects again; null where it never does.
         */
        public Integer signInBlockedAfterMinutes;
        /**
         * The VPN product (a {@code org.triage.core.target.VpnClient} name such as {@code GLOBALPROTECT}); null for a
         * Windows VPN profile. A third-party client's connection is not listed by Get-VpnConnection; its adapter and
         * routes show it.
         */
        public String client;
        /** Get-VpnConnection's RememberCredential; null where not said. */
        public Boolean rememberCredential;
        /** Get-VpnConnection's AuthenticationMethod, e.g. {@code MsChapv2}, {@code Eap}. */
        public List<String> authenticationMethod = new ArrayList<>(List.of("Eap"));
        /** Minutes before opening that the remembered credential was saved; null where it is not remembered. */
        public Integer credentialSavedMinutesAgo;
        /** The PPP adapter this connection brings up. */
        public Adapter adapter;
        /** Routes the connection installs while connected. */
        public List<Route> routes = new ArrayList<>();
    }

    public static final class Adapter {
        public String name;
        public String kind = "Ethernet";
        public String description;
        public String physicalAddress;
        public List<String> ipv4Addresses = new ArrayList<>();
        public String subnetMask = "255.255.255.0";
        public List<String> gateways = new ArrayList<>();
        public List<String> dnsServers = new ArrayList<>();
        public String dnsSuffix;
        public boolean connected = true;
        public boolean dhcp = true;
    }

    public static final class Route {
        public String destinationPrefix;
        public String nextHop;
        public String interfaceAlias;
        public Integer interfaceIndex;
        public Integer routeMetric;
    }

    public static final class Proxy {
        public List<String> servers = new ArrayList<>();
        public List<String> bypass = new ArrayList<>();
    }

    public static final class Registration {
        public boolean azureAdJoined = true;
        public boolean domainJoined;
        public boolean workplaceJoined;
        public String tenantName = "Contoso";
        public String tenantId;
        public String deviceId;
        public String thumbprint;
        /** Whether the device object is enabled in Entra ID. */
        public boolean deviceEnabled = true;
        public Integer prtUpdatedMinutesAgo;
        /**
         * The Diagnostic Data fields of the last failed join attempt of a domain-joined device that is not joined to
         * Entra ID ({@code DRS Discovery Test}, {@code Error Phase}, {@code Client ErrorCode}...), as dsregcmd prints
         * them; cleared when the device joins.
         */
        public Map<String, String> joinDiagnostics = new LinkedHashMap<>();
    }

    public static final class Network {
        /** While true, the DNS cache holds stale negative answers for the sign-in endpoints. */
        public boolean staleDnsCache;
        /** Hosts whose TCP connections fail (blocked by a firewall in the tunnel). */
        public List<String> blockedHosts = new ArrayList<>();
        public Map<String, List<String>> addresses = new LinkedHashMap<>();
        public int latencyMillis = 30;
        /**
         * How long the endpoint tests take before they answer: a VPN that delays token requests. Cancelling
         * interrupts the wait.
         */
        public int probeDelayMillis;
    }
}
