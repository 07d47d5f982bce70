package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;

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

    @Test
    @Order(3)
    void anActionIsEditedInAFormValidatedAsTypedAndSavedCanonically() throws Exception {
        WorkspaceOutline.Entity terrassen = window.outline().orElseThrow()
                .entity(RepositoryName.PLAN, "actions/terrassen-verruimen.yaml").orElseThrow();
        window.open(terrassen, Optional.empty());
        SwtHarness.waitUntil("the editor of Terrassen verruimen", () -> window.editor().isPresent());
        EntityEditor editor = window.editor().orElseThrow();
        assertEquals("Terrassen verruimen", ((Text) editor.control("title").orElseThrow()).getText());
        Text amount = (Text) editor.control("budget.amount").orElseThrow();
        assertEquals("", editor.message("budget.amount"));

        amount.setText("tienduizend");
        String shown = editor.message("budget.amount");
        assertFalse(shown.isEmpty(), "a bad amount is told at its field");
        assertTrue(editor.isDirty());
        assertTrue(window.tabs().getSelection().getText().startsWith("*"), "a changed editor is marked");
        SwtHarness.screenshot(window.getShell(), "editor-validation");

        // the message at the field is the one `veerkracht validate` gives for the same file
        window.runAction("action.save");
        Path file = services.demo().breda().directoryOf(RepositoryName.PLAN).resolve("actions/terrassen-verruimen.yaml");
        PlanVersion saved = services.store().readWorkingTree(services.demo().breda(), RepositoryName.PLAN);
        List<String> validate = saved.problems().stream()
                .filter(problem -> problem.path().equals("actions/terrassen-verruimen.yaml"))
                .map(problem -> problem.message(Language.NL))
                .toList();
        assertEquals(List.of(shown), validate);

        amount.setText("15000");
        assertEquals("", editor.message("budget.amount"));
        window.runAction("action.undo");
        assertEquals("tienduizend", amount.getText());
        window.runAction("action.redo");
        assertEquals("15000", amount.getText());
        window.runAction("action.save");
        assertFalse(editor.isDirty());
        String yaml = Files.readString(file);
        assertTrue(yaml.contains("  amount: 15000\n"), yaml);
        assertTrue(services.store().readWorkingTree(services.demo().breda(), RepositoryName.PLAN).isValid());
        SwtHarness.waitUntil("the tree and the check read again", () -> window.background().isIdle());
        SwtHarness.screenshot(window.getShell(), "editor");
    }

    @Test
    @Order(4)
    void aFindingOfTheCheckOpensItsFileAtTheField() throws Exception {
        window.tabs().setSelection(0);
        TreeItem finding = Arrays.stream(window.scorecard().tree().getItems())
                .flatMap(point -> Arrays.stream(point.getItems()))
                .filter(item -> item.getText(2).startsWith("plan/stakeholders/"))
                .findFirst().orElseThrow();
        window.scorecard().tree().setSelection(finding);
        window.scorecard().tree().notifyListeners(SWT.DefaultSelection, new Event());
        SwtHarness.waitUntil("the stakeholder's editor", () -> window.editor().isPresent()
                && window.editor().get().entity().kind() == nl.veerkracht.model.EntityKind.STAKEHOLDER);
        assertTrue(window.tabs().getSelection().getToolTipText().startsWith("plan/stakeholders/"));
    }

    @Test
    @Order(5)
    void aMembersPlanIsReadOnly() throws Exception {
        WorkspaceOutline.Repository roosendaal = window.outline().orElseThrow()
                .repository(RepositoryName.member("GM1674")).orElseThrow();
        WorkspaceOutline.Entity action = roosendaal.groups().get(0).entities().get(0);
        window.open(action, Optional.empty());
        SwtHarness.waitUntil("the member's action", () -> window.editor().isPresent()
                && window.editor().get().entity().equals(action));
        EntityEditor editor = window.editor().orElseThrow();
        assertTrue(editor.isReadOnly());
        Text title = (Text) editor.control("title").orElseThrow();
        assertFalse(title.getEditable(), "a member's action cannot be changed");
        window.runAction("action.save");
        assertFalse(editor.isDirty());
        SwtHarness.screenshot(window.getShell(), "read-only-member");
    }

    private static nl.veerkracht.checklist.PointStatus statusOf(String word) {
        return switch (word) {
            case "in orde" -> nl.veerkracht.checklist.PointStatus.OK;
            case "aandacht" -> nl.veerkracht.checklist.PointStatus.ATTENTION;
            default -> nl.veerkracht.checklist.PointStatus.MISSING;
        };
    }
}
