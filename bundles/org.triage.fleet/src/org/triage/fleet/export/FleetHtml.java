package org.triage.fleet.export;

import java.util.List;
import java.util.function.UnaryOperator;

import org.triage.fleet.Dimension;
import org.triage.fleet.FleetDevice;
import org.triage.fleet.FleetFinding;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReportJson;

/** The fleet report as one self-contained HTML page: the charts embedded, every text escaped. */
final class FleetHtml {

    private FleetHtml() {
    }

    static String write(FleetReport report, List<FleetDevice> devices, UnaryOperator<String> names, boolean withPaths,
            byte[] overTime, byte[] byGateway) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Fleet report</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}td.n{text-align:right}")
                .append("img{max-width:100%}</style></head><body>\n");
        html.append("<h1>Fleet report</h1>\n<p>Created ").append(escape(report.createdAt().toString()));
        if (report.since() != null) {
            html.append("; devices whose newest snapshot was collected since ").append(escape(report.since().toString()));
        }
        html.append(". ").append(report.devices()).append(" device(s); ").append(report.unreadable())
                .append(" file(s) unreadable.</p>\n");
        html.append("<h2>Devices affected by each cause</h2>\n<table><tr><th>Cause</th><th>Devices</th></tr>\n");
        for (FleetReport.CauseCount cause : report.causes()) {
            html.append("<tr><td>").append(escape(cause.causeId())).append("</td><td class=\"n\">")
                    .append(cause.devices()).append("</td></tr>\n");
        }
        html.append("</table>\n");
        html.append("<h2>Causes over time</h2>\n<img alt=\"Causes over time\" src=\"")
                .append(FleetExport.base64Png(overTime)).append("\">\n");
        html.append("<h2>Causes by VPN gateway</h2>\n<img alt=\"Causes by VPN gateway\" src=\"")
                .append(FleetExport.base64Png(byGateway)).append("\">\n");
        for (FleetReport.CauseCount cause : report.causes()) {
            html.append("<h2>").append(escape(cause.causeId())).append(" (").append(cause.devices())
                    .append(" device(s))</h2>\n<table><tr><th>Fact</th><th>Value</th><th>Devices</th></tr>\n");
            for (Dimension dimension : Dimension.values()) {
                for (FleetReport.CellCount cell : report.breakdown(dimension, cause.causeId())) {
                    html.append("<tr><td>").append(escape(dimension.label())).append("</td><td>")
                            .append(escape(cell.value() == null ? "(unknown)"
                                    : FleetReportJson.value(dimension, cell.value(), names)))
                            .append("</td><td class=\"n\">").append(cell.devices()).append("</td></tr>\n");
                }
            }
            html.append("</table>\n");
        }
        html.append("<h2>Top combinations</h2>\n<table><tr><th>Devices</th><th>Cause</th>");
        FleetReport.COMBINATION_DIMENSIONS.forEach(d -> html.append("<th>").append(escape(d.label())).append("</th>"));
        html.append("</tr>\n");
        for (FleetReport.Combination combination : report.topCombinations()) {
            html.append("<tr><td class=\"n\">").append(combination.devices()).append("</td><td>")
                    .append(escape(combination.causeId())).append("</td>");
            for (Dimension dimension : FleetReport.COMBINATION_DIMENSIONS) {
                String value = combination.facts().get(dimension);
                html.append("<td>").append(escape(value == null ? "(unknown)"
                        : FleetReportJson.value(dimension, value, names))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<h2>Devices</h2>\n<table><tr><th>Device</th><th>Collected</th>");
        for (Dimension dimension : Dimension.values()) {
            html.append("<th>").append(escape(dimension.label())).append("</th>");
        }
        html.append("<th>Causes</th>").append(withPaths ? "<th>Snapshot</th>" : "").append("</tr>\n");
        for (FleetDevice device : devices) {
            html.append("<tr><td>").append(escape(names.apply(device.device()))).append("</td><td>")
                    .append(escape(device.collectedAt() == null ? "" : device.collectedAt().toString())).append("</td>");
            for (Dimension dimension : Dimension.values()) {
                String value = device.fact(dimension);
                html.append("<td>").append(escape(value == null ? "" : FleetReportJson.value(dimension, value, names)))
                        .append("</td>");
            }
            html.append("<td>").append(escape(String.join(" ", device.findings().stream().map(FleetFinding::causeId)
                    .toList()))).append("</td>");
            if (withPaths) {
                html.append("<td>").append(escape(names.apply(device.snapshot().toString()))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n</body></html>\n");
        return html.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
