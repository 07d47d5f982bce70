package nl.veerkracht.report.internal.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.report.internal.content.ReportContent.EntityView;
import nl.veerkracht.report.internal.content.ReportContent.FieldView;

/** The report's content from a small plan: the redline, the progress, and a sentence where a section has nothing. */
class ReportBuilderTest {

    private static final Map<String, byte[]> BEFORE = SmallPlans.files("plan.yaml", SmallPlans.PLAN,
            "actions/terrassen-verruimen.yaml", SmallPlans.TERRASSEN.formatted(10000));
    private static final Map<String, byte[]> AFTER = SmallPlans.files("plan.yaml", SmallPlans.PLAN,
            "actions/terrassen-verruimen.yaml", SmallPlans.TERRASSEN.formatted(15000)
                    .replace("  Zonder extra leges.\n", "  Zonder extra leges, tot na de zomer.\n"),
            "lessons/een-loket.md", "---\nid: een-loket\ntitle: Eén loket voor ondernemers\n---\nDat houden we vast.\n");

    @Test
    void theChangedBudgetIsStruckThroughBesideTheNewOneAndTheDescriptionLineByLine() {
        ReportContent content = ReportBuilder.build(SmallPlans.input(BEFORE, AFTER, false), ReportTexts.of(Language.NL));

        EntityView action = entity(content, "Acties", "Terrassen verruimen");
        assertEquals("gewijzigd", action.change());
        assertEquals("Door A. Jansen, 3 juni 2026", action.by());
        FieldView budget = action.fields().stream().filter(f -> f.name().equals("budget.amount")).findFirst()
                .orElseThrow();
        assertEquals(List.of("10000", "15000"), List.of(budget.before(), budget.after()));
        FieldView description = action.fields().stream().filter(f -> f.name().equals("description")).findFirst()
                .orElseThrow();
        assertTrue(description.multiline());
        assertEquals(List.of("Tijdelijk ruimere terrassen.", "Zonder extra leges.",
                "Zonder extra leges, tot na de zomer."), description.lines().stream().map(l -> l.text()).toList());
        assertEquals(List.of(true, false, false), description.lines().stream().map(l -> l.kept()).toList());
        assertTrue(description.lines().get(1).removed());
        assertTrue(description.lines().get(2).added());
        assertEquals("nieuw", entity(content, "Lessen", "Eén loket voor ondernemers").change());
        assertTrue(content.changes().heading().contains("12 mei 2026 (raad/2026-05-12"), content.changes().heading());
    }

    @Test
    void aSuspendedActionGetsARowOfItsOwnWhichIsLeftOutWhileNoneIs() {
        ReportContent none = ReportBuilder.build(SmallPlans.input(BEFORE, AFTER, false), ReportTexts.of(Language.NL));
        assertEquals(List.of("idee", "gepland", "loopt", "afgerond", "gestopt", "Totaal"),
                none.summary().actions().rows().stream().map(ReportContent.Row::label).toList());

        Map<String, byte[]> suspended = SmallPlans.files("plan.yaml", SmallPlans.PLAN, "actions/terrassen-verruimen.yaml",
                SmallPlans.TERRASSEN.formatted(15000).replace("status: running\n", "status: suspended\n"
                        + "suspended_by: terugval\nprevious_status: running\n"),
                "scenarios/terugval.yaml", "id: terugval\ntitle: Terugval\nkind: fallback\ntriggers:\n  - Lockdown\n"
                        + "reviewed: 2026-09-01\nactive_since: 2026-11-01\nactivated_by: J. de Vries\n"
                        + "suspends:\n  - terrassen-verruimen\n");
        ReportContent onHold = ReportBuilder.build(SmallPlans.input(BEFORE, suspended, false), ReportTexts.of(Language.NL));
        assertEquals(List.of("idee", "gepland", "loopt", "opgeschort", "afgerond", "gestopt", "Totaal"),
                onHold.summary().actions().rows().stream().map(ReportContent.Row::label).toList());
    }

    @Test
    void anActionPastItsEndDateThatIsStillRunningIsMarked() {
        ReportContent content = ReportBuilder.build(SmallPlans.input(BEFORE, AFTER, false), ReportTexts.of(Language.EN));

        ReportContent.ActionRow row = content.terms().get(1).actions().get(0);
        assertEquals("Terrassen verruimen", row.title());
        assertEquals("running", row.status());
        assertEquals("75 %", row.progress());
        assertEquals("30 September 2026", row.end());
        assertTrue(row.overdue());
        assertTrue(content.terms().get(0).empty());
        assertEquals("€15,000", content.summary().budget().rows().get(0).cells().get(1));
    }

    @Test
    void noIndicatorsNoRegionNoProvinceLinksAndNoScenarioEachGiveASentence() {
        ReportContent content = ReportBuilder.build(SmallPlans.input(BEFORE, AFTER, false), ReportTexts.of(Language.NL));

        assertFalse(content.numbers().hasIndicators());
        assertTrue(content.numbers().indicators().isEmpty());
        assertEquals("Het plan volgt nog geen indicatoren; er zijn dus geen cijfers om te tonen.",
                content.summary().indicators());
        assertTrue(content.region().none());
        assertTrue(content.province().none());
        assertTrue(content.lessons().noScenarios());
        assertFalse(content.lessons().noLessons());
    }

    @Test
    void aPlanWithoutApprovalIsComparedWithItsFirstCommitAndTheCoverSaysSo() {
        ReportContent content = ReportBuilder.build(SmallPlans.input(BEFORE, AFTER, true), ReportTexts.of(Language.NL));

        assertTrue(content.cover().firstCommit());
        assertEquals("de eerste versie van het plan (commit aaaaaaaaaa): de raad heeft het plan nog niet vastgesteld",
                content.cover().comparedWith());
        assertEquals("1 oktober 2026", content.cover().lastInformed());
    }

    @Test
    void everyTextKeyIsInBothLanguages() {
        assertEquals(ReportTexts.of(Language.NL).labels().keySet(), ReportTexts.of(Language.EN).labels().keySet());
        for (nl.veerkracht.model.ActionStatus status : nl.veerkracht.model.ActionStatus.values()) {
            // a status the model gains (suspended, by a fallback scenario) needs its word in the report
            assertTrue(ReportTexts.of(Language.NL).labels().containsKey("status_" + status.code()), status.code());
            assertTrue(ReportTexts.of(Language.EN).labels().containsKey("status_" + status.code()), status.code());
        }
    }

    private static EntityView entity(ReportContent content, String kind, String title) {
        return content.changes().groups().stream().filter(group -> group.kind().equals(kind))
                .flatMap(group -> group.entities().stream()).filter(entity -> entity.title().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + title + " in " + content.changes()));
    }
}
