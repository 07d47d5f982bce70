package nl.veerkracht.report.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.report.internal.content.ReportBuilder;
import nl.veerkracht.report.internal.content.ReportContent;
import nl.veerkracht.report.internal.content.ReportInput;
import nl.veerkracht.report.internal.content.ReportTexts;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.HistoryEntry;

/**
 * A small plan with two indicators rendered both ways: the HTML is well-formed XHTML, fetches nothing and has an
 * SVG per chart; the PDF is A4, numbered, embeds its font and draws a chart per indicator as vector paths.
 */
class ReportRenderingTest {

    private static ReportContent content;
    private static String html;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("plan.yaml", ("kind: municipality\ncode: GM0758\nname: Breda\n").getBytes(StandardCharsets.UTF_8));
        files.put("actions/terrassen.yaml", ("id: terrassen\ntitle: Terrassen & <pleinen>\nterm: short\n"
                + "budget:\n  amount: 15000\n  source: existing\nstatus: running\n").getBytes(StandardCharsets.UTF_8));
        files.put("indicators/vestigingen.yaml", ("id: vestigingen\ntitle: Vestigingen in Breda\nsource: own\n"
                + "unit: vestigingen\nbaseline: 14500\ntarget: 15000\n").getBytes(StandardCharsets.UTF_8));
        files.put("indicators/vestigingen.csv", "period,value,source\n2026-Q2,14580,own\n2026-Q3,14640,own\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("indicators/terrassen-vergund.yaml", ("id: terrassen-vergund\ntitle: Vergunde terrassen\n"
                + "source: own\nbaseline: 80\ntarget: 120\n").getBytes(StandardCharsets.UTF_8));
        files.put("indicators/terrassen-vergund.csv", "period,value,source\n2026-05,95,own\n2026-06,104,own\n"
                .getBytes(StandardCharsets.UTF_8));
        PlanRead read = PlanFiles.readAll(files);
        assertTrue(read.isValid(), read.problems().toString());
        HistoryEntry commit = new HistoryEntry("c".repeat(40), OffsetDateTime.of(2026, 6, 3, 10, 0, 0, 0,
                ZoneOffset.UTC), new Author("J. de Vries", "j@breda.nl"), Optional.empty(), "Eerste plan",
                "Eerste plan", List.of(), List.copyOf(files.keySet()));
        ReportInput input = new ReportInput("plan", read.contents(), commit,
                new ReportInput.Compared("c".repeat(40), "c".repeat(40), Optional.empty(), true),
                SemanticDiff.between(PlanFiles.readAll(Map.of()).snapshot(), read.snapshot()), List.of(commit),
                Optional.empty(), List.of(), new TreeMap<>(), java.time.LocalDate.of(2026, 11, 28));
        content = ReportBuilder.build(input, ReportTexts.of(Language.NL));
        html = ReportHtml.render(content, ReportHtml.Charts.SVG);
        pdf = ReportPdf.render(content);
    }

    @Test
    void theHtmlIsWellFormedXhtmlThatFetchesNothingWithAnSvgPerChart() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.replace("<!DOCTYPE html>", ""))));

        Document document = Jsoup.parse(html);
        assertEquals(3, document.select("div.chart > svg").size(), "two indicators and the budget");
        assertEquals(0, document.select("[src], link, script, object, iframe, img").size());
        assertTrue(document.select("[href]").isEmpty());
        assertTrue(document.select("style").html().contains("size: A4"));
        assertTrue(document.text().contains("Terrassen & <pleinen>"), "escaped and read back");
        assertTrue(document.text().contains("Vestigingen in Breda"));
    }

    @Test
    void thePdfIsA4NumberedEmbedsItsFontAndDrawsAChartPerIndicator() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 4, "cover, summary and sections: " + pages);
            List<String> footers = new ArrayList<>();
            int forms = 0;
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(document);
                footers.add(text.contains("Pagina " + i + " van " + pages) ? "ok" : text);
                PDPage page = document.getPage(i - 1);
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                        forms++;
                    }
                }
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                }
            }
            assertEquals(List.of(), footers.stream().filter(f -> !f.equals("ok")).toList());
            assertEquals(3, forms, "a chart per indicator and the budget, each drawn as vector paths");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Vestigingen in Breda"));
            assertTrue(text.contains("Vergunde terrassen"));
        }
    }
}
