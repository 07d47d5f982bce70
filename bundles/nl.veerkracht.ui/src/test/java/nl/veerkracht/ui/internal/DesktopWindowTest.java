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
        validated(editor);
        String shown = editor.message("budget.amount");
        assertFalse(shown.isEmpty(), "a bad amount is told at its field");
        assertTrue(editor.isDirty());
        assertTrue(window.tabs().getSelection().getText().startsWith("*"), "a changed editor is marked");
        SwtHarness.screenshot(window.getShell(), "editor-validation");

        // the message at the field is the one `veerkracht validate` gives for the same file
        save(editor);
        Path file = services.demo().breda().directoryOf(RepositoryName.PLAN).resolve("actions/terrassen-verruimen.yaml");
        PlanVersion saved = services.store().readWorkingTree(services.demo().breda(), RepositoryName.PLAN);
        List<String> validate = saved.problems().stream()
                .filter(problem -> problem.path().equals("actions/terrassen-verruimen.yaml"))
                .map(problem -> problem.message(Language.NL))
                .toList();
        assertEquals(List.of(shown), validate);

        amount.setText("17500");
        validated(editor);
        assertEquals("", editor.message("budget.amount"));
        window.runAction("action.undo");
        assertEquals("tienduizend", amount.getText());
        window.runAction("action.redo");
        assertEquals("17500", amount.getText());
        save(editor);
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
        save(window.editor().get());
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
                dialog.set(java.time.LocalDate.of(2026, 11, 1), "Herstelaanpak 2027");
                // the day picked in the calendar, which speaks the client's language
                dialog.dateField().openCalendar();
                MonthCalendar calendar = dialog.dateField().calendar().orElseThrow();
                if (!calendar.title().equals("november 2026") || !calendar.weekdays().get(0).equals("ma")) {
                    outcome.add(calendar.title() + " " + calendar.weekdays());
                }
                calendar.pick(24);
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
    void anIndicatorsObservationsAreATableWhoseRowsAreAddedChangedAndRemovedWithUndoAndRedo() throws Exception {
        WorkspaceOutline.Entity indicator = window.outline().orElseThrow()
                .entity(RepositoryName.PLAN, "indicators/terrassen-vergund.yaml").orElseThrow();
        window.open(indicator, Optional.empty());
        SwtHarness.waitUntil("the indicator's editor", () -> window.editor().isPresent()
                && window.editor().get().entity().equals(indicator));
        EntityEditor editor = window.editor().get();
        RecordTable observations = editor.observations().orElseThrow();
        assertEquals(List.of("2026-03 82 own", "2026-04 104 own", "2026-06 118 own"), rows(observations.table()));

        // a bad row is told under the table, with validate's message, and taken away again
        type(observations, "september", "veel", "");
        observations.pressAdd();
        assertEquals(4, observations.table().getItemCount());
        assertTrue(editor.observationMessage().contains("regel 5"), editor.observationMessage());
        observations.select(3);
        observations.pressRemove();
        assertEquals(3, observations.table().getItemCount());
        assertFalse(editor.observationMessage().contains("regel 5"), editor.observationMessage());

        type(observations, "2026-09", "131", "own");
        observations.pressAdd();
        assertEquals("2026-09 131 own", rows(observations.table()).get(3));
        assertTrue(editor.isDirty());

        // a row changed in place: selected, its value typed again, updated
        observations.select(3);
        assertEquals("131", ((Text) observations.cell("value")).getText(), "the selected row is put in the fields");
        ((Text) observations.cell("value")).setText("135");
        observations.pressUpdate();
        assertEquals("2026-09 135 own", rows(observations.table()).get(3));

        // undo and redo go through the table's changes: the update, the row added, the row removed
        window.runAction("action.undo");
        assertEquals("2026-09 131 own", rows(observations.table()).get(3));
        window.runAction("action.undo");
        assertEquals(3, observations.table().getItemCount());
        window.runAction("action.undo");
        assertEquals("september veel ", rows(observations.table()).get(3));
        assertTrue(editor.observationMessage().contains("regel 5"), editor.observationMessage());
        window.runAction("action.redo");
        window.runAction("action.redo");
        window.runAction("action.redo");
        assertEquals("2026-09 135 own", rows(observations.table()).get(3));
        assertEquals("", editor.observationMessage());
        observations.select(3);
        ((org.eclipse.swt.custom.ScrolledComposite) editor.control()).showControl(observations.control());
        SwtHarness.screenshot(window.getShell(), "indicator-observations");

        save(editor);
        String csv = Files.readString(services.demo().breda().directoryOf(RepositoryName.PLAN)
                .resolve("indicators/terrassen-vergund.csv"));
        assertTrue(csv.endsWith("2026-06,118,own\n2026-09,135,own\n"), csv);
        assertFalse(editor.isDirty());
        window.runAction("action.undo");
        assertTrue(editor.isDirty(), "undone after the save: the saved rows are no longer what the form holds");
        window.runAction("action.redo");
        assertFalse(editor.isDirty());
    }

    private static List<String> rows(Table table) {
        return Arrays.stream(table.getItems())
                .map(item -> item.getText(0) + " " + item.getText(1) + " " + item.getText(2)).toList();
    }

    private static void type(RecordTable observations, String period, String value, String source) {
        observations.type("period", period);
        observations.type("value", value);
        observations.type("source", source);
    }

    /** Waits until what was typed last has been validated (the form validates a moment after the last keystroke). */
    private static void validated(EntityEditor editor) {
        SwtHarness.waitUntil("the form validated", editor::isValidated);
    }

    /** Saves the open editor, as Ctrl+S does, and waits for the save in the background to end. */
    private static void save(EntityEditor editor) {
        window.runAction("action.save");
        SwtHarness.waitUntil("the save made", () -> !editor.isSaving() && window.background().isIdle(),
                () -> window.failures().toString());
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
        validated(editor);
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
        save(editor);
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

    @Test
    @Order(15)
    void aRegionalActionsContributionsAreEditedPerMemberAndOnlyTheOwnOne() throws Exception {
        RepositoryName region = RepositoryName.region("west-brabant");
        String path = "actions/GM0758-regionaal-ondernemersfonds.yaml";
        EntityEditor editor = openEntity(region, path);
        RecordTable contributions = editor.table("contributions").orElseThrow();
        assertEquals(List.of("Bergen op Zoom 50000", "Breda 200000", "Etten-Leur 60000", "Roosendaal 90000"),
                Arrays.stream(contributions.table().getItems()).map(item -> item.getText(0) + " " + item.getText(1))
                        .toList());

        // another member's contribution is that member's to change, as the region's rules say
        contributions.select(2);
        assertFalse(contributions.mayUpdate(), "Etten-Leur's contribution cannot be changed by Breda");
        assertTrue(contributions.note().contains("alleen een lid zelf wijzigt zijn eigen bijdrage"), contributions.note());
        contributions.type("key", "GM1674");
        contributions.type("value", "1");
        contributions.pressAdd();
        assertTrue(contributions.note().contains("alleen een lid zelf wijzigt zijn eigen bijdrage"), contributions.note());
        assertEquals("Roosendaal 90000", contributions.table().getItem(3).getText(0) + " "
                + contributions.table().getItem(3).getText(1), "a refused change is not made");

        // the own contribution: validated as typed, with validate's message at the field
        contributions.select(1);
        assertTrue(contributions.mayUpdate());
        assertEquals("200000", ((Text) contributions.cell("value")).getText());
        toldThenFixed(editor, contributions, "contributions", "value", "veel", "210000");
        assertEquals(List.of(), editor.problems());
        assertEquals(Optional.empty(), editor.breach());
        window.runAction("action.undo");
        assertEquals("veel", contributions.table().getItem(1).getText(1));
        window.runAction("action.redo");
        assertEquals("210000", contributions.table().getItem(1).getText(1));
        contributions.select(2);
        editor.focus(nl.veerkracht.model.document.FieldPath.parse("contributions"));
        SwtHarness.screenshot(window.getShell(), "regional-contributions");

        save(editor);
        Path file = services.demo().breda().directoryOf(region).resolve(path);
        String yaml = Files.readString(file);
        assertTrue(yaml.endsWith("contributions:\n  GM0748: 50000\n  GM0758: 210000\n  GM0777: 60000\n  GM1674: 90000\n"),
                yaml);
        assertEquals(yaml, new String(nl.veerkracht.format.PlanFiles.write(path,
                nl.veerkracht.format.PlanFiles.read(path, Files.readAllBytes(file))), java.nio.charset.StandardCharsets.UTF_8),
                "written canonically");
        // the region's rules on commits take it: Breda changed only its own contribution
        services.store().commit(services.demo().breda(), region, "Bijdrage van Breda verhoogd", Optional.empty());
    }

    @Test
    @Order(16)
    void aChangeThatTheRegionsRulesRefuseIsToldAtItsFieldAsItIsMade() throws Exception {
        RepositoryName region = RepositoryName.region("west-brabant");
        EntityEditor editor = openEntity(region, "actions/GM0777-werkgelegenheid-bedrijventerreinen.yaml");
        assertFalse(editor.isReadOnly());
        Combo status = (Combo) editor.control("status").orElseThrow();
        status.select(status.indexOf("done"));
        status.notifyListeners(SWT.Selection, new Event());
        validated(editor);
        assertTrue(editor.message("status").contains("alleen deelnemers wijzigen een gedeelde actie"),
                editor.message("status"));
        window.runAction("action.undo");
        validated(editor);
        assertEquals("", editor.message("status"));
        assertFalse(editor.isDirty());
    }

    @Test
    @Order(17)
    void recordsWithListsOfTheirOwnAreEditedInTheForm() throws Exception {
        // the coordinator adds e-mail addresses to a member of the regional plan
        RepositoryName region = RepositoryName.region("west-brabant");
        EntityEditor plan = openEntity(region, "plan.yaml");
        RecordTable members = plan.table("members").orElseThrow();
        assertEquals(4, members.table().getItemCount());
        members.select(2);
        assertEquals("GM1674", ((Text) members.cell("code")).getText());
        members.type("emails", "beleid@roosendaal.nl, *@roosendaal.nl");
        members.pressUpdate();
        assertEquals(List.of(), plan.problems());
        assertEquals("beleid@roosendaal.nl, *@roosendaal.nl", members.table().getItem(2).getText(5));
        SwtHarness.screenshot(window.getShell(), "regional-members");
        save(plan);
        Path file = services.demo().breda().directoryOf(region).resolve("plan.yaml");
        nl.veerkracht.model.document.Node saved = nl.veerkracht.format.PlanFiles.read("plan.yaml", Files.readAllBytes(file));
        assertEquals("beleid@roosendaal.nl, *@roosendaal.nl", DocumentEdits.text(DocumentEdits.get(
                ((nl.veerkracht.model.document.ListNode) DocumentEdits.get(saved, nl.veerkracht.model.document.FieldPath
                        .of("members")).orElseThrow()).items().get(2),
                nl.veerkracht.model.document.FieldPath.of("emails"))));
        services.store().commit(services.demo().breda(), region, "E-mailadressen van Roosendaal", Optional.empty());

        // a runbook step changed in place, validated as typed
        EntityEditor scenario = openEntity(RepositoryName.PLAN, "scenarios/terugval.yaml");
        RecordTable runbook = scenario.table("runbook").orElseThrow();
        runbook.select(1);
        assertEquals("terrassen-omzetten", ((Text) runbook.cell("id")).getText());
        toldThenFixed(scenario, runbook, "runbook", "within_days", "veel", "4");
        save(scenario);
        String yaml = Files.readString(services.demo().breda().directoryOf(RepositoryName.PLAN)
                .resolve("scenarios/terugval.yaml"));
        assertTrue(yaml.contains("  - id: terrassen-omzetten\n    what: Terrasvergunningen omzetten naar afhaalpunten\n"
                + "    who: economische-zaken\n    within_days: 4\n"), yaml);
    }

    @Test
    @Order(18)
    void theCheckIsOfTheRepositoryChosenAMembersPlanToo() throws Exception {
        window.tabs().setSelection(0);
        window.scorecard().select(RepositoryName.member("GM1674"));
        SwtHarness.waitUntil("Roosendaal's plan checked", () -> window.background().isIdle()
                && window.scorecard().summaryText().contains("Roosendaal")
                && window.scorecard().tree().getItemCount() == 10);
        TreeItem finding = Arrays.stream(window.scorecard().tree().getItems())
                .flatMap(point -> Arrays.stream(point.getItems()))
                .filter(item -> item.getText(2).startsWith("members/GM1674/"))
                .findFirst().orElseThrow();
        SwtHarness.screenshot(window.getShell(), "scorecard-member");
        window.scorecard().tree().setSelection(finding);
        window.scorecard().tree().notifyListeners(SWT.DefaultSelection, new Event());
        SwtHarness.waitUntil("the member's file opened", () -> window.editor().isPresent()
                && window.editor().get().entity().repository().equals(RepositoryName.member("GM1674")));
        assertTrue(window.editor().get().isReadOnly());

        // a regional plan is not a municipality's recovery plan: the check says so, as veerkracht check does
        window.tabs().setSelection(0);
        window.scorecard().select(RepositoryName.region("west-brabant"));
        assertTrue(window.scorecard().summaryText().startsWith("region/west-brabant is een regionaal plan"),
                window.scorecard().summaryText());
        assertEquals(0, window.scorecard().tree().getItemCount());

        window.scorecard().select(RepositoryName.PLAN);
        SwtHarness.waitUntil("Breda's plan checked again", () -> window.background().isIdle()
                && window.scorecard().summaryText().contains("Breda") && window.scorecard().tree().getItemCount() == 10);
    }

    @Test
    @Order(19)
    void theHistoryOfARegionalPlanAndOfAMembersPlan() throws Exception {
        window.runAction("action.history");
        RepositoryName region = RepositoryName.region("west-brabant");
        window.history().select(region);
        SwtHarness.waitUntil("the regional plan's history", () -> window.background().isIdle()
                && window.history().table().getItemCount() > 0
                && window.history().table().getItem(0).getText(4).equals("E-mailadressen van Roosendaal"));
        List<String> subjects = Arrays.stream(window.history().table().getItems()).map(item -> item.getText(4)).toList();
        assertTrue(subjects.contains("Regionaal fonds loopt"), subjects.toString());
        assertEquals("GM0758", window.history().table().getItem(0).getText(2));
        int fund = subjects.indexOf("Bijdrage van Breda verhoogd");
        window.history().viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                window.history().viewer().getElementAt(fund)), true);
        SwtHarness.waitUntil("the regional commit's changes", () -> window.background().isIdle()
                && window.history().changes().getItemCount() > 0);
        TreeItem change = window.history().changes().getItem(0);
        assertEquals("actions/GM0758-regionaal-ondernemersfonds.yaml (gewijzigd)", change.getText(0));
        assertTrue(Arrays.stream(change.getItems()).anyMatch(item -> item.getText(0).equals("contributions.GM0758")
                && item.getText(1).equals("200000") && item.getText(2).equals("210000")));
        SwtHarness.screenshot(window.getShell(), "history-region");

        window.history().select(RepositoryName.member("GM1674"));
        SwtHarness.waitUntil("Roosendaal's history", () -> window.background().isIdle()
                && window.history().table().getItemCount() > 0
                && window.history().table().getItem(0).getText(2).equals("GM1674"));
        window.history().select(RepositoryName.PLAN);
        SwtHarness.waitUntil("the plan's history again", () -> window.background().isIdle()
                && window.history().table().getItem(0).getText(2).equals("GM0758"));
    }

    @Test
    @Order(20)
    void aDateIsTypedOrPickedInACalendarInTheClientsLanguage() throws Exception {
        EntityEditor editor = openTerrassen();
        Text start = (Text) editor.control("start").orElseThrow();
        DateField field = DateField.of(start).orElseThrow();
        start.setText("2026-05-12");
        validated(editor);
        editor.focus(nl.veerkracht.model.document.FieldPath.parse("start"));
        field.openCalendar();
        MonthCalendar calendar = field.calendar().orElseThrow();
        assertEquals("mei 2026", calendar.title());
        assertEquals(List.of("ma", "di", "wo", "do", "vr", "za", "zo"), calendar.weekdays());
        SwtHarness.screenshot(window.getShell(), "calendar", field.popup().orElseThrow());
        calendar.pick(20);
        assertEquals("2026-05-20", start.getText());
        assertTrue(field.calendar().isEmpty(), "the calendar closes when a day is picked");
        validated(editor);
        assertEquals("", editor.message("start"));
        window.runAction("action.undo");
        assertEquals("2026-05-12", start.getText());

        // English: the calendar follows the client's language, not the computer's
        org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(Display.getCurrent());
        try {
            shell.setLayout(new org.eclipse.swt.layout.FillLayout());
            DateField english = new DateField(shell, Texts.of(Language.EN), true);
            english.text().setText("2026-11-24");
            shell.pack();
            shell.open();
            english.openCalendar();
            assertEquals("November 2026", english.calendar().orElseThrow().title());
            assertEquals("Mon", english.calendar().orElseThrow().weekdays().get(0));
            english.calendar().orElseThrow().show(java.time.YearMonth.of(2026, 12));
            assertEquals("December 2026", english.calendar().orElseThrow().title());
            english.calendar().orElseThrow().pick(1);
            assertEquals("2026-12-01", english.text().getText());
        } finally {
            shell.dispose();
        }
        window.runAction("action.redo");
        assertEquals("2026-05-20", start.getText());
        window.runAction("action.undo");
        window.runAction("action.undo");
        assertFalse(editor.isDirty());
    }

    @Test
    @Order(21)
    void typingIsValidatedOnceItStopsAndASaveRunsInTheBackground() throws Exception {
        EntityEditor editor = openTerrassen();
        Text title = (Text) editor.control("title").orElseThrow();
        validated(editor);
        int before = editor.validations();
        for (String typed : List.of("T", "Te", "Ter", "Terr", "Terrassen ruimer")) {
            title.setText(typed); // keystrokes faster than the delay: no event loop runs in between
        }
        assertTrue(editor.isDirty(), "the editor is marked at once");
        assertEquals(before, editor.validations(), "not validated per keystroke");
        validated(editor);
        assertEquals(before + 1, editor.validations(), "validated once, after the typing stopped");

        window.runAction("action.save");
        assertTrue(editor.isSaving());
        assertTrue(window.background().pendingTasks().stream().anyMatch(task -> task.contains("opslaan")),
                window.background().pendingTasks().toString());
        SwtHarness.waitUntil("the save made", () -> !editor.isSaving() && window.background().isIdle());
        assertFalse(editor.isDirty());
        assertTrue(Files.readString(services.demo().breda().directoryOf(RepositoryName.PLAN)
                .resolve("actions/terrassen-verruimen.yaml")).contains("title: Terrassen ruimer\n"));
        title.setText("Terrassen verruimen");
        save(editor);
    }

    /** A bad value typed into the selected row is told at the table's field, as validate tells it; a good one ends it. */
    @Test
    @Order(22)
    void aScenarioIsPutIntoEffectAndStoodDownFromItsEditorEachInOneCommit() throws Exception {
        nl.veerkracht.store.Workspace breda = services.demo().breda();
        // what the tests before saved is committed first: putting a scenario into effect is a commit of its own
        if (!services.store().diff(breda, RepositoryName.PLAN, "HEAD", Optional.empty()).entities().isEmpty()) {
            services.store().commit(breda, RepositoryName.PLAN, "Eerdere wijzigingen", Optional.empty());
        }
        Path plan = breda.directoryOf(RepositoryName.PLAN);
        String terrassen = Files.readString(plan.resolve("actions/terrassen-verruimen.yaml"));
        int commits = services.store().log(breda, RepositoryName.PLAN).size();
        EntityEditor scenario = openEntity(RepositoryName.PLAN, "scenarios/terugval.yaml");
        org.eclipse.swt.widgets.Button activate = scenario.scenarioButton(true).orElseThrow();
        org.eclipse.swt.widgets.Button standDown = scenario.scenarioButton(false).orElseThrow();
        assertTrue(activate.isEnabled() && !standDown.isEnabled());

        activate.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        SwtHarness.settle();

        assertEquals(commits + 1, services.store().log(breda, RepositoryName.PLAN).size(), "one commit");
        assertTrue(scenario.bannerText().startsWith("In werking gezet, vastgelegd als "), scenario.bannerText());
        assertTrue(Files.exists(plan.resolve("actions/terugval-loket-opschalen.yaml")));
        assertTrue(Files.readString(plan.resolve("actions/terrassen-verruimen.yaml")).contains("status: suspended\n"));
        assertTrue(!activate.isEnabled() && standDown.isEnabled());
        assertFalse(scenario.isDirty());
        SwtHarness.screenshot(window.getShell(), "scenario-in-effect");

        standDown.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        SwtHarness.settle();

        assertEquals(commits + 2, services.store().log(breda, RepositoryName.PLAN).size(), "one more commit");
        assertTrue(scenario.bannerText().startsWith("Afgeschaald, vastgelegd als "), scenario.bannerText());
        assertEquals(terrassen.replaceAll("status: \\w+", ""), Files.readString(plan.resolve(
                "actions/terrassen-verruimen.yaml")).replaceAll("status: \\w+", ""), "the other fields kept");
        assertEquals(actionStatus(terrassen), actionStatus(Files.readString(plan.resolve("actions/terrassen-verruimen.yaml"))),
                "the suspended action's status restored");
        assertTrue(activate.isEnabled() && !standDown.isEnabled());
    }

    private static String actionStatus(String yaml) {
        return yaml.lines().filter(line -> line.startsWith("status: ")).findFirst().orElseThrow();
    }

    private static void toldThenFixed(EntityEditor editor, RecordTable table, String field, String column, String bad,
            String good) {
        table.type(column, bad);
        table.pressUpdate();
        assertFalse(editor.message(field).isEmpty(), () -> "'" + bad + "' is told at " + field);
        table.type(column, good);
        table.pressUpdate();
        assertEquals("", editor.message(field));
    }

    private static EntityEditor openEntity(RepositoryName repository, String path) {
        WorkspaceOutline.Entity entity = window.outline().orElseThrow().entity(repository, path).orElseThrow();
        window.open(entity, Optional.empty());
        SwtHarness.waitUntil("the editor of " + path, () -> window.editor().isPresent()
                && window.editor().get().entity().equals(entity));
        return window.editor().orElseThrow();
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
