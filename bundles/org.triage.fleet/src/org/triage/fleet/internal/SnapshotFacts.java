package org.triage.fleet.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.triage.core.probe.AdaptersProbe;
import org.triage.core.probe.DeviceRegistrationProbe;
import org.triage.core.probe.ProxyProbe;
import org.triage.core.probe.VpnClientsProbe;
import org.triage.core.probe.VpnConnectionsProbe;
import org.triage.core.report.ReportJson;
import org.triage.core.session.Sessions;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetFinding;
import org.triage.model.Fact;
import org.triage.model.Finding;
import org.triage.model.Observation;
import org.triage.model.ObservationStatus;
import org.triage.model.Session;
import org.triage.model.TargetDescription;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the fleet index keeps of one diagnosed snapshot: who, when, its findings and the facts that group a fleet,
 * read from the observations the engine recorded (the same facts {@code diagnose --json} prints). A fact the
 * snapshot does not tell stays unknown (absent), never empty.
 */
public record SnapshotFacts(String hostname, OffsetDateTime collectedAt, Map<Dimension, String> facts,
        List<FleetFinding> findings) {

    private static final Pattern OS_BUILD = Pattern.compile("(\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?)");

    public static SnapshotFacts of(Session session) {
        TargetDescription target = session.getTarget();
        String hostname = target == null ? null : blankToNull(target.getHostname());
        OffsetDateTime collectedAt = null;
        if (target != null && target.getCollectedAt() != null) {
            collectedAt = OffsetDateTime.ofInstant(Instant.ofEpochMilli(target.getCollectedAt().getTime()),
                    ZoneOffset.UTC);
        }
        Map<String, Observation> latest = Sessions.latestByProbe(session);
        Map<Dimension, String> facts = new EnumMap<>(Dimension.class);
        vpn(latest, facts);
        site(latest.get(AdaptersProbe.ID), facts);
        if (target != null && target.getOs() != null) {
            Matcher build = OS_BUILD.matcher(target.getOs());
            if (build.find()) {
                facts.put(Dimension.OS_BUILD, build.group(1));
            }
        }
        join(latest.get(DeviceRegistrationProbe.ID), facts);
        proxy(latest.get(ProxyProbe.ID), facts);
        if (collectedAt != null) {
            facts.put(Dimension.DAY, collectedAt.toLocalDate().toString());
        }
        List<FleetFinding> findings = new ArrayList<>();
        Map<String, FleetFinding> byCause = new LinkedHashMap<>();
        for (Finding finding : session.getFindings()) {
            byCause.putIfAbsent(finding.getCauseId(),
                    new FleetFinding(finding.getCauseId(), finding.getSeverity().getLiteral()));
        }
        findings.addAll(byCause.values());
        return new SnapshotFacts(hostname, collectedAt, facts, findings);
    }

    private static boolean read(Observation observation) {
        return observation != null && observation.getStatus() != ObservationStatus.ERROR
                && observation.getStatus() != ObservationStatus.SKIPPED;
    }

    private static JsonElement fact(Observation observation, String name) {
        for (Fact fact : observation.getFacts()) {
            if (name.equals(fact.getName())) {
                return ReportJson.value(fact);
            }
        }
        return null;
    }

    private static String text(JsonObject record, String name) {
        JsonElement value = record.get(name);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonArray()) {
            return value.getAsJsonArray().isEmpty() ? null : text(value.getAsJsonArray().get(0));
        }
        return text(value);
    }

    private static String text(JsonElement value) {
        return value.isJsonPrimitive() ? blankToNull(value.getAsString()) : null;
    }

    /**
     * The connected VPN: the client's own adapter and account (AnyConnect, GlobalProtect, ...) first, else a
     * connected Windows VPN profile. Where the VPN facts were read and nothing is connected, the client is "none".
     */
    private static void vpn(Map<String, Observation> latest, Map<Dimension, String> facts) {
        Observation clients = latest.get(VpnClientsProbe.ID);
        Observation profiles = latest.get(VpnConnectionsProbe.ID);
        boolean known = false;
        if (read(clients) && fact(clients, "clients") instanceof JsonArray list) {
            known = true;
            for (JsonElement item : list) {
                if (item.isJsonObject() && item.getAsJsonObject().has("Connected")
                        && item.getAsJsonObject().get("Connected").getAsBoolean()) {
                    JsonObject client = item.getAsJsonObject();
                    putIfKnown(facts, Dimension.VPN_CLIENT, text(client, "Product"));
                    putIfKnown(facts, Dimension.GATEWAY, text(client, "Server"));
                    putIfKnown(facts, Dimension.TUNNEL_MODE, tunnelMode(text(client, "TunnelMode")));
                    break;
                }
            }
        }
        if (read(profiles) && fact(profiles, "connections") instanceof JsonArray list) {
            known = true;
            for (JsonElement item : list) {
                if (!item.isJsonObject()) {
                    continue;
                }
                JsonObject profile = item.getAsJsonObject();
                if (!"Connected".equalsIgnoreCase(String.valueOf(text(profile, "ConnectionStatus")))) {
                    continue;
                }
                facts.putIfAbsent(Dimension.VPN_CLIENT, "Windows VPN (" + tunnelType(profile) + ")");
                if (!facts.containsKey(Dimension.GATEWAY)) {
                    putIfKnown(facts, Dimension.GATEWAY, text(profile, "ServerAddress"));
                }
                if (!facts.containsKey(Dimension.TUNNEL_MODE) && profile.has("SplitTunneling")
                        && profile.get("SplitTunneling").isJsonPrimitive()) {
                    facts.put(Dimension.TUNNEL_MODE, profile.get("SplitTunneling").getAsBoolean() ? "split" : "full");
                }
                break;
            }
        }
        if (known && !facts.containsKey(Dimension.VPN_CLIENT)) {
            facts.put(Dimension.VPN_CLIENT, "none");
            facts.put(Dimension.TUNNEL_MODE, "no VPN");
        }
    }

    private static String tunnelType(JsonObject profile) {
        String type = text(profile, "TunnelType");
        return type == null ? "built-in" : type;
    }

    /** AnyConnect's "Tunnel All Traffic" / "Split Include" (in the client's words) as full or split. */
    static String tunnelMode(String ownWords) {
        if (ownWords == null) {
            return null;
        }
        String lower = ownWords.toLowerCase(Locale.ROOT);
        if (lower.contains("all") || lower.contains("full")) {
            return "full";
        }
        if (lower.contains("split") || lower.contains("include") || lower.contains("exclude")) {
            return "split";
        }
        return ownWords;
    }

    /** The connection-specific DNS suffix of the connected adapter that is not a tunnel (the site's network). */
    private static void site(Observation adapters, Map<Dimension, String> facts) {
        if (!read(adapters) || !(fact(adapters, "adapters") instanceof JsonArray list)) {
            return;
        }
        String tunnelSuffix = null;
        for (JsonElement item : list) {
            if (!item.isJsonObject()) {
                continue;
            }
            JsonObject adapter = item.getAsJsonObject();
            String suffix = text(adapter, "DnsSuffix");
            boolean connected = adapter.has("Connected") && adapter.get("Connected").getAsBoolean();
            boolean tunnel = adapter.has("Tunnel") && adapter.get("Tunnel").getAsBoolean();
            if (suffix == null || !connected) {
                continue;
            }
            if (!tunnel) {
                facts.put(Dimension.SITE, suffix.toLowerCase(Locale.ROOT));
                return;
            }
            tunnelSuffix = tunnelSuffix == null ? suffix : tunnelSuffix;
        }
        putIfKnown(facts, Dimension.SITE, tunnelSuffix == null ? null : tunnelSuffix.toLowerCase(Locale.ROOT));
    }

    private static void join(Observation registration, Map<Dimension, String> facts) {
        if (!read(registration)) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Fact fact : registration.getFacts()) {
            JsonElement value = ReportJson.value(fact);
            if (value.isJsonPrimitive()) {
                fields.put(fact.getName(), value.getAsString());
            }
        }
        if (fields.containsKey("AzureAdJoined") || fields.containsKey("DomainJoined")
                || fields.containsKey("WorkplaceJoined")) {
            facts.put(Dimension.JOIN_TYPE, DeviceRegistrationProbe.joinState(fields));
        }
    }

    private static void proxy(Observation proxy, Map<Dimension, String> facts) {
        if (!read(proxy)) {
            return;
        }
        JsonElement direct = fact(proxy, "DirectAccess");
        JsonElement servers = fact(proxy, "ProxyServers");
        if (servers instanceof JsonArray list && !list.isEmpty()) {
            List<String> names = new ArrayList<>();
            list.forEach(server -> names.add(server.getAsString()));
            facts.put(Dimension.PROXY, String.join(";", names));
        } else if (direct != null && direct.isJsonPrimitive() && direct.getAsBoolean()) {
            facts.put(Dimension.PROXY, "direct");
        }
    }

    private static void putIfKnown(Map<Dimension, String> facts, Dimension dimension, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(dimension, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
