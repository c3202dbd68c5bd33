package org.triage.core.target;

/**
 * An IPv4 route as {@code Get-NetRoute} (or {@code ip -j route}) lists it.
 *
 * @param interfaceMetric the interface's metric, where the source gives it; Windows chooses among routes of
 *                        equal prefix length by route metric plus interface metric
 */
public record Route(String destinationPrefix, String nextHop, String interfaceAlias, Integer interfaceIndex,
        Integer routeMetric, Integer interfaceMetric) {

    public Route(String destinationPrefix, String nextHop, String interfaceAlias, Integer interfaceIndex,
            Integer routeMetric) {
        this(destinationPrefix, nextHop, interfaceAlias, interfaceIndex, routeMetric, null);
    }

    /** Route metric plus interface metric, or null where either is unknown. */
    public Integer effectiveMetric() {
        return routeMetric == null || interfaceMetric == null ? null : routeMetric + interfaceMetric;
    }
}
