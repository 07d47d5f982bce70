package nl.veerkracht.report.internal.render;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.util.XRLog;

import nl.veerkracht.charts.ChartData;
import nl.veerkracht.charts.drawing.ChartDrawing;
import nl.veerkracht.report.internal.content.ReportContent;

/**
 * The report as a PDF: the report's XHTML laid out by openhtmltopdf on PDFBox (A4 and the page numbers
 * come from the page's CSS), DejaVu Sans embedded, each chart drawn by JFreeChart on PDFBox's Graphics2D
 * so that it stays vector paths.
 */
public final class ReportPdf {

    /** The font every text of the PDF is set in, embedded (subset) in the file. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    static {
        // openhtmltopdf logs every stylesheet and font it loads through java.util.logging, on stderr
        XRLog.setLoggingEnabled(false);
    }

    private ReportPdf() {
    }

    /** The PDF of a report. */
    public static byte[] render(ReportContent content) {
        String html = ReportHtml.render(content, ReportHtml.Charts.PDF_OBJECT);
        Map<String, ChartData> charts = ReportHtml.charts(content);
        DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
        drawers.registerDrawer(ReportHtml.CHART_OBJECT, new ChartDrawer(charts, Locale.forLanguageTag(content.lang())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.useObjectDrawerFactory(drawers);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("Veerkracht");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF cannot be made: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the report's font " + file + " is not in its bundle");
        }
        return in;
    }

    /** Paints {@code <object type="veerkracht/chart" data-chart="<id>">} with the chart of that id. */
    private record ChartDrawer(Map<String, ChartData> charts, Locale locale) implements FSObjectDrawer {

        @Override
        public Map<Shape, String> drawObject(Element element, double x, double y, double width, double height,
                OutputDevice device, RenderingContext context, int dotsPerPixel) {
            ChartData chart = charts.get(element.getAttribute("data-chart"));
            if (chart == null) {
                return null;
            }
            float w = (float) (width / dotsPerPixel);
            float h = (float) (height / dotsPerPixel);
            device.drawWithGraphics((float) x, (float) y, w, h,
                    graphics -> ChartDrawing.chart(chart, locale).draw(graphics, new Rectangle2D.Double(0, 0, w, h)));
            return null;
        }
    }
}
