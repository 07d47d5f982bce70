package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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
        Path home = Files.createDirectories(Path.of(System.getProperty("user.home")));
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = J. de Vries\n\temail = j.devries@breda.nl\n");
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
        // the needs it serves are picked by their titles
        Table needs = (Table) editor.control("needs").orElseThrow();
        assertEquals(List.of("Liquiditeit in de horeca", "Meer ruimte op straat voor terrassen en uitstallingen"),
                Arrays.stream(needs.getItems()).filter(TableItem::getChecked).map(TableItem::getText).toList());

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

        amount.setText("17500");
        assertEquals("", editor.message("budget.amount"));
        window.runAction("action.undo");
        assertEquals("tienduizend", amount.getText());
        window.runAction("action.redo");
        assertEquals("17500", amount.getText());
        window.runAction("action.save");
        assertFalse(editor.isDirty());
        String yaml = Files.readString(file);
        assertTrue(yaml.contains("  amount: 17500\n"), yaml);
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

        // recording the consultation in the stakeholder's table settles the finding at the next check
        String stakeholder = window.tabs().getSelection().getToolTipText();
        org.eclipse.swt.widgets.Control form = window.editor().get().control();
        ((Text) find(form, "consultations.date")).setText(java.time.LocalDate.now().minusDays(7).toString());
        ((Text) find(form, "consultations.topic")).setText("Kredieten voor de horeca");
        button(form, "Regel toevoegen").notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(), window.editor().get().problems());
        window.runAction("action.save");
        SwtHarness.screenshot(window.getShell(), "stakeholder-consultations");
        window.tabs().setSelection(0);
        SwtHarness.waitUntil("the check run again without the finding", () -> window.background().isIdle()
                && window.scorecard().tree().getItemCount() == 10 && Arrays.stream(window.scorecard().tree().getItems())
                        .flatMap(point -> Arrays.stream(point.getItems()))
                        .noneMatch(item -> item.getText(2).startsWith(stakeholder)));
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

    @Test
    @Order(6)
    void theChangesAreShownFieldByFieldAndAnInvalidPlanIsRefusedWithItsFindings() throws Exception {
        window.runAction("action.changes");
        SwtHarness.waitUntil("the changes read", () -> window.background().isIdle() && window.changes().tree().getItemCount() > 0,
                () -> window.failures().toString());
        TreeItem change = window.changes().tree().getItem(0);
        assertEquals("actions/terrassen-verruimen.yaml (gewijzigd)", change.getText(0));
        TreeItem amount = Arrays.stream(change.getItems()).filter(item -> item.getText(0).equals("budget.amount"))
                .findFirst().orElseThrow();
        assertEquals("17500", amount.getText(2));
        assertFalse(amount.getText(1).isEmpty());
        SwtHarness.screenshot(window.getShell(), "changes");

        // a bad value saved: the commit is refused with the finding, which opens the file
        EntityEditor editor = openTerrassen();
        ((Text) editor.control("budget.amount").orElseThrow()).setText("-5");
        window.runAction("action.save");
        List<String> outcome = new ArrayList<>();
        Display.getCurrent().timerExec(100, () -> {
            CommitDialog dialog = window.commitDialog().orElseThrow();
            try {
                dialog.messageField().setText("Budget voor terrassen verhoogd");
                dialog.pressOk();
                SwtHarness.waitUntil("the commit checked", () -> !dialog.isRunning());
                if (dialog.getShell() == null || dialog.getShell().isDisposed()) {
                    outcome.add("committed, though the plan is invalid");
                    return;
                }
                outcome.add(dialog.outcome());
                outcome.addAll(List.of(dialog.problemLines()));
                SwtHarness.screenshot(dialog.getShell(), "commit-refused");
                dialog.openProblem(0);
            } catch (java.io.IOException | RuntimeException e) {
                outcome.add(String.valueOf(e));
            } finally {
                dialog.close();
            }
        });
        window.runAction("action.commit");
        assertTrue(outcome.get(0).startsWith("Niet vastgelegd: het plan heeft 1 probleem"), outcome.toString());
        assertTrue(outcome.get(1).startsWith("plan/actions/terrassen-verruimen.yaml:"), outcome.toString());
        assertEquals(0, services.store().log(services.demo().breda(), RepositoryName.PLAN).stream()
                .filter(entry -> entry.subject().equals("Budget voor terrassen verhoogd")).count(),
                "nothing was committed");
        SwtHarness.waitUntil("the refused file opened", () -> window.editor().isPresent()
                && window.editor().get().entity().path().equals("actions/terrassen-verruimen.yaml"));
        assertEquals(Optional.of(nl.veerkracht.model.document.FieldPath.parse("budget.amount")),
                window.editor().get().focusedField(), "the problem opens its field");
    }

    @Test
    @Order(7)
    void aCommitWithAMessageIsFoundInTheHistoryWithItsFieldChanges() throws Exception {
        EntityEditor editor = openTerrassen();
        ((Text) editor.control("budget.amount").orElseThrow()).setText("17500");
        window.runAction("action.save");
        Display.getCurrent().timerExec(100, () -> {
            CommitDialog dialog = window.commitDialog().orElseThrow();
            try {
                dialog.messageField().setText("Budget voor terrassen verhoogd");
                SwtHarness.screenshot(dialog.getShell(), "commit");
                dialog.pressOk();
                SwtHarness.waitUntil("the commit made", () -> !dialog.isRunning());
            } catch (java.io.IOException | RuntimeException e) {
                // the assertions below tell what did not happen
            } finally {
                dialog.close();
            }
        });
        window.runAction("action.commit");
        assertEquals("Budget voor terrassen verhoogd",
                services.store().log(services.demo().breda(), RepositoryName.PLAN).get(0).subject());

        window.runAction("action.history");
        SwtHarness.waitUntil("the history read again", () -> window.background().isIdle()
                && window.history().table().getItemCount() > 0
                && window.history().table().getItem(0).getText(4).equals("Budget voor terrassen verhoogd"));
        assertEquals("GM0758", window.history().table().getItem(0).getText(2));
        window.history().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                window.history().viewer().getElementAt(0)), true);
        SwtHarness.waitUntil("the commit's changes", () -> window.background().isIdle()
                && window.history().changes().getItemCount() > 0);
        TreeItem change = window.history().changes().getItem(0);
        assertEquals("actions/terrassen-verruimen.yaml (gewijzigd)", change.getText(0));
        assertTrue(Arrays.stream(change.getItems()).anyMatch(item -> item.getText(0).equals("budget.amount")
                && item.getText(2).equals("17500")));
        assertEquals(0, window.changes().tree().getItemCount(), "nothing left to commit");
        assertEquals("J. de Vries", window.history().table().getItem(0).getText(1));
        SwtHarness.waitUntil("everything read", () -> window.background().isIdle() && window.history().changes().getItemCount() > 0);
        SwtHarness.screenshot(window.getShell(), "history");
    }

    @Test
    @Order(8)
    void theCouncilsApprovalsAreMilestonesWithWhatChangedSinceOneClickAway() throws Exception {
        window.runAction("action.history");
        String approval = services.demo().approval();
        SwtHarness.waitUntil("the approval marked", () -> window.background().isIdle() && Arrays
                .stream(window.history().table().getItems()).anyMatch(item -> item.getText(3).equals("\u2605 " + approval)));
        window.history().showSinceApproval();
        SwtHarness.waitUntil("the changes since the approval", () -> window.background().isIdle()
                && window.history().changes().getItemCount() > 0);
        assertTrue(window.history().comparing().contains(approval), window.history().comparing());
        assertTrue(Arrays.stream(window.history().changes().getItems())
                .anyMatch(item -> item.getText(0).startsWith("actions/terrassen-verruimen.yaml")));
        SwtHarness.screenshot(window.getShell(), "history-since-approval");

        // two versions compared: the oldest and the newest
        Table table = window.history().table();
        window.history().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(List.of(
                window.history().viewer().getElementAt(0), window.history().viewer().getElementAt(table.getItemCount() - 1))));
        SwtHarness.waitUntil("the two versions compared", () -> window.background().isIdle()
                && window.history().comparing().startsWith("Versie "));
        assertTrue(window.history().changes().getItemCount() > 5, "from the first version to the last, much changed");
    }

    @Test
    @Order(9)
    void anEntitysHistoryComesFromItsEditorAndTheCouncilsApprovalIsADialog() throws Exception {
        openTerrassen();
        window.runAction("action.entityHistory");
        SwtHarness.waitUntil("the history of Terrassen verruimen", () -> window.background().isIdle()
                && window.history().comparing().startsWith("Geschiedenis van Terrassen verruimen")
                && window.history().changes().getItemCount() >= 2);
        assertTrue(window.history().changes().getItem(0).getText(0).contains("Budget voor terrassen verhoogd"),
                window.history().changes().getItem(0).getText(0));

        List<String> outcome = new ArrayList<>();
        Display.getCurrent().timerExec(100, () -> {
            ApproveDialog dialog = window.approveDialog().orElseThrow();
            try {
                dialog.set(java.time.LocalDate.of(2026, 11, 24), "Herstelaanpak 2027");
                SwtHarness.screenshot(dialog.getShell(), "approve");
                dialog.pressOk();
            } catch (java.io.IOException | RuntimeException e) {
                outcome.add(String.valueOf(e));
            } finally {
                dialog.close();
            }
        });
        window.runAction("action.approve");
        assertEquals(List.of(), outcome);
        SwtHarness.waitUntil("the new approval marked", () -> window.background().isIdle() && Arrays
                .stream(window.history().table().getItems()).anyMatch(item -> item.getText(3).equals("\u2605 raad/2026-11-24")));
        assertEquals("\u2605 raad/2026-11-24", window.history().table().getItem(0).getText(3));
    }

    @Test
    @Order(10)
    void aNewEntityGetsAnIdFromItsTitleAndCanBeDeletedAgain() throws Exception {
        Display.getCurrent().timerExec(100, () -> {
            NewEntityDialog dialog = window.newEntityDialog().orElseThrow();
            try {
                dialog.fill(nl.veerkracht.model.EntityKind.NEED, "Ruimte voor pop-upwinkels");
                SwtHarness.screenshot(dialog.getShell(), "new-entity");
                dialog.pressOk();
            } catch (java.io.IOException | RuntimeException e) {
                dialog.close();
            }
        });
        window.runAction("action.new");
        Path file = services.demo().breda().directoryOf(RepositoryName.PLAN).resolve("needs/ruimte-voor-pop-upwinkels.yaml");
        assertTrue(Files.exists(file));
        SwtHarness.waitUntil("the new need opened", () -> window.editor().isPresent()
                && window.editor().get().entity().path().equals("needs/ruimte-voor-pop-upwinkels.yaml"));
        EntityEditor editor = window.editor().get();
        assertEquals("Ruimte voor pop-upwinkels", ((Text) editor.control("title").orElseThrow()).getText());

        Display.getCurrent().timerExec(100, () -> {
            for (org.eclipse.swt.widgets.Shell shell : Display.getCurrent().getShells()) {
                if (shell != window.getShell() && shell.getDefaultButton() != null) {
                    shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        window.runAction("action.delete");
        assertFalse(Files.exists(file));
        SwtHarness.waitUntil("the tree without the need", () -> window.background().isIdle()
                && window.outline().orElseThrow().entity(RepositoryName.PLAN, "needs/ruimte-voor-pop-upwinkels.yaml").isEmpty());
    }

    @Test
    @Order(11)
    void anIndicatorShowsItsObservationsAsATable() throws Exception {
        WorkspaceOutline.Entity indicator = window.outline().orElseThrow()
                .entity(RepositoryName.PLAN, "indicators/terrassen-vergund.yaml").orElseThrow();
        window.open(indicator, Optional.empty());
        SwtHarness.waitUntil("the indicator's editor", () -> window.editor().isPresent()
                && window.editor().get().entity().equals(indicator));
        Table observations = findTable(window.editor().get().control(), "observations");
        assertEquals(List.of("2026-03 82 own", "2026-04 104 own", "2026-06 118 own"),
                Arrays.stream(observations.getItems())
                        .map(item -> item.getText(0) + " " + item.getText(1) + " " + item.getText(2)).toList());
        EntityEditor editor = window.editor().get();
        org.eclipse.swt.widgets.Control form = editor.control();

        // a bad row is told under the table, with validate's message, and taken away again
        type(form, "september", "veel", "");
        SwtHarness.settle();
        assertEquals(4, observations.getItemCount());
        assertTrue(findLabelContaining(form, "regel 5").isPresent(), "the bad row's problem is shown");
        observations.setSelection(3);
        button(form, "Geselecteerde weghalen").notifyListeners(SWT.Selection, new Event());
        assertFalse(findLabelContaining(form, "regel 5").isPresent());

        type(form, "2026-09", "131", "own");
        assertEquals("2026-09 131 own", observations.getItem(3).getText(0) + " " + observations.getItem(3).getText(1)
                + " " + observations.getItem(3).getText(2));
        assertTrue(editor.isDirty());
        SwtHarness.screenshot(window.getShell(), "indicator-observations");
        window.runAction("action.save");
        String csv = Files.readString(services.demo().breda().directoryOf(RepositoryName.PLAN)
                .resolve("indicators/terrassen-vergund.csv"));
        assertTrue(csv.endsWith("2026-06,118,own\n2026-09,131,own\n"), csv);
        assertFalse(editor.isDirty());
    }

    private static void type(org.eclipse.swt.widgets.Control form, String period, String value, String source) {
        ((Text) find(form, "observation.period")).setText(period);
        ((Text) find(form, "observation.value")).setText(value);
        ((Text) find(form, "observation.source")).setText(source);
        button(form, "Waarneming toevoegen").notifyListeners(SWT.Selection, new Event());
    }

    private static org.eclipse.swt.widgets.Control find(org.eclipse.swt.widgets.Control control, String field) {
        if (field.equals(control.getData("field"))) {
            return control;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Control found = find(child, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.eclipse.swt.widgets.Button button(org.eclipse.swt.widgets.Control control, String text) {
        if (control instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(text)) {
            return button;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Button found = button(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Optional<org.eclipse.swt.widgets.Label> findLabelContaining(org.eclipse.swt.widgets.Control control,
            String text) {
        if (control instanceof org.eclipse.swt.widgets.Label label && label.getText().contains(text)) {
            return Optional.of(label);
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                Optional<org.eclipse.swt.widgets.Label> found = findLabelContaining(child, text);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    @Test
    @Order(12)
    void theWindowSpeaksEnglishWhenAskedAndTheMenuOffersTheChoice() throws Exception {
        boolean[] asked = {false};
        MainWindow english = new MainWindow(services.bredaSession(), Texts.of(Language.EN), () -> asked[0] = true);
        english.setBlockOnOpen(false);
        english.open();
        try {
            SwtHarness.waitUntil("the English window read and checked", () -> english.outline().isPresent()
                    && english.background().isIdle() && english.scorecard().tree().getItemCount() == 10);
            assertEquals("Ten-point check", english.tabs().getItem(0).getText());
            assertEquals("Plan: Breda (plan)", english.workspaceTree().tree().getItem(0).getText());
            assertEquals("1. Organise recovery from the existing structure and resources",
                    english.scorecard().tree().getItem(0).getText(0));
            assertTrue(List.of("ok", "attention", "missing").contains(english.scorecard().tree().getItem(0).getText(1)));
            SwtHarness.screenshot(english.getShell(), "english");
            english.runAction("action.dutch");
            assertTrue(asked[0], "the menu's language choice asks for the window in Dutch");
        } finally {
            english.close();
        }
    }

    @Test
    @Order(13)
    void thePlanItselfOpensFromItsRepositoryInTheTree() throws Exception {
        TreeItem plan = window.workspaceTree().tree().getItem(0);
        window.workspaceTree().tree().setSelection(plan);
        window.workspaceTree().tree().notifyListeners(SWT.DefaultSelection, new Event());
        SwtHarness.waitUntil("plan.yaml opened", () -> window.editor().isPresent()
                && window.editor().get().entity().path().equals("plan.yaml"));
        EntityEditor editor = window.editor().get();
        assertEquals("Breda", ((Text) editor.control("name").orElseThrow()).getText());
        assertEquals(List.of(), editor.problems());
        // free texts are one a line: a goal may hold a comma
        Text goals = (Text) editor.control("terms.short.goals").orElseThrow();
        assertEquals("Ondernemers houden liquiditeit\nNiemand hoeft onnodig te sluiten", goals.getText());
        goals.setText(goals.getText() + "\nSnel, en zonder extra regels");
        assertEquals(List.of(), editor.problems());
        assertTrue(editor.isDirty());
        window.runAction("action.undo");
        assertFalse(editor.isDirty());
        SwtHarness.screenshot(window.getShell(), "plan");
    }

    @Test
    @Order(14)
    void aChangeToTheRegionalPlanIsCommittedToTheRegionalPlan() throws Exception {
        RepositoryName region = RepositoryName.region("west-brabant");
        WorkspaceOutline.Entity fund = window.outline().orElseThrow()
                .entity(region, "actions/GM0758-regionaal-ondernemersfonds.yaml").orElseThrow();
        window.open(fund, Optional.empty());
        SwtHarness.waitUntil("the regional fund's editor", () -> window.editor().isPresent()
                && window.editor().get().entity().equals(fund));
        EntityEditor editor = window.editor().get();
        assertFalse(editor.isReadOnly());
        ((Combo) editor.control("status").orElseThrow()).select(
                ((Combo) editor.control("status").orElseThrow()).indexOf("running"));
        ((Combo) editor.control("status").orElseThrow()).notifyListeners(SWT.Selection, new Event());
        window.runAction("action.save");
        assertFalse(editor.isDirty());
        window.runAction("action.changes");
        SwtHarness.waitUntil("the changes read again", () -> window.background().isIdle(),
                () -> window.background().pendingTasks().toString());
        window.changes().select(region);
        assertEquals(1, window.changes().tree().getItemCount(), String.valueOf(window.changes().diffs()));
        assertEquals(region, window.changes().selected());
        List<String> outcome = new ArrayList<>();
        Display.getCurrent().timerExec(100, () -> {
            CommitDialog dialog = window.commitDialog().orElseThrow();
            try {
                dialog.messageField().setText("Regionaal fonds loopt");
                dialog.pressOk();
                SwtHarness.waitUntil("the regional commit", () -> !dialog.isRunning());
                if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                    outcome.add(dialog.outcome());
                }
            } catch (RuntimeException e) {
                outcome.add(String.valueOf(e));
            } finally {
                dialog.close();
            }
        });
        window.runAction("action.commit");
        assertEquals(List.of(), outcome);
        assertEquals("Regionaal fonds loopt", services.store().log(services.demo().breda(), region).get(0).subject());
    }

    private static Table findTable(org.eclipse.swt.widgets.Control control, String name) {
        if (control instanceof Table table && name.equals(table.getData("name"))) {
            return table;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                Table found = findTable(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static EntityEditor openTerrassen() {
        WorkspaceOutline.Entity terrassen = window.outline().orElseThrow()
                .entity(RepositoryName.PLAN, "actions/terrassen-verruimen.yaml").orElseThrow();
        window.open(terrassen, Optional.empty());
        SwtHarness.waitUntil("the editor of Terrassen verruimen", () -> window.editor().isPresent()
                && window.editor().get().entity().equals(terrassen));
        return window.editor().orElseThrow();
    }

    private static nl.veerkracht.checklist.PointStatus statusOf(String word) {
        return switch (word) {
            case "in orde" -> nl.veerkracht.checklist.PointStatus.OK;
            case "aandacht" -> nl.veerkracht.checklist.PointStatus.ATTENTION;
            default -> nl.veerkracht.checklist.PointStatus.MISSING;
        };
    }
}
