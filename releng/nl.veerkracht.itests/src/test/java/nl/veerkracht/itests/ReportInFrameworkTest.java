package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.report.CouncilReport;
import nl.veerkracht.report.ReportFormat;
import nl.veerkracht.report.ReportRequest;
import nl.veerkracht.report.WrittenReport;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The council report in the running product on Felix: its bundle and the libraries it wraps resolve, its
 * component is satisfied, and it writes a PDF (JFreeChart on PDFBox's Graphics2D, openhtmltopdf, the font from
 * its own bundle) and an HTML file with SVG charts inside the framework, headless.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportInFrameworkTest {

    private static final Author AUTHOR = new Author("J. de Vries", "j@breda.nl");
    private static final LocalDate DATE = LocalDate.of(2026, 11, 28);

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private PlanStore store;

    @Inject
    private CouncilReport report;

    @Rule
    public TemporaryFolder temporary = new TemporaryFolder();

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.productConfiguration();
    }

    @Test
    public void theReportBundleAndTheLibrariesItUsesAreActiveAndItsComponentIsSatisfied() {
        for (String name : List.of("nl.veerkracht.report", "nl.veerkracht.charts", "org.jfree.jfreechart", "org.jfree.jfreesvg",
                "com.github.mustachejava", "de.rototor.pdfbox.graphics2d", "io.github.openhtmltopdf.core",
                "io.github.openhtmltopdf.pdfbox", "org.apache.pdfbox")) {
            assertEquals(name, Bundle.ACTIVE, bundle(name).getState());
        }
        Bundle bundle = bundle("nl.veerkracht.report");
        Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs(bundle);
        assertEquals(1, descriptions.size());
        ComponentDescriptionDTO description = descriptions.iterator().next();
        int state = scr.getComponentConfigurationDTOs(description).iterator().next().state;
        assertTrue("satisfied or active, not " + state,
                state == ComponentConfigurationDTO.SATISFIED || state == ComponentConfigurationDTO.ACTIVE);
    }

    @Test
    public void itWritesAPdfAndAnHtmlFileWithChartsInsideTheFramework() throws IOException {
        Workspace workspace = store.init(temporary.newFolder("breda").toPath(), "GM0758", "Breda", Optional.of("PV30"),
                Optional.of(AUTHOR));
        write(workspace, "plan/indicators/terrassen.yaml", "id: terrassen\ntitle: Vergunde terrassen\nsource: own\n"
                + "baseline: 80\ntarget: 120\n");
        write(workspace, "plan/indicators/terrassen.csv", "period,value,source\n2026-05,95,own\n2026-06,104,own\n");
        store.commit(workspace, RepositoryName.PLAN, "Een indicator", Optional.of(AUTHOR));
        Path folder = temporary.newFolder("reports").toPath();

        WrittenReport pdf = report.write(workspace, new ReportRequest(RepositoryName.PLAN, Optional.empty(),
                ReportFormat.PDF, Optional.empty(), folder, DATE, Language.NL, false));
        assertEquals(folder.resolve("veerkracht-GM0758-2026-11-28.pdf"), pdf.file());
        assertTrue(pdf.sinceFirstCommit());
        try (PDDocument document = Loader.loadPDF(pdf.file().toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Raadsinformatiebrief herstelaanpak"));
            assertTrue(text, text.contains("Vergunde terrassen"));
            assertTrue(text, text.contains("Pagina 1 van " + document.getNumberOfPages()));
        }

        WrittenReport html = report.write(workspace, new ReportRequest(RepositoryName.PLAN, Optional.empty(),
                ReportFormat.HTML, Optional.empty(), folder, DATE, Language.EN, false));
        String page = Files.readString(html.file());
        assertTrue(page.contains("<svg"));
        assertTrue(page.contains("Council information report"));
    }

    private static void write(Workspace workspace, String path, String text) throws IOException {
        Path file = workspace.root().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName)) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
