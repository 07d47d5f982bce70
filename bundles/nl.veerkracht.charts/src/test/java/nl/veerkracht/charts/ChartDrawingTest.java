package nl.veerkracht.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

import nl.veerkracht.charts.drawing.ChartDrawing;

/** JFreeChart shows what the chart's data says: its values, its gaps, its levels, and whole counts as such. */
class ChartDrawingTest {

    @Test
    void aLineHasAValuePerPeriodAGapWhereNoneIsObservedAndTheLevelsAsMarkers() {
        ChartData data = new ChartData("indicator-x", "X", ChartData.Kind.LINE, "vestigingen", List.of("2026-05",
                "2026-06", "2026-07"), List.of(new ChartData.Series("Waarnemingen", List.of(Optional.of(BigDecimal.ONE),
                        Optional.empty(), Optional.of(BigDecimal.TEN)))), List.of(new ChartData.Level("Nulmeting",
                                BigDecimal.ZERO), new ChartData.Level("Doel", new BigDecimal("12"))));
        JFreeChart chart = ChartDrawing.chart(data, Locale.forLanguageTag("nl"));
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset dataset = plot.getDataset();
        assertEquals(List.of("2026-05", "2026-06", "2026-07"), dataset.getColumnKeys());
        assertEquals(1.0, dataset.getValue("Waarnemingen", "2026-05").doubleValue());
        assertNull(dataset.getValue("Waarnemingen", "2026-06"));
        assertEquals(List.of("Nulmeting 0", "Doel 12"), plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .stream().map(marker -> ((ValueMarker) marker).getLabel()).toList());
        assertTrue(plot.getRangeAxis().getLowerBound() < 0 && plot.getRangeAxis().getUpperBound() > 12,
                "the levels are inside the range");
    }

    @Test
    void countsAreStackedBarsWithWholeNumbersOnTheAxis() {
        ChartData data = new ChartData("actions", "Acties", ChartData.Kind.STACKED_COUNTS, "Aantal acties",
                List.of("korte termijn", "lange termijn"), List.of(new ChartData.Series("loopt",
                        List.of(Optional.of(BigDecimal.ONE), Optional.of(BigDecimal.ZERO)))), List.of());
        NumberAxis axis = (NumberAxis) ChartDrawing.chart(data, Locale.ENGLISH).getCategoryPlot().getRangeAxis();
        assertEquals(1.0, axis.getStandardTickUnits().getCeilingTickUnit(0.3).getSize(), "no tick between 0 and 1");
        assertTrue(axis.getAutoRangeIncludesZero());
    }
}
