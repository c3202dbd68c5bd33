package org.triage.ui.fleet;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.TreeSet;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetReport;
import org.triage.fleet.FleetReport.CauseCount;
import org.triage.fleet.FleetReport.CellCount;

/** The Fleet view's charts, drawn by JFreeChart from a fleet report: causes over time, causes by VPN gateway. */
final class FleetCharts {

    static final String UNKNOWN = "unknown";

    private FleetCharts() {
    }

    /** Devices with each cause per day their newest snapshot was collected (UTC), one line per cause. */
    static JFreeChart causesOverTime(FleetReport report) {
        DefaultCategoryDataset dataset = byDimension(report, Dimension.DAY, true);
        JFreeChart chart = ChartFactory.createLineChart("Causes over time", "Day collected (UTC)", "Devices", dataset,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    /** Devices with each cause behind each VPN gateway, one bar per cause. */
    static JFreeChart causesByGateway(FleetReport report) {
        DefaultCategoryDataset dataset = byDimension(report, Dimension.GATEWAY, false);
        JFreeChart chart = ChartFactory.createBarChart("Causes by VPN gateway", "VPN gateway", "Devices", dataset,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // gateways are host names: slanted, they stay readable where a fleet has more than a handful
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return chart;
    }

    /** Rows: causes (most devices first); columns: the dimension's values (sorted where {@code sorted}). */
    static DefaultCategoryDataset byDimension(FleetReport report, Dimension dimension, boolean sorted) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<CellCount> all = report.breakdown(dimension, null);
        // every column first, in order, so that each cause's line or bars line up on the same categories
        Iterable<String> columns = sorted
                ? new TreeSet<>(all.stream().map(cell -> label(cell.value())).toList())
                : all.stream().map(cell -> label(cell.value())).distinct().toList();
        for (CauseCount cause : report.causes()) {
            for (String column : columns) {
                dataset.addValue(0, cause.causeId(), column);
            }
            for (CellCount cell : report.breakdown(dimension, cause.causeId())) {
                dataset.addValue(cell.devices(), cause.causeId(), label(cell.value()));
            }
        }
        return dataset;
    }

    static String label(String value) {
        return value == null ? UNKNOWN : value;
    }

    private static CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF7, 0xF7, 0xF7));
        plot.setRangeGridlinePaint(new Color(0xC0, 0xC0, 0xC0));
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setNoDataMessage("No device has a cause yet");
        return plot;
    }
}
