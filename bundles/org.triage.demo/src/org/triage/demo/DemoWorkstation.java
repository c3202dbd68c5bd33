package org.triage.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.triage.core.probe.Microsoft365Credentials;
import org.triage.core.target.CachedCredential;
import org.triage.core.target.DeviceRegistration;
import org.triage.core.target.Endpoint;
import org.triage.core.target.EndpointCheck;
import org.triage.core.target.NetworkAdapter;
import org.triage.core.target.ProxySettings;
import org.triage.core.target.Route;
import org.triage.core.target.UserProfilePath;
import org.triage.core.target.VpnConnection;
import org.triage.formats.AadOperationalEvent;

/**
 * The simulated workstation: a scenario's state, which actions really change, and from which every
 * reading is derived. Its sign-in behaves as Windows does in the 0x8004de40 case: the token broker
 * renews the PRT only when the endpoints are reachable, the device is enabled in Entra ID, no stale
 * Microsoft 365 credential makes it sign in with the old password and its own account cache holds no token
 * issued before the password change.
 */
final class DemoWorkstation {

    /** The Web Account Manager's token broker (AAD.BrokerPlugin) package folder. */
    static final UserProfilePath TOKEN_BROKER = UserProfilePath
            .parse("%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy");
    /** The token broker's account cache. */
    static final UserProfilePath TOKEN_BROKER_ACCOUNTS = UserProfilePath.parse(TOKEN_BROKER + "\\AC\\TokenBroker\\Accounts");
    /** The token broker's cached state. */
    static final UserProfilePath TOKEN_BROKER_STATE = UserProfilePath.parse(TOKEN_BROKER + "\\LocalState");
    /** What a damaged broker can be: its package registration, or its cached state. */
    static final String DAMAGED_PACKAGE = "package";
    static final String DAMAGED_CACHE = "cache";
    /** Applications that hold the token broker's files open while they run: Office and Teams. */
    private static final Set<String> BROKER_CLIENTS = Set.of("WINWORD.EXE", "EXCEL.EXE", "POWERPNT.EXE",
            "OUTLOOK.EXE", "ONENOTE.EXE", "MSACCESS.EXE", "MSPUB.EXE", "LYNC.EXE", "MS-TEAMS.EXE");

    /** A file in a folder under the user's application data. */
    record DemoFile(UserProfilePath folder, String name, Instant written) {

        String path() {
            return folder + "\\" + name;
        }
    }

    /** What clearing a folder did: the files deleted, or the application whose open file stopped it. */
    record Cleared(List<DemoFile> deleted, DemoFile inUse, String inUseBy) {
    }

    private static final Duration PRT_RENEWAL_INTERVAL = Duration.ofHours(4);
    private static final Duration PRT_LIFETIME = Duration.ofDays(14);

    private static final DateTimeFormatter DSREGCMD_TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DemoScenario scenario;
    private final Instant openedAt;
    private final Instant passwordChangedAt;
    private final List<CachedCredential> credentials = new ArrayList<>();
    private final List<DemoFile> files = new ArrayList<>();
    private final Set<String> runningApplications = new LinkedHashSet<>();
    /** When each connected VPN's session began, by profile name. */
    private final Map<String, Instant> vpnConnectedAt = new LinkedHashMap<>();
    private Instant prtUpdatedAt;
    private Instant lastAttemptAt;
    /** The AAD Operational log: the scenario's events and those the workstation wrote since it was opened. */
    private final List<AadOperationalEvent> aadLog = new ArrayList<>();

    /** @throws IllegalArgumentException where the scenario names a folder or application that cannot be */
    DemoWorkstation(DemoScenario scenario, Instant openedAt) {
        this.scenario = scenario;
        this.openedAt = openedAt;
        this.passwordChangedAt = minutesAgo(scenario.passwordChangedMinutesAgo);
        for (DemoScenario.Credential credential : scenario.credentials) {
            credentials.add(new CachedCredential(targetOf(credential), credential.targetName, credential.type,
                    credential.user, credential.persistence, minutesAgo(credential.writtenMinutesAgo)));
        }
        scenario.userFolders.forEach((folder, entries) -> {
            UserProfilePath path = UserProfilePath.parse(folder);
            for (DemoScenario.File file : entries) {
                UserProfilePath.parse(path + "\\" + file.name); // a plain name, no path of its own
                files.add(new DemoFile(path, file.name, minutesAgo(file.writtenMinutesAgo)));
            }
        });
        scenario.runningApplications.forEach(image -> runningApplications.add(image.toUpperCase(Locale.ROOT)));
        this.prtUpdatedAt = minutesAgo(scenario.registration.prtUpdatedMinutesAgo);
        for (DemoScenario.Vpn vpn : scenario.vpnConnections) {
            if (isConnected(vpn) && vpn.connectedMinutesAgo != null) {
                vpnConnectedAt.put(vpn.name, minutesAgo(vpn.connectedMinutesAgo));
            }
        }
        this.lastAttemptAt = openedAt.minus(Duration.ofMinutes(7));
        String damaged = scenario.tokenBroker.damaged;
        if (damaged != null && !damaged.equals(DAMAGED_PACKAGE) && !damaged.equals(DAMAGED_CACHE)) {
            throw new IllegalArgumentException("tokenBroker.damaged is '" + damaged + "'; it is '" + DAMAGED_PACKAGE
                    + "', '" + DAMAGED_CACHE + "' or absent");
        }
        for (DemoScenario.AadEvent event : scenario.tokenBroker.events) {
            if (event.minutesAgo == null || event.message == null) {
                throw new IllegalArgumentException("an AAD Operational event of tokenBroker.events needs minutesAgo and"
                        + " message");
            }
            aadLog.add(new AadOperationalEvent(minutesAgo(event.minutesAgo), event.id, event.level, event.message,
                    event.properties));
        }
    }

    private static String targetOf(DemoScenario.Credential credential) {
        String prefix = switch (credential.type) {
            case "Domain Password", "Domain Certificate", "Domain Extended" -> "Domain:target=";
            default -> "LegacyGeneric:target=";
        };
        return prefix + credential.targetName;
    }

    private Instant minutesAgo(Integer minutes) {
        return minutes == null ? null : openedAt.minus(Duration.ofMinutes(minutes));
    }

    DemoScenario scenario() {
        return scenario;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    // --- what probes read -------------------------------------------------------------------------------

    List<CachedCredential> credentials() {
        return List.copyOf(credentials);
    }

    /** The Windows VPN profiles; a third-party client's connection is not among them, as Get-VpnConnection has it. */
    List<VpnConnection> vpnConnections() {
        return scenario.vpnConnections.stream().filter(vpn -> vpn.client == null).map(vpn -> new VpnConnection(
                vpn.name, vpn.serverAddress, vpn.tunnelType, vpn.splitTunneling, vpn.connectionStatus,
                vpn.idleDisconnectSeconds, vpn.allUserConnection, vpnConnectedAt.get(vpn.name), vpn.rememberCredential,
                vpn.authenticationMethod)).toList();
    }

    /** The connections that are Windows VPN profiles, as Get-VpnConnection and the RasClient events know them. */
    List<DemoScenario.Vpn> windowsProfiles() {
        return scenario.vpnConnections.stream().filter(vpn -> vpn.client == null).toList();
    }

    /** Whether the profile would dial with a remembered password from before the password change. */
    boolean remembersOldPassword(String name) {
        DemoScenario.Vpn vpn = vpn(name);
        Instant saved = minutesAgo(vpn.credentialSavedMinutesAgo);
        return Boolean.TRUE.equals(vpn.rememberCredential) && passwordChangedAt != null && saved != null
                && saved.isBefore(passwordChangedAt);
    }

    /** The user signed in to the VPN with the current password, which the profile now remembers. */
    void rememberCurrentPassword(String name) {
        DemoScenario.Vpn vpn = vpn(name);
        if (Boolean.TRUE.equals(vpn.rememberCredential)) {
            vpn.credentialSavedMinutesAgo = 0;
        }
    }

    /** The product a VPN connection belongs to; null for a Windows profile. */
    String clientOf(String name) {
        DemoScenario.Vpn vpn = vpn(name);
        return vpn == null ? null : vpn.client;
    }

    /** When the connected VPNs' sessions began, by profile name. */
    Map<String, Instant> vpnSessions() {
        Map<String, Instant> sessions = new LinkedHashMap<>(vpnConnectedAt);
        sessions.keySet().removeIf(name -> vpn(name).client != null);
        return Map.copyOf(sessions);
    }

    /** Whether a connected VPN's gateway has stopped passing this session's sign-in traffic. */
    private boolean signInBlockedByVpnSession() {
        Instant now = Instant.now();
        return scenario.vpnConnections.stream().filter(DemoWorkstation::isConnected)
                .filter(vpn -> vpn.signInBlockedAfterMinutes != null && vpnConnectedAt.get(vpn.name) != null)
                .anyMatch(vpn -> Duration.between(vpnConnectedAt.get(vpn.name), now)
                        .compareTo(Duration.ofMinutes(vpn.signInBlockedAfterMinutes)) > 0);
    }

    List<NetworkAdapter> adapters() {
        List<NetworkAdapter> adapters = new ArrayList<>();
        for (DemoScenario.Adapter adapter : scenario.adapters) {
            adapters.add(adapter(adapter, false));
        }
        for (DemoScenario.Vpn vpn : scenario.vpnConnections) {
            if (vpn.adapter != null && isConnected(vpn)) {
                adapters.add(adapter(vpn.adapter, true));
            }
        }
        return adapters;
    }

    /** The adapters as the scenario declares them, VPN adapters of connected profiles included. */
    List<DemoScenario.Adapter> adapterStates() {
        List<DemoScenario.Adapter> adapters = new ArrayList<>(scenario.adapters);
        scenario.vpnConnections.stream().filter(vpn -> vpn.adapter != null && isConnected(vpn))
                .forEach(vpn -> adapters.add(vpn.adapter));
        return adapters;
    }

    private static NetworkAdapter adapter(DemoScenario.Adapter adapter, boolean tunnel) {
        return new NetworkAdapter(adapter.name, adapter.kind, adapter.description, adapter.ipv4Addresses,
                adapter.gateways, adapter.dnsServers, adapter.dnsSuffix, adapter.connected,
                tunnel || "PPP".equalsIgnoreCase(adapter.kind));
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        scenario.routes.forEach(route -> routes.add(route(route)));
        scenario.vpnConnections.stream().filter(DemoWorkstation::isConnected)
                .forEach(vpn -> vpn.routes.forEach(route -> routes.add(route(route))));
        return routes;
    }

    private static Route route(DemoScenario.Route route) {
        return new Route(route.destinationPrefix, route.nextHop, route.interfaceAlias, route.interfaceIndex,
                route.routeMetric);
    }

    ProxySettings proxy() {
        return new ProxySettings("WinHTTP", scenario.proxy.servers.isEmpty(), scenario.proxy.servers,
                scenario.proxy.bypass, null);
    }

    List<EndpointCheck> endpoints(List<Endpoint> endpoints) throws InterruptedException {
        if (scenario.network.probeDelayMillis > 0) {
            Thread.sleep(scenario.network.probeDelayMillis);
        }
        List<EndpointCheck> checks = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            long latency = scenario.network.latencyMillis + (isAnyVpnConnected() ? 40 : 0);
            if (scenario.network.staleDnsCache) {
                checks.add(new EndpointCheck(endpoint, false, List.of(), null, null, null, null, "direct", 2L,
                        "DNS name does not exist (cached negative answer)"));
                continue;
            }
            List<String> addresses = scenario.network.addresses.getOrDefault(endpoint.host(), List.of());
            boolean blocked = scenario.network.blockedHosts.contains(endpoint.host()) || signInBlockedByVpnSession();
            String tls = "TLSv1.3 TLS_AES_256_GCM_SHA384, issued by Microsoft Azure RSA TLS Issuing CA 03";
            // the steps as the live suite times them: a handshake takes two round trips, a request one
            List<EndpointCheck.Step> steps = new ArrayList<>();
            steps.add(new EndpointCheck.Step(EndpointCheck.Step.DNS, true, 3, false, endpoint.host() + " -> "
                    + String.join(", ", addresses)));
            if (blocked) {
                steps.add(new EndpointCheck.Step(EndpointCheck.Step.TCP, false, 21_000, true,
                        "no answer on port 443 within 21 s"));
            } else {
                steps.add(new EndpointCheck.Step(EndpointCheck.Step.TCP, true, latency, false, "connected"));
                steps.add(new EndpointCheck.Step(EndpointCheck.Step.TLS, true, 2 * latency, false, tls));
                steps.add(new EndpointCheck.Step(EndpointCheck.Step.HTTP, true, latency, false, "HTTP/1.1 200 OK"));
            }
            long total = steps.stream().mapToLong(EndpointCheck.Step::elapsedMillis).sum();
            // the answer's Date header is Microsoft's time; the workstation's clock is off by the scenario's offset
            Instant serverDate = blocked ? null : Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            checks.add(new EndpointCheck(endpoint, true, addresses, !blocked, blocked ? null : true, blocked ? null : tls,
                    blocked ? null : 200, "direct", total, blocked ? "TCP connect to port 443 timed out" : null, null,
                    null, steps, null, serverDate, blocked ? null : clockOffset().toMillis()));
        }
        return checks;
    }

    /** The AAD Operational log, newest first, as Get-WinEvent lists it. */
    List<AadOperationalEvent> aadEvents() {
        return aadLog.stream().sorted(Comparator.comparing(AadOperationalEvent::timeCreated).reversed()).toList();
    }

    /** dsregcmd /status, section by section, as Windows 10/11 print it. */
    DeviceRegistration registration() {
        DemoScenario.Registration reg = scenario.registration;
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> deviceState = new LinkedHashMap<>();
        deviceState.put("AzureAdJoined", yesNo(reg.azureAdJoined));
        deviceState.put("EnterpriseJoined", "NO");
        deviceState.put("DomainJoined", yesNo(reg.domainJoined));
        if (reg.domainJoined) {
            deviceState.put("DomainName", "CONTOSO");
        }
        deviceState.put("Virtual Desktop", "NOT SET");
        deviceState.put("Device Name", scenario.hostname.toLowerCase(Locale.ROOT) + ".contoso.com");
        sections.put("Device State", deviceState);

        if (reg.azureAdJoined) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("DeviceId", reg.deviceId);
            details.put("Thumbprint", reg.thumbprint);
            details.put("DeviceCertificateValidity", "[ 2025-03-02 09:12:40.000 UTC -- 2035-03-02 09:42:40.000 UTC ]");
            details.put("KeyContainerId", "e2f81c6b-5b7a-4d8c-9c1a-0b37a0d8b1f4");
            details.put("KeyProvider", "Microsoft Platform Crypto Provider");
            details.put("TpmProtected", "YES");
            details.put("DeviceAuthStatus", reg.deviceEnabled ? "SUCCESS" : "FAILED. Device is either disabled or deleted");
            sections.put("Device Details", details);

            Map<String, String> tenant = new LinkedHashMap<>();
            tenant.put("TenantName", reg.tenantName);
            tenant.put("TenantId", reg.tenantId);
            tenant.put("AuthCodeUrl", "https://login.microsoftonline.com/" + reg.tenantId + "/oauth2/authorize");
            tenant.put("AccessTokenUrl", "https://login.microsoftonline.com/" + reg.tenantId + "/oauth2/token");
            tenant.put("MdmUrl", "https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc");
            tenant.put("JoinSrvVersion", "2.0");
            tenant.put("JoinSrvUrl", "https://enterpriseregistration.windows.net/EnrollmentServer/device/");
            tenant.put("JoinSrvId", "urn:ms-drs:enterpriseregistration.windows.net");
            tenant.put("KeySrvVersion", "1.0");
            tenant.put("KeySrvUrl", "https://enterpriseregistration.windows.net/EnrollmentServer/key/");
            tenant.put("KeySrvId", "urn:ms-drs:enterpriseregistration.windows.net");
            tenant.put("DomainJoinMethod", "Unknown");
            sections.put("Tenant Details", tenant);
        }

        Map<String, String> userState = new LinkedHashMap<>();
        userState.put("NgcSet", "YES");
        userState.put("NgcKeyId", "{6C3E2D6F-2D83-4E44-9E6B-4F3C0B51C1A4}");
        userState.put("CanReset", "DestructiveAndNonDestructive");
        userState.put("WorkplaceJoined", yesNo(reg.workplaceJoined));
        userState.put("WamDefaultSet", "YES");
        userState.put("WamDefaultAuthority", "organizations");
        userState.put("WamDefaultId", "https://login.microsoft.com");
        userState.put("WamDefaultGUID", "{B16898C6-A148-4967-9171-64D755DA8520} (AzureAd)");
        sections.put("User State", userState);

        Map<String, String> sso = new LinkedHashMap<>();
        PrtAttempt attempt = prtAttempt();
        Instant now = Instant.now();
        if (attempt == PrtAttempt.SUCCEEDED) {
            // the broker renews a PRT issued before the password change, and any PRT every four hours
            boolean current = prtUpdatedAt != null
                    && (passwordChangedAt == null || prtUpdatedAt.isAfter(passwordChangedAt))
                    && prtUpdatedAt.isAfter(now.minus(PRT_RENEWAL_INTERVAL));
            prtUpdatedAt = current ? prtUpdatedAt : now;
        }
        // a renewal that cannot reach Entra ID leaves the PRT it has until that expires
        boolean hasPrt = reg.azureAdJoined && (attempt == PrtAttempt.SUCCEEDED || (attempt == PrtAttempt.NETWORK
                && prtUpdatedAt != null && prtUpdatedAt.plus(PRT_LIFETIME).isAfter(now)));
        sso.put("AzureAdPrt", yesNo(hasPrt));
        if (hasPrt) {
            sso.put("AzureAdPrtUpdateTime", DSREGCMD_TIME.format(prtUpdatedAt));
            sso.put("AzureAdPrtExpiryTime", DSREGCMD_TIME.format(prtUpdatedAt.plus(PRT_LIFETIME)));
        }
        if (reg.azureAdJoined) {
            sso.put("AzureAdPrtAuthority", "https://login.microsoftonline.com/" + reg.tenantId);
        }
        sso.put("EnterprisePrt", "NO");
        sso.put("EnterprisePrtAuthority", "");
        if (attempt != PrtAttempt.SUCCEEDED && reg.azureAdJoined) {
            sso.put("AcquirePrtDiagnostics", "PRESENT");
            sso.put("Previous Prt Attempt", DSREGCMD_TIME.format(lastAttemptAt));
            attempt.describe(sso, scenario.user, reg.tenantId);
        }
        sections.put("SSO State", sso);

        Map<String, String> diagnostic = new LinkedHashMap<>();
        if (!reg.azureAdJoined && reg.domainJoined) {
            diagnostic.putAll(reg.joinDiagnostics);
        }
        diagnostic.put("AadRecoveryEnabled", "NO");
        diagnostic.put("Executing Account Name", executingAccount() + ", " + scenario.user);
        diagnostic.put("KeySignTest", "PASSED");
        diagnostic.put("DisplayNameUpdated", "YES");
        diagnostic.put("OsVersionUpdated", "YES");
        diagnostic.put("HostNameUpdated", "YES");
        diagnostic.put("Last HostName Update", "NONE");
        sections.put("Diagnostic Data", diagnostic);
        return new DeviceRegistration(sections);
    }

    /** The user's Windows account, {@code CONTOSO\\alex}. */
    String executingAccount() {
        return "CONTOSO\\" + scenario.user.split("@")[0];
    }

    private static String yesNo(boolean value) {
        return value ? "YES" : "NO";
    }

    /** How the token broker's last PRT request went, given the state of the machine now. */
    enum PrtAttempt {
        SUCCEEDED, DEVICE_DISABLED, NETWORK, PASSWORD_REJECTED, GRANT_REVOKED;

        void describe(Map<String, String> sso, String user, String tenantId) {
            if (this == SUCCEEDED) {
                return;
            }
            String correlation = UUID.nameUUIDFromBytes((user + name()).getBytes()).toString();
            sso.put("Attempt Status", switch (this) {
                case PASSWORD_REJECTED, GRANT_REVOKED -> "0xc000006d";
                case NETWORK -> "0xc00484b2";
                default -> "0xc0000022";
            });
            sso.put("User Identity", user);
            sso.put("Credential Type", "Password");
            sso.put("Correlation ID", correlation);
            sso.put("Endpoint URI", "https://login.microsoftonline.com/" + tenantId + "/oauth2/token/");
            sso.put("HTTP Method", "POST");
            if (this == NETWORK) {
                sso.put("HTTP Error", "0x80072ee7");
                sso.put("HTTP status", "0");
                return;
            }
            sso.put("HTTP Error", "0x0");
            sso.put("HTTP status", "400");
            sso.put("Server Error Code", "invalid_grant");
            sso.put("Server Error Description", switch (this) {
                case PASSWORD_REJECTED -> "AADSTS50126: Error validating credentials due to invalid username or password. "
                        + "Trace ID: 0b5d3c1e-7d7a-4a53-9a4f-2f0b1e4c6500 Correlation ID: " + correlation;
                case GRANT_REVOKED -> "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth"
                        + " token is needed. The user might have changed or reset their password. Correlation ID: "
                        + correlation;
                default -> "AADSTS135011: Device used during the authentication is disabled. Correlation ID: " + correlation;
            });
        }
    }

    PrtAttempt prtAttempt() {
        if (!scenario.registration.deviceEnabled) {
            return PrtAttempt.DEVICE_DISABLED;
        }
        if (scenario.network.staleDnsCache || scenario.network.blockedHosts.contains("login.microsoftonline.com")
                || signInBlockedByVpnSession()) {
            return PrtAttempt.NETWORK;
        }
        if (passwordChangedAt != null && credentials.stream().anyMatch(c -> Microsoft365Credentials.matches(c)
                && c.lastWritten() != null && c.lastWritten().isBefore(passwordChangedAt))) {
            return PrtAttempt.PASSWORD_REJECTED;
        }
        if (passwordChangedAt != null && files.stream().anyMatch(file -> file.folder().isWithin(TOKEN_BROKER_ACCOUNTS)
                && file.written() != null && file.written().isBefore(passwordChangedAt))) {
            return PrtAttempt.GRANT_REVOKED;
        }
        return PrtAttempt.SUCCEEDED;
    }

    // --- what actions change -----------------------------------------------------------------------------

    boolean removeCredential(String targetName) {
        return credentials.removeIf(c -> c.targetName().equalsIgnoreCase(targetName));
    }

    boolean hasVpn(String name) {
        return vpn(name) != null;
    }

    /** A connection by its profile name, or a client's connection by the name of the adapter it brings up. */
    private DemoScenario.Vpn vpn(String name) {
        return scenario.vpnConnections.stream().filter(v -> v.name.equalsIgnoreCase(name)
                || (v.client != null && v.adapter != null && name.equalsIgnoreCase(v.adapter.name))).findFirst()
                .orElse(null);
    }

    private static boolean isConnected(DemoScenario.Vpn vpn) {
        return "Connected".equalsIgnoreCase(vpn.connectionStatus);
    }

    boolean isAnyVpnConnected() {
        return scenario.vpnConnections.stream().anyMatch(DemoWorkstation::isConnected);
    }

    void setVpnConnected(String name, boolean connected) {
        DemoScenario.Vpn vpn = vpn(name);
        vpn.connectionStatus = connected ? "Connected" : "Disconnected";
        if (connected) {
            vpnConnectedAt.put(vpn.name, Instant.now());
        } else {
            vpnConnectedAt.remove(vpn.name);
        }
    }

    /** Flushing the DNS cache drops the stale negative answers. */
    void flushDns() {
        scenario.network.staleDnsCache = false;
    }

    /**
     * Re-joining creates a new, enabled device object in Entra ID with a new id and certificate; disconnecting the
     * work account removes its accounts, and the tokens they held, from the token broker's cache.
     */
    void reregisterDevice() {
        files.removeIf(file -> file.folder().isWithin(TOKEN_BROKER_ACCOUNTS));
        DemoScenario.Registration reg = scenario.registration;
        reg.deviceEnabled = true;
        if (reg.domainJoined) {
            // the Automatic-Device-Join task joins a hybrid device again; the failed attempt's diagnostics go
            reg.azureAdJoined = true;
            reg.joinDiagnostics.clear();
        }
        reg.deviceId = UUID.nameUUIDFromBytes((reg.deviceId + "-rejoined").getBytes()).toString();
        reg.thumbprint = Integer.toHexString(reg.deviceId.hashCode()).toUpperCase(Locale.ROOT) + "9A41C0D2E7F3B5A8C6D4E2F0A1B3C5D7E9F1";
        prtUpdatedAt = null;
        lastAttemptAt = Instant.now();
    }

    /** An Entra ID administrator enabled the device object; the next PRT request is accepted. */
    boolean enableDevice(String deviceId) {
        DemoScenario.Registration reg = scenario.registration;
        if (reg.deviceId == null || !reg.deviceId.equalsIgnoreCase(deviceId)) {
            return false;
        }
        reg.deviceEnabled = true;
        lastAttemptAt = Instant.now();
        return true;
    }

    void signInAgain() {
        lastAttemptAt = Instant.now();
    }

    /**
     * Deletes the files in the folder and below it. While an Office application runs, the token broker's
     * files are in use and nothing under its folder is deleted.
     */
    Cleared clearFolder(UserProfilePath folder) {
        List<DemoFile> inFolder = files.stream().filter(file -> file.folder().isWithin(folder)).toList();
        String holder = runningApplications.stream().filter(BROKER_CLIENTS::contains).findFirst().orElse(null);
        if (holder != null) {
            DemoFile held = inFolder.stream().filter(file -> file.folder().isWithin(TOKEN_BROKER)).findFirst().orElse(null);
            if (held != null) {
                return new Cleared(List.of(), held, holder);
            }
        }
        files.removeAll(inFolder);
        lastAttemptAt = Instant.now();
        if (DAMAGED_CACHE.equals(scenario.tokenBroker.damaged) && TOKEN_BROKER_STATE.isWithin(folder)) {
            brokerReset(true);
        } else if (scenario.tokenBroker.damaged != null && folder.isWithin(TOKEN_BROKER)) {
            brokerReset(false);
        }
        return new Cleared(inFolder, null, null);
    }

    /** Whether the command is Microsoft's re-registration of the AAD BrokerPlugin package from SystemApps. */
    static boolean registersBrokerPackage(String executable, List<String> arguments) {
        String line = String.join(" ", arguments).toLowerCase(Locale.ROOT);
        return executable.toLowerCase(Locale.ROOT).startsWith("powershell") && line.contains("add-appxpackage -register")
                && line.contains("systemapps\\microsoft.aad.brokerplugin_cw5n1h2txyewy\\appxmanifest.xml");
    }

    /**
     * Add-AppxPackage -Register -ForceApplicationShutdown: the apps that use the broker end, and a damaged package
     * registration is whole again.
     */
    void registerBrokerPackage() {
        runningApplications.removeAll(BROKER_CLIENTS);
        lastAttemptAt = Instant.now();
        brokerReset(DAMAGED_PACKAGE.equals(scenario.tokenBroker.damaged));
    }

    /**
     * After the broker was reset the user signs in again: where it works now, that sign-in issues a new PRT; where it
     * is still damaged, the sign-in fails as the scenario's last 1098 did, and the log gains that failure.
     */
    private void brokerReset(boolean repaired) {
        if (repaired) {
            scenario.tokenBroker.damaged = null;
            prtUpdatedAt = null;
            return;
        }
        if (scenario.tokenBroker.damaged == null) {
            return;
        }
        aadLog.stream().filter(event -> event.id() == 1098).max(Comparator.comparing(AadOperationalEvent::timeCreated))
                .ifPresent(last -> aadLog.add(new AadOperationalEvent(Instant.now(), last.id(), last.level(),
                        last.message(), last.properties())));
    }

    /** Whether the application was running; afterwards it is not. */
    boolean closeApplication(String imageName) {
        return runningApplications.remove(imageName.toUpperCase(Locale.ROOT));
    }

    List<DemoFile> files() {
        return List.copyOf(files);
    }

    Set<String> runningApplications() {
        return Set.copyOf(runningApplications);
    }

    // --- TLS settings and the clock ----------------------------------------------------------------------

    /** IANA numbers of the cipher suites Windows 11 knows, for {@code Get-TlsCipherSuite}'s {@code CipherSuite}. */
    private static final Map<String, Integer> SUITE_IDS = Map.ofEntries(Map.entry("TLS_AES_256_GCM_SHA384", 0x1302),
            Map.entry("TLS_AES_128_GCM_SHA256", 0x1301), Map.entry("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", 0xC02C),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", 0xC02B),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", 0xC030),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 0xC02F),
            Map.entry("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", 0x009F), Map.entry("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", 0x009E),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", 0xC024),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", 0xC023),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", 0xC028),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", 0xC027));
    private static final int TLS12 = 0x0303;
    private static final int TLS13 = 0x0304;

    /**
     * The TLS settings as the registry and Get-TlsCipherSuite show them: a cipher suite order policy replaces the
     * suites Windows enables by itself, as Schannel then offers only the suites it lists.
     */
    org.triage.core.target.TlsSettings tlsSettings() {
        DemoScenario.Tls tls = scenario.tls;
        List<org.triage.core.target.TlsSettings.Protocol> protocols = new ArrayList<>();
        tls.protocols.forEach((name, key) -> protocols.add(new org.triage.core.target.TlsSettings.Protocol(name,
                key.enabled, key.disabledByDefault)));
        List<String> policy = policy();
        List<String> enabled = policy != null ? policy.stream().filter(SUITE_IDS::containsKey).toList() : tls.cipherSuites;
        List<org.triage.core.target.TlsSettings.CipherSuite> suites = enabled.stream()
                .map(name -> new org.triage.core.target.TlsSettings.CipherSuite(name, SUITE_IDS.get(name),
                        name.startsWith("TLS_AES") ? List.of(TLS13) : List.of(TLS12)))
                .toList();
        return new org.triage.core.target.TlsSettings(protocols, tls.winHttpDefaultSecureProtocols, tls.schUseStrongCrypto,
                tls.systemDefaultTlsVersions, suites, policy);
    }

    private List<String> policy() {
        String functions = scenario.tls.cipherSuiteOrderPolicy;
        return functions == null ? null : java.util.Arrays.stream(functions.split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
    }

    /** What a registry write did: null where it was done, otherwise why not. */
    String setRegistryValue(org.triage.core.target.TargetAction.SetRegistryValue set) {
        DemoScenario.Tls tls = scenario.tls;
        String key = set.key();
        String current;
        java.util.function.Consumer<String> write;
        if (key.startsWith(org.triage.core.target.TlsSettings.SCHANNEL_PROTOCOLS + "\\") && key.endsWith("\\Client")) {
            String protocol = key.substring(org.triage.core.target.TlsSettings.SCHANNEL_PROTOCOLS.length() + 1,
                    key.length() - "\\Client".length());
            DemoScenario.ProtocolKey client = tls.protocols.computeIfAbsent(protocol, p -> new DemoScenario.ProtocolKey());
            switch (set.name()) {
                case "Enabled" -> {
                    current = text(client.enabled);
                    write = value -> client.enabled = integer(value);
                }
                case "DisabledByDefault" -> {
                    current = text(client.disabledByDefault);
                    write = value -> client.disabledByDefault = integer(value);
                }
                default -> {
                    return "the demo workstation has no value " + set.subject();
                }
            }
        } else if (key.equals(org.triage.core.target.TlsSettings.WINHTTP_KEY) && set.name().equals("DefaultSecureProtocols")) {
            current = text(tls.winHttpDefaultSecureProtocols);
            write = value -> tls.winHttpDefaultSecureProtocols = integer(value);
        } else if (key.equals(org.triage.core.target.TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY)
                && set.name().equals(org.triage.core.target.TlsSettings.CIPHER_SUITE_ORDER_POLICY_VALUE)) {
            current = tls.cipherSuiteOrderPolicy;
            write = value -> tls.cipherSuiteOrderPolicy = value;
        } else {
            return "the demo workstation has no value " + set.subject();
        }
        if (!java.util.Objects.equals(current, set.before())) {
            return set.subject() + " is " + (current == null ? "not set" : current) + " now, not "
                    + (set.before() == null ? "unset" : set.before()) + " as when the step was planned; nothing was changed";
        }
        write.accept(set.after());
        return null;
    }

    private static String text(Integer value) {
        return value == null ? null : Long.toString(value & 0xFFFFFFFFL);
    }

    private static Integer integer(String value) {
        return value == null ? null : (int) Long.parseLong(value);
    }

    /** How far the clock is ahead of the real time now. */
    Duration clockOffset() {
        return Duration.ofSeconds(scenario.clock.offsetSeconds);
    }

    DemoScenario.Clock clock() {
        return scenario.clock;
    }

    /**
     * {@code w32tm /resync /force}: a service with a network source synchronises and the clock is set right; one whose
     * source is the local CMOS clock has no time data to synchronise with, and nothing changes.
     */
    boolean resyncClock() {
        if (scenario.clock.source == null || scenario.clock.source.contains("CMOS")) {
            return false;
        }
        scenario.clock.offsetSeconds = 0;
        clockSyncedAt = Instant.now();
        return true;
    }

    private Instant clockSyncedAt;

    /** When the time service last synchronised, by the workstation's clock; null where it never did. */
    Instant lastClockSync() {
        if (clockSyncedAt != null) {
            return clockSyncedAt;
        }
        Integer minutes = scenario.clock.lastSyncMinutesAgo;
        return minutes == null ? null : openedAt.plus(clockOffset()).minus(Duration.ofMinutes(minutes));
    }
}
