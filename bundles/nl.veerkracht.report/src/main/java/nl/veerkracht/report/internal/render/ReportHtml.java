package nl.veerkracht.report.internal.render;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

import org.jfree.graphics2d.svg.SVGGraphics2D;

import nl.veerkracht.charts.ChartData;
import nl.veerkracht.charts.drawing.ChartDrawing;
import nl.veerkracht.report.internal.content.ReportContent;

/**
 * The report as XHTML from the Mustache template {@code report.mustache}: one file with its style inline.
 * Every text is escaped by the template; only the charts are placed as they are, and they are ours.
 */
public final class ReportHtml {

    /** How the charts go into the page. */
    public enum Charts {
        /** Each chart an inline {@code <svg>} element: the HTML file. */
        SVG,
        /** Each chart an {@code <object type="veerkracht/chart">} that the PDF's drawer paints as vector paths. */
        PDF_OBJECT
    }

    /** The {@code type} of the chart objects in the HTML that becomes the PDF. */
    static final String CHART_OBJECT = "veerkracht/chart";

    private static final String TEMPLATE = "nl/veerkracht/report/internal/render/report.mustache";

    private ReportHtml() {
    }

    /** The page, with the charts as {@code charts} says. */
    public static String render(ReportContent content, Charts charts) {
        Mustache template;
        try (Reader reader = new InputStreamReader(ReportHtml.class.getClassLoader().getResourceAsStream(TEMPLATE),
                StandardCharsets.UTF_8)) {
            template = new DefaultMustacheFactory().compile(reader, "report");
        } catch (IOException e) {
            throw new UncheckedIOException("the report's template cannot be read", e);
        }
        Map<String, ChartData> byId = new LinkedHashMap<>();
        collect(content, byId);
        Map<String, Object> scope = new LinkedHashMap<>();
        // {{#drawChart}}{{id}}{{/drawChart}}: the chart with that id, drawn as the format wants it
        Locale locale = Locale.forLanguageTag(content.lang());
        scope.put("drawChart", (Function<String, String>) id -> markup(byId.get(id.strip()), charts, locale));
        scope.put("pdf", charts == Charts.PDF_OBJECT);
        StringWriter out = new StringWriter();
        template.execute(out, new Object[] {scope, content});
        return out.toString();
    }

    /** Every chart of the report, by id. */
    static Map<String, ChartData> charts(ReportContent content) {
        Map<String, ChartData> byId = new LinkedHashMap<>();
        collect(content, byId);
        return byId;
    }

    private static void collect(ReportContent content, Map<String, ChartData> byId) {
        content.numbers().indicators().forEach(indicator -> byId.put(indicator.chart().id(), indicator.chart()));
        if (content.numbers().hasBudget()) {
            byId.put(content.numbers().budget().id(), content.numbers().budget());
        }
        if (content.numbers().hasContributions()) {
            byId.put(content.numbers().contributions().id(), content.numbers().contributions());
        }
    }

    private static String markup(ChartData chart, Charts charts, Locale locale) {
        if (chart == null) {
            throw new IllegalStateException("the template names a chart the report does not have");
        }
        if (charts == Charts.SVG) {
            return "<div class=\"chart\">" + svg(chart, locale) + "</div>";
        }
        return "<object type=\"" + CHART_OBJECT + "\" data-chart=\"" + chart.id() + "\" class=\"chart\"></object>";
    }

    /** The chart as one {@code <svg>} element (JFreeSVG), to be placed in the HTML as it is. */
    private static String svg(ChartData data, Locale locale) {
        SVGGraphics2D graphics = new SVGGraphics2D(ChartDrawing.WIDTH, ChartDrawing.HEIGHT);
        ChartDrawing.chart(data, locale).draw(graphics, new Rectangle2D.Double(0, 0, ChartDrawing.WIDTH,
                ChartDrawing.HEIGHT));
        return graphics.getSVGElement("chart-" + data.id());
    }
}
