package org.triage.formats;

import java.util.List;

/**
 * Parsed {@code routes.json}. Which route carries a destination is decided in one place, by
 * {@link org.triage.core.target.Ipv4Prefix#selectRoute}, for every target alike.
 */
public record NetRouteTable(List<NetRoute> routes, List<ParseProblem> problems, boolean recognised)
        implements FormatResult {

    public NetRouteTable {
        routes = List.copyOf(routes);
        problems = List.copyOf(problems);
    }

    public static NetRouteTable of(List<NetRoute> routes) {
        return new NetRouteTable(routes, List.of(), true);
    }
}
