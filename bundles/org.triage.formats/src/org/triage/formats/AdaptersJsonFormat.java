package org.triage.formats;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads {@code adapters.json}, which the collector writes from the NetAdapter, NetTCPIP and DnsClient cmdlets: an
 * array of flat objects, one per interface, with {@code Name}, {@code InterfaceDescription}, {@code InterfaceIndex},
 * {@code Status}, {@code MacAddress}, {@code InterfaceType}, {@code MediaType}, {@code IPv4Address},
 * {@code IPv6Address}, {@code IPv4DefaultGateway}, {@code DnsServer}, {@code ConnectionSpecificSuffix} and
 * {@code InterfaceMetric}. Names and values are the cmdlets' own and do not depend on the display language.
 */
public final class AdaptersJsonFormat {

    /**
     * The statements that collect {@code adapters.json}, one per element: every IP interface of
     * {@code Get-NetIPConfiguration -All} but loopback, joined by interface index with {@code Get-NetAdapter
     * -IncludeHidden} (status, MAC, interface type), {@code Get-NetIPInterface} (the IPv4 metric),
     * {@code Get-DnsClientServerAddress} and {@code Get-DnsClient}. The collector runs them in its
     * {@code Get-AdapterList} function and the live Windows target through {@link #QUERY}; {@code CollectorAgreementTest}
     * keeps the two the same. No double quote, so that they pass through a command line unchanged.
     */
    public static final List<String> QUERY_STATEMENTS = List.of(
            "$ipInterfaces = @{}",
            "foreach ($i in @(Get-NetIPInterface -AddressFamily IPv4)) { $ipInterfaces[[int]$i.InterfaceIndex] = $i }",
            "$dnsServers = @{}",
            "foreach ($d in (@(Get-DnsClientServerAddress -AddressFamily IPv4) + @(Get-DnsClientServerAddress -AddressFamily IPv6))) { $dnsServers[[int]$d.InterfaceIndex] = @(@($dnsServers[[int]$d.InterfaceIndex]) + @($d.ServerAddresses) | Where-Object { $_ }) }",
            "$suffixes = @{}",
            "foreach ($c in @(Get-DnsClient)) { $suffixes[[int]$c.InterfaceIndex] = $c.ConnectionSpecificSuffix }",
            "$netAdapters = @{}",
            "foreach ($a in @(Get-NetAdapter -IncludeHidden)) { $netAdapters[[int]$a.InterfaceIndex] = $a }",
            "foreach ($configuration in @(Get-NetIPConfiguration -All)) { $index = [int]$configuration.InterfaceIndex; $adapter = $netAdapters[$index]; $ipInterface = $ipInterfaces[$index]; if ($null -eq $adapter -and [string]$configuration.InterfaceDescription -like '*Loopback*') { continue }; [pscustomobject][ordered]@{ Name = [string]$configuration.InterfaceAlias; InterfaceDescription = [string]$configuration.InterfaceDescription; InterfaceIndex = $index; Status = $(if ($null -ne $adapter) { [string]$adapter.Status } elseif ($null -ne $ipInterface) { [string]$ipInterface.ConnectionState } else { $null }); MacAddress = $(if ($null -ne $adapter) { [string]$adapter.MacAddress } else { $null }); InterfaceType = $(if ($null -ne $adapter) { [int]$adapter.InterfaceType } else { $null }); MediaType = $(if ($null -ne $adapter) { [string]$adapter.MediaType } else { $null }); IPv4Address = @(@($configuration.IPv4Address) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_.IPAddress }); IPv6Address = @(@($configuration.IPv6Address) + @($configuration.IPv6LinkLocalAddress) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_.IPAddress }); IPv4DefaultGateway = @(@($configuration.IPv4DefaultGateway) | Where-Object { $null -ne $_ } | ForEach-Object { [string]$_.NextHop }); DnsServer = @($dnsServers[$index] | Where-Object { $_ }); ConnectionSpecificSuffix = $suffixes[$index]; InterfaceMetric = $(if ($null -ne $ipInterface) { [int]$ipInterface.InterfaceMetric } else { $null }) } }");

    /** {@link #QUERY_STATEMENTS} as one script, whose output is the adapters. */
    public static final String QUERY = String.join("; ", QUERY_STATEMENTS);

    private AdaptersJsonFormat() {
    }

    public static AdaptersJson parse(String text) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<ParseProblem> problems = new ArrayList<>();
        if (json.isBlank()) {
            problems.add(new ParseProblem(1, "input is empty"));
            return new AdaptersJson(List.of(), problems, false);
        }
        PowerShellJson.ReadResult read = PowerShellJson.read(json);
        if (read.problem() != null) {
            problems.add(read.problem());
        }
        List<AdapterRecord> adapters = new ArrayList<>();
        List<JsonElement> items = PowerShellJson.items(read.values());
        for (int i = 0; i < items.size(); i++) {
            JsonElement item = items.get(i);
            if (!item.isJsonObject() || JsonItems.text(item.getAsJsonObject(), "Name").isEmpty()) {
                problems.add(new ParseProblem(1, "item " + (i + 1) + " of " + items.size()
                        + " is not an adapter (no Name): " + TextLines.excerpt(item.toString())));
                continue;
            }
            JsonObject o = item.getAsJsonObject();
            adapters.add(new AdapterRecord(JsonItems.text(o, "Name").get(),
                    JsonItems.text(o, "InterfaceDescription").orElse(""), JsonItems.integer(o, "InterfaceIndex"),
                    JsonItems.text(o, "Status").orElse(""), JsonItems.text(o, "MacAddress"),
                    JsonItems.integer(o, "InterfaceType"), JsonItems.text(o, "MediaType"),
                    JsonItems.texts(o, "IPv4Address"), JsonItems.texts(o, "IPv6Address"),
                    JsonItems.texts(o, "IPv4DefaultGateway"), JsonItems.texts(o, "DnsServer"),
                    JsonItems.text(o, "ConnectionSpecificSuffix"), JsonItems.integer(o, "InterfaceMetric")));
        }
        boolean recognised = !adapters.isEmpty();
        if (!recognised) {
            problems.add(0, new ParseProblem(problems.isEmpty() ? 1 : problems.get(0).line(),
                    "not adapters.json: no object with a Name"));
        }
        return new AdaptersJson(adapters, problems, recognised);
    }
}
