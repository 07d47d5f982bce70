package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.FindingLines;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.TestPlan;

/** Point 6, Bouw voort op lessen uit de crisis. */
class Point6LessonsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static List<String> run(BuiltInRule rule, TestPlan plan) {
        return FindingLines.of(rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS));
    }

    private static final String ACTION = "id: loket\ntitle: Ondernemersloket behouden\nterm: medium\nstatus: running\n";

    private static String lesson(String extra) {
        return "---\nid: een-loket\ntitle: Eén loket voor ondernemers\n" + extra + "---\nOndernemers vonden de weg snel.\n";
    }

    @Test
    void lessonsRecordedIsMissingWithoutALesson() {
        LessonsRecorded rule = new LessonsRecorded();
        assertEquals(List.of("missing plan/lessons/"), run(rule, TestPlan.municipality("")));
        assertEquals(List.of(), run(rule, TestPlan.municipality("").with("lessons/een-loket.md", lesson(""))));
    }

    @Test
    void lessonsLinkedWantsALessonToBeBuiltOnByALiveAction() {
        LessonsLinked rule = new LessonsLinked();
        TestPlan unlinked = TestPlan.municipality("").with("actions/loket.yaml", ACTION).with("lessons/een-loket.md", lesson(""));
        assertEquals(List.of("attention plan/lessons/een-loket.md actions"), run(rule, unlinked));
        TestPlan stopped = unlinked.with("actions/loket.yaml", ACTION.replace("running", "stopped"))
                .with("lessons/een-loket.md", lesson("actions:\n  - loket\n"));
        assertEquals(List.of("attention plan/lessons/een-loket.md actions"), run(rule, stopped));
        assertEquals(List.of(), run(rule, stopped.with("actions/loket.yaml", ACTION)));
    }

    @Test
    void lessonSourcesWantsToKnowWhereALessonWasLearnt() {
        LessonSources rule = new LessonSources();
        TestPlan plan = TestPlan.municipality("").with("lessons/een-loket.md", lesson(""));
        assertEquals(List.of("attention plan/lessons/een-loket.md source"), run(rule, plan));
        assertEquals(List.of(), run(rule, plan.with("lessons/een-loket.md", lesson("source: evaluatie coronasteun 2021\n"))));
    }

    @Test
    void relationsMaintainedWantsEveryStakeholderConsultedInTheLastYear() {
        RelationsMaintained rule = new RelationsMaintained();
        TestPlan plan = TestPlan.municipality("")
                .with("stakeholders/khn-breda.yaml", "id: khn-breda\norganisation: KHN Breda\nsector: entrepreneurs\n")
                .with("stakeholders/avans.yaml", "id: avans\norganisation: Avans\nsector: education\nconsultations:\n  - date: 2025-09-01\n")
                .with("stakeholders/chasse.yaml", "id: chasse\norganisation: Chassé\nsector: culture\nconsultations:\n  - date: 2026-06-01\n");
        assertEquals(List.of("attention plan/stakeholders/avans.yaml consultations",
                "attention plan/stakeholders/khn-breda.yaml consultations"), run(rule, plan));
        assertEquals("Met Avans is sinds 1 september 2025 niet meer overlegd, meer dan 12 maanden geleden.",
                rule.evaluate(plan.facts(), TODAY, RuleSettings.DEFAULTS).get(0).problem().dutch());
        TestPlan fixed = plan
                .with("stakeholders/khn-breda.yaml", "id: khn-breda\norganisation: KHN Breda\nsector: entrepreneurs\nconsultations:\n  - date: 2026-10-05\n")
                .with("stakeholders/avans.yaml", "id: avans\norganisation: Avans\nsector: education\nconsultations:\n  - date: 2025-09-01\n  - date: 2026-09-01\n");
        assertEquals(List.of(), run(rule, fixed));
    }
}
