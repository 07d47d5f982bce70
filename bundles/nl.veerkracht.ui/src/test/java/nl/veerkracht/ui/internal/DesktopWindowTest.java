package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.validation.Language;

/**
 * The desktop client's window on the demo's Breda workspace, driven through its real SWT widgets under
 * Xvfb. The steps build on each other, as a policy officer's session does; each main view is saved as a
 * screenshot in target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesktopWindowTest {

    @TempDir
    static Path temp;

    private static DemoServices services;
    private static MainWindow window;

    @BeforeAll
    static void openBreda() throws Exception {
        Display display = SwtHarness.display();
        services = DemoServices.build(temp);
        window = new MainWindow(services.bredaSession(), Texts.of(Language.NL), () -> { });
        window.setBlockOnOpen(false);
        window.open();
        SwtHarness.waitUntil("the workspace read and checked",
                () -> window.outline().isPresent() && window.background().isIdle()
                        && window.scorecard().tree().getItemCount() == 10);
        assertTrue(display.getShells().length > 0);
    }

    @AfterAll
    static void close() {
        if (window != null) {
            window.close();
        }
    }

    @Test
    @Order(1)
    void theTreeShowsEveryRepositoryByKindAndTitleAndTheMembersPlansReadOnly() throws Exception {
        List<String> repositories = Arrays.stream(window.workspaceTree().tree().getItems()).map(TreeItem::getText).toList();
        assertEquals("Plan: Breda (plan)", repositories.get(0));
        assertTrue(repositories.contains("Regionaal plan: West-Brabant (region/west-brabant)"), repositories.toString());
        assertTrue(repositories.stream().anyMatch(text -> text.startsWith("Provinciaal programma: Noord-Brabant")
                && text.endsWith("alleen lezen")), repositories.toString());
        assertTrue(repositories.stream().anyMatch(text -> text.startsWith("Plan van lid: Roosendaal (members/GM1674)")
                && text.endsWith("alleen lezen")), repositories.toString());

        TreeItem plan = window.workspaceTree().tree().getItem(0);
        List<String> groups = Arrays.stream(plan.getItems()).map(TreeItem::getText).toList();
        assertEquals(List.of("Acties (5)", "Behoeften (4)", "Belanghebbenden (5)", "Indicatoren (4)", "Lessen (1)",
                "Scenario's (1)"), groups);
        window.workspaceTree().viewer().expandToLevel(3);
        SwtHarness.settle();
        List<String> actions = Arrays.stream(plan.getItem(0).getItems()).map(TreeItem::getText).toList();
        assertTrue(actions.contains("Terrassen verruimen"), actions.toString());
        SwtHarness.screenshot(window.getShell(), "workspace-tree");
    }

    @Test
    @Order(2)
    void theScorecardShowsEachPointAsAColourAndAWordWithItsFindings() throws Exception {
        window.tabs().setSelection(0);
        TreeItem[] points = window.scorecard().tree().getItems();
        assertEquals(10, points.length);
        assertEquals("1. Organiseer herstel vanuit de bestaande structuur en middelen", points[0].getText(0));
        for (TreeItem point : points) {
            String word = point.getText(1);
            assertTrue(List.of("in orde", "aandacht", "ontbreekt").contains(word), word);
            assertEquals(window.scorecard().colour(statusOf(word)).getRGB(), point.getBackground(1).getRGB());
        }
        assertTrue(Arrays.stream(points).anyMatch(point -> point.getText(1).equals("aandacht") && point.getItemCount() > 0),
                "the demo has points that need attention, with their findings");
        SwtHarness.screenshot(window.getShell(), "scorecard");
    }

    private static nl.veerkracht.checklist.PointStatus statusOf(String word) {
        return switch (word) {
            case "in orde" -> nl.veerkracht.checklist.PointStatus.OK;
            case "aandacht" -> nl.veerkracht.checklist.PointStatus.ATTENTION;
            default -> nl.veerkracht.checklist.PointStatus.MISSING;
        };
    }
}
