package org.triage.fleet.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReportJson;

/** The fleet charts, drawn by JFreeChart off screen (no display needed) as PNG. */
public final class FleetCharts {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 480;

    private FleetCharts() {
    }

    /** Devices per cause for each day their newest snapshot was collected. */
    public static JFreeChart causesOverTime(FleetReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<FleetReport.CellCount> cells = report.breakdowns().getOrDefault(Dimension.DAY, List.of()).stream()
                .filter(cell -> cell.causeId() != null && cell.value() != null)
                .sorted((a, b) -> a.value().compareTo(b.value())).toList();
        for (FleetReport.CellCount cell : cells) {
            data.addValue(cell.devices(), cell.causeId(), cell.value());
        }
        JFreeChart chart = ChartFactory.createStackedBarChart("Causes over time", Dimension.DAY.label(), "Devices",
                data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        return chart;
    }

    /** Devices per cause for each VPN gateway (through {@code names}: pseudonyms in a pseudonymised export). */
    public static JFreeChart causesByGateway(FleetReport report, UnaryOperator<String> names) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (FleetReport.CellCount cell : report.breakdowns().getOrDefault(Dimension.GATEWAY, List.of())) {
            if (cell.causeId() != null) {
                String gateway = cell.value() == null ? "(unknown)"
                        : FleetReportJson.value(Dimension.GATEWAY, cell.value(), names);
                data.addValue(cell.devices(), cell.causeId(), gateway);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Causes by VPN gateway", Dimension.GATEWAY.label(), "Devices",
                data, PlotOrientation.VERTICAL, true, false, false);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }

    public static byte[] png(JFreeChart chart) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        return out.toByteArray();
    }
}
