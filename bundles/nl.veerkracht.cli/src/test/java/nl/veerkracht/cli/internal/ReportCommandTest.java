package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.report.ReportFormat;
import nl.veerkracht.report.ReportRequest;
import nl.veerkracht.report.WrittenReport;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * {@code veerkracht report} on the demo's Breda since the council's approval of 12 May 2026, as PDF (its text
 * read back with PDFBox) and as HTML (parsed), and on a plan without approval, indicators or region; a bad
 * {@code --since} as {@code diff} says it; {@code --informed}. The pages of the demo's report are drawn as PNG
 * in {@code target/report-pages/}, where the README's picture comes from.
 */
class ReportCommandTest {

    private static final String DATE = "2026-11-28";
    private static final Pattern BUDGET = Pattern.compile("10000\\s*→\\s*15000");

    @TempDir
    static Path temp;

    private static Services services;
    private static VeerkrachtCommandRunner runner;
    private static DemoWorkspaces demo;
    private static String pdfText;
    private static Document html;
    private static Path pdf;

    @BeforeAll
    static void writeTheDemosReport() throws IOException {
        services = TestServices.create();
        runner = new VeerkrachtCommandRunner("test", services);
        demo = services.demo().build(temp.resolve("demo"), step -> { });
        pdf = temp.resolve("breda.pdf");
        CommandRun run = CommandRun.of(runner, "report", "-w", demo.breda().root().toString(), "--since",
                "raad/2026-05-12", "--date", DATE, "-o", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Geschreven: " + pdf + " (versie " + head(demo.breda()).substring(0, 10)
                + ", vergeleken met raad/2026-05-12)"), run.outLines());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pdfText = normal(new PDFTextStripper().getText(document));
        }
        Path file = temp.resolve("breda.html");
        CommandRun htmlRun = CommandRun.of(runner, "report", "-w", demo.breda().root().toString(), "--since",
                "raad/2026-05-12", "--date", DATE, "--format", "html", "-o", file.toString());
        assertEquals(0, htmlRun.exitCode(), htmlRun.err());
        html = Jsoup.parse(Files.readString(file));
    }

    @Test
    void theDemosPdfHoldsTheChangedBudgetTheNewLessonAndScenarioAndEveryPointIndicatorAndContribution() {
        assertTrue(pdfText.contains("Terrassen verruimen"));
        assertTrue(BUDGET.matcher(pdfText).find(), "budget.amount 10000 -> 15000 in: " + pdfText);
        assertTrue(pdfText.contains("Eén loket voor ondernemers"));
        assertTrue(pdfText.contains("Terugval naar een lockdown"));
        assertTrue(pdfText.contains("Meer dan een kwart van de horeca meldt omzetverlies boven de 50 procent"));
        for (PointAssessment point : scorecard().points()) {
            assertTrue(pdfText.contains(normal(point.point().dutchTitle())), point.point().dutchTitle());
        }
        for (Indicator indicator : breda().indicators().values()) {
            assertTrue(pdfText.contains(indicator.title()), indicator.title());
        }
        for (String contribution : contributions()) {
            assertTrue(pdfText.contains(contribution), contribution + " in: " + pdfText);
        }
    }

    @Test
    void theDemosPdfHasAChartPerIndicatorAndNumberedA4Pages() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pages = document.getNumberOfPages();
            int charts = 0;
            List<String> unnumbered = new ArrayList<>();
            Path images = Files.createDirectories(Path.of("target/report-pages"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4");
                assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4");
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                if (!normal(stripper.getText(document)).contains("Pagina " + (i + 1) + " van " + pages)) {
                    unnumbered.add(Integer.toString(i + 1));
                }
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                        charts++;
                    }
                }
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(image, "png", images.resolve("breda-" + (i + 1) + ".png").toFile());
            }
            assertEquals(List.of(), unnumbered, "pages without 'Pagina i van n'");
            // one per indicator, the budget per term and source, and the members' contributions
            assertEquals(breda().indicators().size() + 2, charts);
        }
    }

    @Test
    void theDemosHtmlIsValidSelfContainedWithTheSameTextAndAnSvgPerChart() throws Exception {
        String source = html.outerHtml();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Path file = temp.resolve("breda.html");
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                Files.readString(file).replace("<!DOCTYPE html>", ""))));
        assertTrue(Files.readString(file).startsWith("<!DOCTYPE html>"));
        assertEquals(0, html.select("[src], link, script, object, iframe, img, [href]").size(), source.length() + "");
        assertFalse(html.select("style").html().contains("url("), "no fonts or images fetched by the style");
        assertEquals(breda().indicators().size() + 2, html.select("div.chart > svg").size());

        String text = normal(html.text());
        assertTrue(BUDGET.matcher(text).find());
        assertTrue(text.contains("Eén loket voor ondernemers"));
        assertTrue(text.contains("Terugval naar een lockdown"));
        List<List<String>> rows = new ArrayList<>();
        for (Element row : html.select("section.summary table").first().select("tr:gt(0)")) {
            rows.add(row.select("td").eachText());
        }
        List<List<String>> expected = new ArrayList<>();
        for (PointAssessment point : scorecard().points()) {
            expected.add(List.of(Integer.toString(point.point().number()), point.point().dutchTitle(),
                    Messages.of(Language.NL).text("check.status." + point.status().code())));
        }
        assertEquals(expected, rows, "every point's title and status");
        for (Indicator indicator : breda().indicators().values()) {
            assertTrue(text.contains(indicator.title()), indicator.title());
        }
        for (String contribution : contributions()) {
            assertTrue(text.contains(contribution), contribution);
        }
    }

    @Test
    void aPlanWithoutApprovalIndicatorsOrRegionIsComparedWithItsFirstCommitAndSaysSo() throws IOException {
        Path root = temp.resolve("tilburg");
        assertEquals(0, CommandRun.of(runner, "init", root.toString(), "--code", "GM0855", "--name", "Tilburg")
                .exitCode());
        Path out = temp.resolve("tilburg.pdf");
        CommandRun run = CommandRun.of(runner, "report", "-w", root.toString(), "--date", DATE, "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.outLines().get(0).startsWith("De raad heeft het plan nog niet vastgesteld: vergeleken met de eerste versie"),
                run.out());
        String text;
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            text = normal(new PDFTextStripper().getText(document));
        }
        assertTrue(text.contains("de eerste versie van het plan"), text);
        assertTrue(text.contains("de raad heeft het plan nog niet vastgesteld"), text);
        assertTrue(text.contains("Het plan volgt nog geen indicatoren; er zijn dus geen cijfers om te tonen."), text);
        assertTrue(text.contains("Het plan hoort bij geen regio"), text);
        assertTrue(text.contains("Het plan heeft nog geen terugvalscenario."), text);

        CommandRun english = CommandRun.of(runner, "report", "-w", root.toString(), "--date", DATE, "--format",
                "html", "-o", temp.resolve("tilburg.html").toString(), "--lang", "en");
        assertEquals(0, english.exitCode(), english.err());
        String englishText = Jsoup.parse(temp.resolve("tilburg.html").toFile(), "UTF-8").text();
        assertTrue(englishText.contains("The plan follows no indicators yet"), englishText);
        assertTrue(englishText.contains("the council has not approved the plan yet"), englishText);
    }

    @Test
    void theRegionsReportShowsEveryMembersContributionAndNoScorecard() throws IOException {
        RepositoryName region = demo.breda().repositories().stream()
                .filter(name -> name.kind() == RepositoryName.Kind.REGION).findFirst().orElseThrow();
        Path out = temp.resolve("regio.html");
        CommandRun run = CommandRun.of(runner, "report", "-w", demo.breda().root().toString(), "--repo",
                region.toString(), "--format", "html", "--date", DATE, "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = normal(Jsoup.parse(out.toFile(), "UTF-8").text());
        for (String amount : contributions()) {
            assertTrue(text.contains(amount), amount + " in " + text);
        }
        for (PointAssessment point : scorecard().points()) {
            assertFalse(text.contains(point.point().dutchTitle()), "a regional plan has no scorecard of its own: "
                    + point.point().dutchTitle());
        }
    }

    @Test
    void aBadSinceIsOneLineWithTheExitCodeOfDiffAndNothingIsWritten() {
        String workspace = demo.breda().root().toString();
        Path out = temp.resolve("nothing.pdf");
        CommandRun diff = CommandRun.of(runner, "diff", "-w", workspace, "raad/1999-01-01");
        CommandRun report = CommandRun.of(runner, "report", "-w", workspace, "--since", "raad/1999-01-01", "-o",
                out.toString());
        assertEquals(5, diff.exitCode());
        assertEquals(diff.exitCode(), report.exitCode());
        assertEquals(diff.errLines(), report.errLines());
        assertEquals(1, report.errLines().size());
        assertFalse(Files.exists(out));

        CommandRun date = CommandRun.of(runner, "report", "-w", workspace, "--date", "28-11-2026");
        assertEquals(2, date.exitCode());
        assertEquals(1, date.errLines().size(), date.err());
    }

    @Test
    void informedSetsTheDateInTheWorkingTreeWithoutCommittingIt() {
        Path root = temp.resolve("breda-informed");
        assertEquals(0, CommandRun.of(runner, "init", root.toString(), "--code", "GM0758", "--name", "Breda")
                .exitCode());
        Workspace workspace = Workspace.at(root);
        String before = head(workspace);
        CommandRun run = CommandRun.of(runner, "report", "-w", root.toString(), "--date", DATE, "--informed", "-o",
                temp.resolve("informed.pdf").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("plan/plan.yaml: council.last_informed staat nu op " + DATE + "; leg het vast met commit.",
                run.outLines().get(run.outLines().size() - 1));
        assertEquals(before, head(workspace), "nothing committed");
        PlanDiff diff = services.planStore().diff(workspace, RepositoryName.PLAN, "HEAD", Optional.empty());
        assertEquals(1, diff.entities().size(), diff.toString());
        assertEquals("plan.yaml", diff.entities().get(0).path());
        assertTrue(diff.toString().contains("last_informed") && diff.toString().contains(DATE), diff.toString());
        assertEquals(0, CommandRun.of(runner, "validate", "-w", root.toString()).exitCode());
    }

    @Test
    void withoutAFileTheReportIsNamedAfterTheCodeAndTheDate() {
        WrittenReport report = services.report().write(demo.breda(), new ReportRequest(RepositoryName.PLAN,
                Optional.empty(), ReportFormat.HTML, Optional.empty(), temp, LocalDate.parse(DATE), Language.EN, false));
        assertEquals(temp.resolve("veerkracht-GM0758-" + DATE + ".html"), report.file());
        assertTrue(Files.exists(report.file()));
        assertEquals("raad/2026-05-12", report.since());
        assertFalse(report.sinceFirstCommit());
    }

    private static Scorecard scorecard() {
        // the report judges the plan as committed on its own date; the demo's working tree is committed
        return services.checklist().check(demo.breda(), RepositoryName.PLAN, LocalDate.parse(DATE));
    }

    private static PlanContents breda() {
        return services.planStore().readAt(demo.breda(), RepositoryName.PLAN, "main").contents();
    }

    /** Every member's contribution to a shared action, as the report writes it: {@code € 150.000}. */
    private static List<String> contributions() {
        RepositoryName region = demo.breda().repositories().stream()
                .filter(name -> name.kind() == RepositoryName.Kind.REGION).findFirst().orElseThrow();
        List<String> amounts = new ArrayList<>();
        for (Action action : services.planStore().readAt(demo.breda(), region, "main").contents().actions().values()) {
            for (Map.Entry<String, Long> contribution : action.contributions().entrySet()) {
                amounts.add("€ " + String.format(java.util.Locale.GERMANY, "%,d", contribution.getValue()));
            }
        }
        assertFalse(amounts.isEmpty(), "the demo's region has contributions");
        return amounts;
    }

    private static String head(Workspace workspace) {
        return services.planStore().log(workspace, RepositoryName.PLAN).get(0).commitId();
    }

    private static String normal(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }
}
