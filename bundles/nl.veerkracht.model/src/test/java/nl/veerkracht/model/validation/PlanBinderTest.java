package nl.veerkracht.model.validation;

import static nl.veerkracht.model.validation.Documents.breda;
import static nl.veerkracht.model.validation.Documents.bredaPlan;
import static nl.veerkracht.model.validation.Documents.indicator;
import static nl.veerkracht.model.validation.Documents.list;
import static nl.veerkracht.model.validation.Documents.map;
import static nl.veerkracht.model.validation.Documents.observations;
import static nl.veerkracht.model.validation.Documents.regionPlan;
import static nl.veerkracht.model.validation.Documents.regionalAction;
import static nl.veerkracht.model.validation.Documents.snapshot;
import static nl.veerkracht.model.validation.Documents.task;
import static nl.veerkracht.model.validation.Documents.terrassenAction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;

class PlanBinderTest {

    private static List<String> fileProblems(String path, Node document) {
        return PlanBinder.bindFile(path, document).problems().stream().map(p -> p.render(Language.EN)).toList();
    }

    private static List<String> planProblems(PlanSnapshot snapshot) {
        return PlanBinder.bind(snapshot).problems().stream().map(p -> p.render(Language.EN)).toList();
    }

    @Test
    void theExamplesOfTheFormatBindWithoutProblems() {
        BoundPlan bound = PlanBinder.bind(breda());

        assertEquals(List.of(), bound.problems());
        PlanContents contents = bound.contents();
        LocalPlan plan = (LocalPlan) contents.plan().orElseThrow();
        assertEquals("GM0758", plan.identifier());
        assertEquals(List.of("recreeren", "werken", "ontmoeten"), plan.recoveryLines().stream().map(l -> l.id()).toList());
        assertEquals(Optional.of(4), plan.term(Term.SHORT).orElseThrow().horizonWeeks());
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), plan.term(Term.MEDIUM).orElseThrow().until());
        assertEquals(Optional.of(24), plan.leads().orElseThrow().official().orElseThrow().hoursFreedPerWeek());
        assertEquals(Optional.of(50000L), plan.budget().orElseThrow().reserve());
        assertEquals(Optional.of(false), plan.separateRecoveryOrganisation());

        Action action = contents.actions().get("terrassen-verruimen");
        assertEquals(Term.SHORT, action.term());
        assertEquals(ActionStatus.RUNNING, action.status());
        assertEquals(List.of(Theme.INNOVATIE), action.themes());
        assertEquals(Optional.of(15000L), action.budget().orElseThrow().amount());
        assertEquals(Optional.of(BudgetSource.EXISTING), action.budget().orElseThrow().source());
        assertEquals(Optional.of(new BigDecimal("120")), action.indicators().get(0).target());
        assertEquals(Optional.of(LocalDate.of(2026, 4, 29)), action.end());

        assertEquals(Optional.of("56"), contents.needs().get("liquiditeit-horeca").sector());
        assertEquals(List.of(new Observation("2025", new BigDecimal("14420"), Optional.of(nl.veerkracht.model.IndicatorSource.CBS)),
                new Observation("2026-Q1", new BigDecimal("14510"), Optional.of(nl.veerkracht.model.IndicatorSource.CBS))),
                contents.observationsOf("terrassen-vergund"));
        assertTrue(contents.lessons().get("een-ondernemersloket").body().startsWith("Ondernemers vonden"));
        assertEquals(2, contents.scenarios().get("terugval").runbook().size());
        assertEquals(Optional.of(2), contents.scenarios().get("terugval").runbook().get(0).withinDays());
    }

    @Test
    void aRegionalPlanBindsItsMembersAndTheirContributions() {
        BoundPlan bound = PlanBinder.bind(snapshot("plan.yaml", regionPlan(),
                "actions/GM0758-binnenstadfonds.yaml", regionalAction()));

        assertEquals(List.of(), bound.problems());
        RegionalPlan plan = (RegionalPlan) bound.contents().plan().orElseThrow();
        assertEquals(PlanKind.REGION, plan.kind());
        assertEquals("Etten-Leur", plan.member("GM0777").orElseThrow().name());
        Action action = bound.contents().actions().get("GM0758-binnenstadfonds");
        assertEquals(Map.of("GM0758", 20000L, "GM0777", 10000L), action.contributions());
        assertEquals(List.of("GM0758", "GM0777"), action.participants());
        assertEquals(Optional.empty(), plan.hub(), "peer to peer");
    }

    @Test
    void aRegionalPlanMayNameItsHub() {
        BoundPlan bound = PlanBinder.bind(snapshot("plan.yaml",
                regionPlan().with("hub", Documents.node("https://git.example.nl/west-brabant/regio.git"))));

        assertEquals(List.of(), bound.problems());
        RegionalPlan plan = (RegionalPlan) bound.contents().plan().orElseThrow();
        assertEquals(Optional.of("https://git.example.nl/west-brabant/regio.git"), plan.hub());
        assertEquals(List.of("plan.yaml: hub is not a field of a municipality plan"),
                PlanBinder.bind(snapshot("plan.yaml", bredaPlan().with("hub", Documents.node("/srv/hub.git"))))
                        .problems().stream().map(problem -> problem.render(Language.EN)).toList());
    }

    @Test
    void aRegionRaisesItsLimitOfFilesWithinBounds() {
        BoundPlan raised = PlanBinder.bind(snapshot("plan.yaml", regionPlan().with("max_files", Documents.node(25000))));
        assertEquals(List.of(), raised.problems());
        assertEquals(25000, ((RegionalPlan) raised.contents().plan().orElseThrow()).filesLimit());
        assertEquals(RegionalPlan.FILES_LIMIT,
                ((RegionalPlan) PlanBinder.bind(snapshot("plan.yaml", regionPlan())).contents().plan().orElseThrow())
                        .filesLimit(), "without max_files, the limit of every repository");

        assertEquals(List.of("plan.yaml: max_files is 500; a region can raise the number of files per commit from 10000 to 100000 at most"),
                planProblems(snapshot("plan.yaml", regionPlan().with("max_files", Documents.node(500)))));
        assertEquals(List.of("plan.yaml: max_files is 1000000; a region can raise the number of files per commit from 10000 to 100000 at most"),
                planProblems(snapshot("plan.yaml", regionPlan().with("max_files", Documents.node(1_000_000)))));
        assertEquals(List.of("plan.yaml: max_files is not a field of a municipality plan"),
                planProblems(snapshot("plan.yaml", bredaPlan().with("max_files", Documents.node(20000)))));
    }

    @Test
    void aMemberMayListTheEmailsOfItsAuthors() {
        MapNode plan = regionPlan().with("members", list(
                map("code", "GM0758", "name", "Breda", "emails", list("j.devries@breda.nl")),
                map("code", "GM0777", "name", "Etten-Leur", "emails", list("*@etten-leur.nl", "*@Gemeente-EttenLeur.nl"))));
        BoundPlan bound = PlanBinder.bind(snapshot("plan.yaml", plan));

        assertEquals(List.of(), bound.problems());
        RegionalPlan region = (RegionalPlan) bound.contents().plan().orElseThrow();
        assertEquals(List.of("*@etten-leur.nl", "*@Gemeente-EttenLeur.nl"), region.member("GM0777").orElseThrow().emails());
        assertEquals(List.of("GM0777"), region.membersWithEmail("P.Jansen@gemeente-ettenleur.nl").stream()
                .map(member -> member.code()).toList());
        assertEquals(List.of("GM0758"), region.membersWithEmail("j.devries@breda.nl").stream()
                .map(member -> member.code()).toList());
        assertEquals(List.of(), region.membersWithEmail("k.devries@breda.nl"));
        RegionalPlan withoutEmails = (RegionalPlan) PlanBinder.bind(snapshot("plan.yaml", regionPlan())).contents()
                .plan().orElseThrow();
        assertEquals(List.of(), withoutEmails.member("GM0758").orElseThrow().emails());
    }

    @Test
    void anEmailPatternIsAnAddressOrAStarAndADomain() {
        MapNode plan = regionPlan().with("members", list(
                map("code", "GM0777", "name", "Etten-Leur", "emails", list("*@etten-leur.nl", "p.*@etten-leur.nl",
                        "etten-leur.nl", "*@etten-leur.nl"))));

        assertEquals(List.of(
                "plan.yaml: members[GM0777].emails must be an e-mail address (like j.devries@breda.nl) or * and a domain"
                        + " (like *@etten-leur.nl; * stands for the whole part before the @), not 'p.*@etten-leur.nl'",
                "plan.yaml: members[GM0777].emails must be an e-mail address (like j.devries@breda.nl) or * and a domain"
                        + " (like *@etten-leur.nl; * stands for the whole part before the @), not 'etten-leur.nl'",
                "plan.yaml: members[GM0777].emails: '*@etten-leur.nl' appears twice"),
                fileProblems("plan.yaml", plan));
    }

    @Test
    void aRepositoryUrlWithAPasswordIsAProblemThatDoesNotRepeatThePassword() {
        MapNode plan = regionPlan().with("hub", Documents.node("https://breda:geheim@git.example.nl/regio.git"))
                .with("members", list(map("code", "GM0758", "name", "Breda",
                        "url", "https://breda@git.example.nl/breda.git", "plan_url", "http://x:y@h/plan")));

        assertEquals(List.of(
                "plan.yaml: members[GM0758].plan_url holds a URL with a password; a plan is shared, so put the user name"
                        + " and password in ~/.netrc or ~/.git-credentials and leave the password out of the URL",
                "plan.yaml: hub holds a URL with a password; a plan is shared, so put the user name and password in"
                        + " ~/.netrc or ~/.git-credentials and leave the password out of the URL"),
                fileProblems("plan.yaml", plan));
    }

    @Test
    void aProvinceRepositoryBindsItsTasks() {
        BoundPlan bound = PlanBinder.bind(snapshot(
                "plan.yaml", map("kind", "province", "code", "PV30", "name", "Noord-Brabant"),
                "tasks/digitalisering-mkb.yaml", task()));

        assertEquals(List.of(), bound.problems());
        assertEquals(Theme.DIGITALISERING, bound.contents().tasks().get("digitalisering-mkb").theme().orElseThrow());
        assertEquals(LocalDate.of(2027, 1, 31),
                bound.contents().tasks().get("digitalisering-mkb").funding().get(0).deadline().orElseThrow());
    }

    @Test
    void aValueOutsideItsVocabularyNamesTheWordsAllowed() {
        MapNode action = terrassenAction().with("term", Documents.node("kort"));

        assertEquals(List.of("actions/terrassen-verruimen.yaml: term must be short, medium or long, not 'kort'"),
                fileProblems("actions/terrassen-verruimen.yaml", action));
        assertEquals("term moet short, medium of long zijn, niet 'kort'",
                PlanBinder.bindFile("actions/terrassen-verruimen.yaml", action).problems().get(0).message(Language.NL));
    }

    @Test
    void requiredFieldsAreNamedWhenMissingOrEmpty() {
        assertEquals(List.of("actions/x.yaml: title is missing", "actions/x.yaml: status is missing"),
                fileProblems("actions/x.yaml", map("id", "x", "term", "short")));
        assertEquals(List.of("needs/x.yaml: title must not be empty"),
                fileProblems("needs/x.yaml", map("id", "x", "title", " ")));
        assertEquals(List.of("needs/x.yaml: title must not be empty"),
                fileProblems("needs/x.yaml", map("id", "x", "title", null)));
        assertEquals(List.of("scenarios/s.yaml: runbook[2].id is missing"), fileProblems("scenarios/s.yaml",
                map("id", "s", "title", "S", "kind", "fallback",
                        "runbook", list(map("id", "a", "what", "A"), map("what", "B")))));
        assertEquals(List.of("plan.yaml: members[GM0777].name is missing"),
                fileProblems("plan.yaml", map("kind", "region", "id", "west-brabant", "name", "West-Brabant",
                        "members", list(map("code", "GM0777")))));
    }

    @Test
    void anUnknownFieldIsATypoWithASuggestionWhenOneIsClose() {
        assertEquals(List.of("needs/x.yaml: unknown field 'titel'; did you mean 'title'?",
                "needs/x.yaml: title is missing"), fileProblems("needs/x.yaml", map("id", "x", "titel", "X")));
        assertEquals(List.of("needs/x.yaml: unknown field 'omschrijving'"),
                fileProblems("needs/x.yaml", map("id", "x", "title", "X", "omschrijving", "Y")));
        assertEquals(List.of("plan.yaml: unknown field 'goal'; did you mean 'goals'?"),
                fileProblems("plan.yaml", bredaPlan().with("terms", map("long", map("goal", list("x"))))));
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        assertEquals(List.of("actions/terrassen-verruimen.yaml: themes must be a list"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("themes", Documents.node("innovatie"))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: budget must hold fields (key: value), not a single value or a list"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("budget", Documents.node(15000))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: title must be a single value, not a list or fields"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("title", list("a", "b"))));
        assertEquals(List.of("plan.yaml: separate_recovery_organisation must be true or false, not 'yes'"),
                fileProblems("plan.yaml", bredaPlan().with("separate_recovery_organisation", Documents.node("yes"))));
        assertEquals(List.of("plan.yaml: budget.reserve: write 50000 without quotes"),
                fileProblems("plan.yaml", bredaPlan().with("budget", map("reserve", "50000"))));
        assertEquals(List.of("needs/x.yaml: title must be text"),
                fileProblems("needs/x.yaml", map("id", "x", "title", 12)));
    }

    @Test
    void codesIdsDatesAmountsAndPercentagesMustBeWellFormed() {
        assertEquals(List.of("plan.yaml: code must be a CBS municipality code (GM and four digits, like GM0758), not 'GM758'"),
                fileProblems("plan.yaml", bredaPlan().with("code", Documents.node("GM758"))));
        assertEquals(List.of("plan.yaml: code must be a CBS province code (PV and two digits, like PV30), not 'GM0758'"),
                fileProblems("plan.yaml", map("kind", "province", "code", "GM0758", "name", "Noord-Brabant")));
        assertEquals(List.of("plan.yaml: province must be a CBS province code (PV and two digits, like PV30), not 'NB'"),
                fileProblems("plan.yaml", bredaPlan().with("province", Documents.node("NB"))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: needs must be an id of lowercase letters, digits and hyphens (like terrassen-verruimen or GM0758-binnenstadfonds), not 'Liquiditeit Horeca'"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("needs", list("Liquiditeit Horeca"))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: start must be a real date written as yyyy-mm-dd (like 2026-04-01), not '1-4-2026'",
                "actions/terrassen-verruimen.yaml: end must be a real date written as yyyy-mm-dd (like 2026-04-01), not '2026-02-30'"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("start", Documents.node("1-4-2026"))
                        .with("end", Documents.node("2026-02-30"))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: budget.amount must be a whole number of euros, 0 or more, not '-5'"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("budget", map("amount", -5))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: budget.amount must be a whole number of euros, 0 or more, not '15000.50'"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("budget", map("amount", new BigDecimal("15000.50")))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: progress must be a whole percentage from 0 to 100, not '101'"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("progress", Documents.node(101))));
        assertEquals(List.of("plan.yaml: terms.short.horizon_weeks must be a whole number, 1 or more, not '0'"),
                fileProblems("plan.yaml", bredaPlan().with("terms", map("short", map("horizon_weeks", 0)))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: links.province must name a provincial task as <province code>/<task id>, like PV30/digitalisering-mkb, not 'digitalisering-mkb'"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("links", map("province", list("digitalisering-mkb")))));
        assertEquals(List.of("indicators/v.csv: period must be a period like 2025, 2025-Q1, 2025-03 or 2025-03-31, not '2025-Q5'",
                "indicators/v.csv: value must be a number like 120 or 3.5, not 'veel'"),
                fileProblems("indicators/v.csv", list(map("period", "2025-Q5", "value", 1), map("period", "2025", "value", "veel"))));
    }

    @Test
    void anAmountBeyondTenToTheTwelfthEurosIsAProblem() {
        assertEquals(List.of(), fileProblems("actions/terrassen-verruimen.yaml",
                terrassenAction().with("budget", map("amount", 1_000_000_000_000L))), "10^12 itself is allowed");
        assertEquals(List.of("actions/terrassen-verruimen.yaml: budget.amount is 1000000000001 euros, more than any plan can hold (1,000,000,000,000 euros, 10^12); check the amount"),
                fileProblems("actions/terrassen-verruimen.yaml",
                        terrassenAction().with("budget", map("amount", 1_000_000_000_001L))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: budget.amount is 9223372036854775807 euros, more than any plan can hold (1,000,000,000,000 euros, 10^12); check the amount"),
                fileProblems("actions/terrassen-verruimen.yaml",
                        terrassenAction().with("budget", map("amount", Long.MAX_VALUE))));
        assertEquals(List.of("actions/terrassen-verruimen.yaml: budget.amount is 99999999999999999999999 euros, more than any plan can hold (1,000,000,000,000 euros, 10^12); check the amount"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("budget",
                        map("amount", ScalarNode.of(ScalarNode.Type.INTEGER, "99999999999999999999999", SourcePosition.UNKNOWN)))),
                "beyond a long, too");
        assertEquals(List.of("plan.yaml: budget.reserve is 9223372036854775807 euros, more than any plan can hold (1,000,000,000,000 euros, 10^12); check the amount"),
                fileProblems("plan.yaml", bredaPlan().with("budget", map("reserve", Long.MAX_VALUE))));
        assertEquals(List.of("actions/GM0758-binnenstadfonds.yaml: contributions.GM0777 is 9223372036854775807 euros, more than any plan can hold (1,000,000,000,000 euros, 10^12); check the amount"),
                fileProblems("actions/GM0758-binnenstadfonds.yaml", regionalAction().with("contributions",
                        map("GM0758", 20000, "GM0777", Long.MAX_VALUE))));
    }

    @Test
    void regionalIdsStartWithAMunicipalityCode() {
        assertEquals(List.of(), fileProblems("actions/GM0758-binnenstadfonds.yaml", regionalAction()));
        assertEquals(List.of("actions/gm0758-x.yaml: id 'GM0758-x' does not match the file name; the id must be 'gm0758-x'"),
                fileProblems("actions/gm0758-x.yaml", regionalAction().with("id", Documents.node("GM0758-x"))));
    }

    @Test
    void anEntitysIdIsItsFileName() {
        assertEquals(List.of("needs/horeca.yaml: id 'liquiditeit-horeca' does not match the file name; the id must be 'horeca'"),
                fileProblems("needs/horeca.yaml", Documents.need()));
        assertEquals(List.of("needs/Horeca.yaml: the file name 'Horeca' is not a valid id; use lowercase letters, digits and hyphens"),
                fileProblems("needs/Horeca.yaml", Documents.need().with("id", Documents.node("horeca"))));
    }

    @Test
    void setsAndKeyedListsHoldEachValueOnce() {
        assertEquals(List.of("actions/terrassen-verruimen.yaml: needs: 'a' appears twice"),
                fileProblems("actions/terrassen-verruimen.yaml", terrassenAction().with("needs", list("a", "b", "a"))));
        assertEquals(List.of("plan.yaml: recovery_lines: id 'werken' appears twice"),
                fileProblems("plan.yaml", bredaPlan().with("recovery_lines", list(map("id", "werken"), map("id", "werken")))));
        assertEquals(List.of("indicators/v.csv: period '2025' appears twice"),
                fileProblems("indicators/v.csv", list(map("period", "2025", "value", 1), map("period", "2025", "value", 2))));
    }

    @Test
    void fieldsOfAnotherKindOfPlanAreNamed() {
        assertEquals(List.of("plan.yaml: regions is not a field of a province plan"),
                fileProblems("plan.yaml", map("kind", "province", "code", "PV30", "name", "Noord-Brabant",
                        "regions", list("west-brabant"))));
        assertEquals(List.of("plan.yaml: code is not a field of a region plan"),
                fileProblems("plan.yaml", regionPlan().with("code", Documents.node("GM0758"))));
    }

    @Test
    void everyReferenceMustResolveInsideTheRepository() {
        MapNode action = terrassenAction()
                .with("needs", list("liquiditeit-horeca", "huur"))
                .with("stakeholders", list("vvv"))
                .with("indicators", list(map("id", "bezoekers", "target", 3)))
                .with("recovery_line", Documents.node("wonen"))
                .with("budget", map("line", "ez-2027"));
        PlanSnapshot snapshot = breda().with("actions/terrassen-verruimen.yaml", action)
                .with("lessons/een-ondernemersloket.md", Documents.lesson().with("actions", list("loket")))
                .with("indicators/bezoekers.csv", observations());

        assertEquals(List.of(
                "actions/terrassen-verruimen.yaml: recovery_line: plan.yaml has no recovery line 'wonen'",
                "actions/terrassen-verruimen.yaml: needs: there is no need 'huur' (needs/huur.yaml)",
                "actions/terrassen-verruimen.yaml: stakeholders: there is no stakeholder 'vvv' (stakeholders/vvv.yaml)",
                "actions/terrassen-verruimen.yaml: budget.line: plan.yaml has no budget line 'ez-2027'",
                "actions/terrassen-verruimen.yaml: indicators[bezoekers].id: there is no indicator 'bezoekers' (indicators/bezoekers.yaml)",
                "indicators/bezoekers.csv: these observations belong to no indicator: indicators/bezoekers.yaml is missing",
                "lessons/een-ondernemersloket.md: actions: there is no action 'loket' (actions/loket.yaml)"),
                planProblems(snapshot));
    }

    @Test
    void membersOfARegionAreItsMemberCodes() {
        MapNode action = regionalAction().with("participants", list("GM0758", "GM0826"))
                .with("contributions", map("GM0758", 1, "GM0826", 2))
                .with("lead_municipality", Documents.node("GM0826"));
        PlanSnapshot snapshot = snapshot("plan.yaml", regionPlan().with("coordinator", Documents.node("GM0826")),
                "actions/GM0758-binnenstadfonds.yaml", action);

        assertEquals(List.of(
                "actions/GM0758-binnenstadfonds.yaml: lead_municipality: 'GM0826' is not a member of this region",
                "actions/GM0758-binnenstadfonds.yaml: participants: 'GM0826' is not a member of this region",
                "actions/GM0758-binnenstadfonds.yaml: contributions: 'GM0826' is not a member of this region",
                "plan.yaml: coordinator: 'GM0826' is not a member of this region"),
                planProblems(snapshot));
    }

    @Test
    void regionalFieldsBelongOnARegionalPlanOnly() {
        PlanSnapshot snapshot = breda().with("actions/GM0758-binnenstadfonds.yaml", regionalAction());

        assertEquals(List.of(
                "actions/GM0758-binnenstadfonds.yaml: lead_municipality is only for actions of a regional plan",
                "actions/GM0758-binnenstadfonds.yaml: participants is only for actions of a regional plan",
                "actions/GM0758-binnenstadfonds.yaml: contributions is only for actions of a regional plan"),
                planProblems(snapshot));
    }

    @Test
    void aRepositoryHasAPlan() {
        assertEquals(List.of("plan.yaml: plan.yaml is missing; every plan repository has one"),
                planProblems(snapshot("needs/liquiditeit-horeca.yaml", Documents.need())));
    }

    @Test
    void filesThatCouldNotBeReadCountAsPresentSoTheirAbsenceIsNotReportedToo() {
        PlanSnapshot withoutPlanAndNeed = breda().without("plan.yaml").without("needs/liquiditeit-horeca.yaml");

        assertEquals(List.of(), PlanBinder.bind(withoutPlanAndNeed,
                Set.of("plan.yaml", "needs/liquiditeit-horeca.yaml")).problems());
        assertFalse(PlanBinder.bind(withoutPlanAndNeed).isValid());
    }

    @Test
    void anEntityWithProblemsInOptionalFieldsIsStillBoundWithoutThem() {
        BoundFile bound = PlanBinder.bindFile("actions/terrassen-verruimen.yaml",
                terrassenAction().with("progress", Documents.node(140)).with("status", Documents.node("running")));

        assertEquals(1, bound.problems().size());
        Action action = (Action) bound.entity().orElseThrow();
        assertEquals(Optional.empty(), action.progress());
        assertEquals("Terrassen verruimen", action.title());
    }

    @Test
    void anEntityWithoutItsRequiredFieldsIsNotBound() {
        BoundFile bound = PlanBinder.bindFile("actions/terrassen-verruimen.yaml",
                terrassenAction().with("term", Documents.node("kort")));

        assertEquals(Optional.empty(), bound.entity());
        assertFalse(bound.isValid());
    }

    @Test
    void aFileThatIsNotAPlanFileIsSaidSo() {
        assertEquals(List.of("actions/x.yml: 'actions/x.yml' is not a plan file and is not read; files here are named like actions/<id>.yaml"),
                fileProblems("actions/x.yml", map()));
        assertEquals(List.of("indicators/x.txt: 'indicators/x.txt' is not a plan file and is not read; files here are named like indicators/<id>.yaml or indicators/<id>.csv"),
                fileProblems("indicators/x.txt", map()));
    }

    @Test
    void aWholeFileOfTheWrongShapeIsSaidSo() {
        assertEquals(List.of("needs/x.yaml: the file must hold fields (key: value), not a list or a single value"),
                fileProblems("needs/x.yaml", list("x")));
        assertEquals(List.of("indicators/x.csv: the file must hold a list of rows"),
                fileProblems("indicators/x.csv", map()));
        assertEquals(List.of("plan.yaml: kind must be municipality, region or province, not 'gemeente'",
                "plan.yaml: unknown field 'naam'; did you mean 'name'?", "plan.yaml: name is missing"),
                fileProblems("plan.yaml", map("kind", "gemeente", "naam", "Breda")));
    }
}
