package nl.veerkracht.charts.drawing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import nl.veerkracht.charts.ChartData;

/**
 * A plan's chart drawn with JFreeChart: a category plot with a line and the level lines of the baseline and the
 * target, or stacked bars. The report draws the chart on JFreeSVG's and PDFBox's {@link java.awt.Graphics2D},
 * the desktop client on SWT's.
 */
public final class ChartDrawing {

    /** The size charts are drawn at, in pixels (the report's PDF scales them to the width of the page). */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 300;

    private static final Color[] COLOURS = {new Color(0x1f5f8b), new Color(0xe08a1e), new Color(0x3a8d3f),
        new Color(0x8e44ad), new Color(0xc0392b), new Color(0x7f8c8d)};
    private static final Color BASELINE = new Color(0x7f8c8d);
    private static final Color TARGET = new Color(0x2e7d32);
    private static final String FONT = "DejaVu Sans";

    private ChartDrawing() {
    }

    /**
     * The chart as JFreeChart draws it, with its numbers written as {@code locale} writes them. Every call makes
     * a new chart: the caller may change it (its size, a title) without touching another's.
     */
    public static JFreeChart chart(ChartData data, Locale locale) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChartData.Series series : data.series()) {
            for (int i = 0; i < data.categories().size(); i++) {
                Optional<BigDecimal> value = series.values().get(i);
                dataset.addValue(value.map(BigDecimal::doubleValue).orElse(null), series.name(),
                        data.categories().get(i));
            }
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
        if (data.categories().size() > 8) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = new NumberAxis(data.valueAxis());
        values.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        values.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
        values.setAutoRangeIncludesZero(data.kind() != ChartData.Kind.LINE);
        values.setNumberFormatOverride(numbers);
        CategoryPlot plot;
        if (data.kind() == ChartData.Kind.LINE) {
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
            renderer.setSeriesPaint(0, COLOURS[0]);
            renderer.setSeriesStroke(0, new BasicStroke(2f));
            plot = new CategoryPlot(dataset, categories, values, renderer);
            List<ChartData.Level> levels = data.levels();
            for (ChartData.Level level : levels) {
                boolean target = level == levels.get(levels.size() - 1) && levels.size() > 1;
                ValueMarker marker = new ValueMarker(level.value().doubleValue(), target ? TARGET : BASELINE,
                        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
                marker.setLabel(level.name() + " " + numbers.format(level.value()));
                marker.setLabelFont(new Font(FONT, Font.PLAIN, 10));
                marker.setLabelPaint(target ? TARGET : BASELINE);
                marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                plot.addRangeMarker(marker);
                // the levels count when the value axis chooses its range
                values.setAutoRangeIncludesZero(false);
            }
            double low = levels.stream().mapToDouble(l -> l.value().doubleValue()).min().orElse(Double.NaN);
            double high = levels.stream().mapToDouble(l -> l.value().doubleValue()).max().orElse(Double.NaN);
            for (ChartData.Series series : data.series()) {
                for (Optional<BigDecimal> value : series.values()) {
                    if (value.isPresent()) {
                        low = Double.isNaN(low) ? value.get().doubleValue() : Math.min(low, value.get().doubleValue());
                        high = Double.isNaN(high) ? value.get().doubleValue() : Math.max(high, value.get().doubleValue());
                    }
                }
            }
            if (!Double.isNaN(low)) {
                double margin = Math.max((high - low) * 0.1, Math.abs(high) * 0.01 + 1e-9);
                values.setRange(low - margin, high + margin);
            }
        } else {
            StackedBarRenderer renderer = new StackedBarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            for (int i = 0; i < data.series().size(); i++) {
                renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
            }
            plot = new CategoryPlot(dataset, categories, values, renderer);
            if (data.kind() == ChartData.Kind.STACKED_COUNTS) {
                values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
            }
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0d0d0));
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(new Font(FONT, Font.PLAIN, 10));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.setAntiAlias(true);
        return chart;
    }
}
