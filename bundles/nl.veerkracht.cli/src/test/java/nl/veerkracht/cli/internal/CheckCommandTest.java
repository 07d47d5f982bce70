package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.PointStatus;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.store.RepositoryName;

/** {@code veerkracht check}: the scorecard as a policy officer reads it, as JSON, and its exit codes. */
class CheckCommandTest {

    @TempDir
    Path temp;

    private Path workspace;

    private static CommandRun run(Services services, String... args) {
        return CommandRun.of(new VeerkrachtCommandRunner("test", services), args);
    }

    private static CommandRun run(String... args) {
        return run(TestServices.create(), args);
    }

    private void write(String path, String content) throws Exception {
        Path file = workspace.resolve("plan").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void init() {
        workspace = temp.resolve("etten-leur");
        CommandRun init = run("init", workspace.toString(), "--code", "GM0777", "--name", "Etten-Leur", "--province", "PV30",
                "--author", "M. Bakker <m.bakker@etten-leur.nl>");
        assertEquals(0, init.exitCode(), init.err());
    }

    @Test
    void aNewPlanIsMissingOnEveryPointAndTheCheckFails() {
        CommandRun check = run("check", "-w", workspace.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertEquals("", check.err());
        for (ChecklistPoint point : ChecklistPoint.values()) {
            assertEquals(1, check.outLines().stream()
                    .filter(line -> line.matches(" ?" + point.number() + "\\. \\[ontbreekt\\] +" + point.dutchTitle())).count(),
                    () -> point + " in\n" + check.out());
        }
        assertTrue(check.out().contains("Uitkomst: 0 in orde, 0 aandacht nodig, 10 ontbrekend."), check.out());

        CommandRun english = run("check", "-w", workspace.toString(), "--lang", "en");
        assertEquals(1, english.exitCode());
        assertTrue(english.out().contains(" 3. [missing]          Use a diverse, cross-sector network"), english.out());
        assertTrue(english.out().contains("To do: Bring together the stakeholders"), english.out());
    }

    private static final String TODAY_PLUS_3_WEEKS = LocalDate.now().plusWeeks(3).toString();
    private static final String A_MONTH_AGO = LocalDate.now().minusMonths(1).toString();

    /** A small plan: good on most points, no lessons, no fallback scenario, one term only. */
    private void smallPlan() throws Exception {
        write("plan.yaml", """
                kind: municipality
                code: GM0777
                name: Etten-Leur
                province: PV30
                regions:
                  - west-brabant
                vision: |
                  Etten-Leur houdt een levendig centrum.
                terms:
                  short:
                    horizon_weeks: 6
                    goals:
                      - Marktondernemers houden omzet
                    principles:
                      - Binnen bestaande budgetten
                  medium:
                    goals:
                      - Een vaste plek voor de markt
                    principles:
                      - Samen met de regio
                  long:
                    goals:
                      - Een centrum dat recreëren en werken combineert
                    principles:
                      - Transities geleidelijk inbedden
                leads:
                  official:
                    name: P. Smit
                    hours_freed_per_week: 20
                  administrative:
                    name: M. Bakker
                council:
                  information_interval_weeks: 8
                  last_informed: %s
                departments:
                  - economische-zaken
                  - onderwijs
                budget:
                  lines:
                    - id: ez-2026
                      source: existing
                      amount: 80000
                  reserve: 10000
                """.formatted(A_MONTH_AGO));
        write("actions/markt-verplaatsen.yaml", """
                id: markt-verplaatsen
                title: Weekmarkt verplaatsen
                term: short
                themes:
                  - innovatie
                  - digitalisering
                department: economische-zaken
                needs:
                  - omzet-markt
                budget:
                  amount: 5000
                  source: existing
                indicators:
                  - id: marktkramen
                    target: 40
                status: running
                end: %s
                links:
                  province:
                    - PV30/digitalisering-mkb
                """.formatted(TODAY_PLUS_3_WEEKS));
        write("needs/omzet-markt.yaml", "id: omzet-markt\ntitle: Omzet van marktondernemers\ndate: " + A_MONTH_AGO + "\nurgency: high\n");
        for (String[] stakeholder : List.of(new String[] {"marktvereniging", "entrepreneurs"},
                new String[] {"curio", "education"}, new String[] {"nieuwe-nobelaer", "culture"})) {
            write("stakeholders/" + stakeholder[0] + ".yaml", "id: " + stakeholder[0] + "\norganisation: " + stakeholder[0]
                    + "\nsector: " + stakeholder[1] + "\nconsultations:\n  - date: " + A_MONTH_AGO + "\n");
        }
        write("indicators/marktkramen.yaml", "id: marktkramen\ntitle: Marktkramen\nsource: kvk\nbaseline: 30\ntarget: 40\n");
        write("indicators/marktkramen.csv", "period,value,source\n" + A_MONTH_AGO + ",34,kvk\n");
        assertEquals(0, run("approve", "-w", workspace.toString(), "--date", LocalDate.now().toString(), "--author",
                "M. Bakker <m.bakker@etten-leur.nl>").exitCode());
    }

    @Test
    void theScorecardSaysPerPointWhatToOpenAndWhatToDo() throws Exception {
        smallPlan();
        CommandRun check = run("check", "-w", workspace.toString());
        assertEquals(1, check.exitCode(), check.err());
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl")).format(LocalDate.now());
        assertEquals("""
                Tienpuntencheck van Etten-Leur (GM0777) in plan, op %s
                Getoetst aan de VNG-checklist 'Top 10 checklist voor een effectieve herstelaanpak van de lokale economie'.

                 1. [in orde]         Organiseer herstel vanuit de bestaande structuur en middelen
                 2. [in orde]         Stel de behoefte van de ondernemer centraal
                 3. [in orde]         Maak gebruik van een divers en cross-sectoraal netwerk
                 4. [in orde]         Gebruik data en actieve monitoring
                 5. [in orde]         Benoem een trekker
                 6. [ontbreekt]       Bouw voort op lessen uit de crisis
                       - plan/lessons/
                         Ontbreekt: Het plan legt geen lessen uit de crisis vast.
                         Te doen: Leg in lessons/ vast wat de crisis heeft geleerd, bijvoorbeeld over de dienstverlening aan ondernemers, met de bron en de acties die erop voortbouwen.
                 7. [in orde]         Zorg voor een dynamische herstelaanpak
                 8. [aandacht nodig]  Regionale samenwerking versterkt
                       - plan/actions/
                         Let op: Het plan doet mee aan geen enkele gedeelde regionale actie.
                         Te doen: Doe mee aan een actie van het regionale plan waar een regionale aanpak versterkt: koppel een actie met links.region, of laat de gemeente opnemen bij participants.
                       - province/PV30
                         Let op: De koppeling met provincie PV30 is niet te controleren: de werkruimte heeft geen kopie van haar programma.
                         Te doen: Haal het programma van de provincie op (veerkracht sync).
                       - region/west-brabant
                         Let op: De werkruimte heeft geen kopie van het regionale plan west-brabant.
                         Te doen: Haal het regionale plan op (veerkracht sync), zodat de afstemming met de regio actueel is.
                 9. [aandacht nodig]  Onderscheid tussen de korte en lange termijn geeft overzicht en ruimte
                       - plan/actions/
                         Let op: Er zijn geen acties op de middellange termijn.
                         Te doen: Niet alles hoeft nu; bedenk wat er op de middellange termijn moet gebeuren en zet die acties in actions/.
                       - plan/actions/
                         Let op: Er zijn geen acties op de lange termijn.
                         Te doen: Niet alles hoeft nu; bedenk wat er op de lange termijn moet gebeuren en zet die acties in actions/.
                10. [ontbreekt]       Houd rekening met een terugvalscenario
                       - plan/scenarios/
                         Ontbreekt: Het plan heeft geen terugvalscenario.
                         Te doen: Beschrijf in scenarios/ een scenario met kind: fallback voor als versoepelingen worden teruggedraaid of een lockdown terugkomt, met triggers, crisisrollen en een draaiboek.

                Uitkomst: 6 in orde, 2 aandacht nodig, 2 ontbrekend.
                Er ontbreken punten: vul die eerst aan (zie 'Te doen'); tot dan eindigt de check met code 1.
                """.formatted(date), check.out());

        CommandRun english = run("check", "-w", workspace.toString(), "--lang", "en");
        assertEquals(1, english.exitCode());
        assertTrue(english.outLines().containsAll(List.of(
                " 8. [needs attention]  Regional cooperation makes recovery stronger",
                "         Attention: The link to province PV30 cannot be checked: the workspace has no copy of its programme.",
                "         To do: Fetch the province's programme (veerkracht sync).",
                "10. [missing]          Prepare for a fallback scenario",
                "Result: 6 ok, 2 need attention, 2 missing.")), english.out());
    }

    @Test
    void jsonGivesMachinesEveryPointAndFinding() throws Exception {
        smallPlan();
        CommandRun check = run("check", "-w", workspace.toString(), "--format", "json", "--lang", "en");
        assertEquals(1, check.exitCode());
        JsonObject json = Json.createReader(new StringReader(check.out())).readObject();
        assertEquals("plan", json.getString("repository"));
        assertEquals("GM0777", json.getString("code"));
        assertEquals(LocalDate.now().toString(), json.getString("date"));
        assertFalse(json.getBoolean("passed"));
        assertEquals(Json.createObjectBuilder().add("ok", 6).add("attention", 2).add("missing", 2).build(),
                json.getJsonObject("summary"));
        JsonObject lessons = json.getJsonArray("points").getJsonObject(5);
        assertEquals(6, lessons.getInt("number"));
        assertEquals("lessons", lessons.getString("point"));
        assertEquals("Build on lessons from the crisis", lessons.getString("title"));
        assertEquals("missing", lessons.getString("status"));
        JsonObject finding = lessons.getJsonArray("findings").getJsonObject(0);
        assertEquals("lessons-recorded", finding.getString("rule"));
        assertEquals("missing", finding.getString("severity"));
        assertEquals("plan/lessons/", finding.getString("file"));
        assertEquals("The plan records no lessons from the crisis.", finding.getString("problem"));
        assertTrue(lessons.getJsonArray("rules").size() >= 2);
        assertEquals(Json.createObjectBuilder().add("id", "lesson-sources")
                .add("description", "Every lesson says where it was learnt.").build(),
                lessons.getJsonArray("rules").getJsonObject(0));
    }

    @Test
    void aPlanWithNothingMissingPasses() throws Exception {
        smallPlan();
        write("lessons/een-loket.md", "---\nid: een-loket\ntitle: Eén loket\nsource: evaluatie 2021\nactions:\n"
                + "  - markt-verplaatsen\n---\nHet loket werkte.\n");
        write("scenarios/terugval.yaml", "id: terugval\ntitle: Terugval\nkind: fallback\ntriggers:\n  - Lockdown\nreviewed: "
                + A_MONTH_AGO + "\nroles:\n  - role: crisiscoördinator\n    who: P. Smit\nrunbook:\n  - id: markt-sluiten\n"
                + "    what: Markt sluiten\n    who: economische-zaken\n    within_days: 1\n");
        CommandRun check = run("check", "-w", workspace.toString());
        assertEquals(0, check.exitCode(), check.out());
        assertTrue(check.out().endsWith("Uitkomst: 8 in orde, 2 aandacht nodig, 0 ontbrekend.\n"
                + "Geen punt ontbreekt; werk de punten met 'aandacht nodig' bij waar dat kan.\n"), check.out());
    }

    @Test
    void filesWithProblemsAreMentionedAndWhatCanBeReadIsStillJudged() throws Exception {
        smallPlan();
        write("actions/markt-verplaatsen.yaml", Files.readString(workspace.resolve("plan/actions/markt-verplaatsen.yaml"))
                .replace("term: short", "term: kort"));
        CommandRun check = run("check", "-w", workspace.toString());
        assertEquals(1, check.exitCode());
        assertEquals("Let op: de bestanden in plan hebben 1 fout(en); 'veerkracht validate' noemt ze. De check beoordeelt "
                + "wat leesbaar is.", check.outLines().get(2));
        assertTrue(check.out().contains(" 9. [ontbreekt]       Onderscheid tussen de korte en lange termijn"), check.out());
        CommandRun json = run("check", "-w", workspace.toString(), "--format", "json");
        assertEquals(1, Json.createReader(new StringReader(json.out())).readObject().getInt("fileProblems"));
    }

    @Test
    void theDemoPlanPassesWithARealisticMixOfPointsThatAreOkAndPointsThatNeedAttention() {
        Services services = TestServices.create();
        DemoWorkspaces demo = services.demo().build(temp.resolve("demo"), step -> { });
        Scorecard scorecard = services.checklist().check(demo.breda(), RepositoryName.PLAN, demo.storyDay());
        assertFalse(scorecard.anyMissing(), "the demo's plan passes CI");
        assertTrue(scorecard.count(PointStatus.OK) >= 3, () -> scorecard.points().toString());
        assertTrue(scorecard.count(PointStatus.ATTENTION) >= 2, () -> scorecard.points().toString());
        assertTrue(scorecard.findings().stream().allMatch(finding -> finding.file().isPresent()));
    }

    @Test
    void aRegionalPlanIsNoMunicipalsPlanAndAWorkspaceThatIsNotThereIsOneLine() {
        CommandRun regional = run("check", "-w", workspace.toString(), "--repo", "region/west-brabant");
        assertEquals(2, regional.exitCode());
        assertEquals(List.of("veerkracht: region/west-brabant is een regionaal plan; de check beoordeelt de herstelaanpak van "
                + "een gemeente: kies plan of members/<GMxxxx>"), regional.err().lines().toList());
        CommandRun nowhere = run("check", "-w", temp.resolve("nergens").toString());
        assertEquals(5, nowhere.exitCode());
        assertEquals(1, nowhere.err().lines().count());
        CommandRun noMember = run("check", "-w", workspace.toString(), "--repo", "members/GM0758");
        assertEquals(5, noMember.exitCode());
        assertEquals(1, noMember.err().lines().count(), noMember.err());
    }

    @Test
    void aWorkspaceSetsItsOwnThresholdsInItsChecklistFileAndAWrongOneIsNamedWithItsPosition() throws Exception {
        smallPlan();
        CommandRun before = run("check", "-w", workspace.toString());
        assertTrue(before.out().contains(" 3. [in orde]         Maak gebruik van een divers en cross-sectoraal netwerk"),
                before.out());

        Path settings = workspace.resolve(".veerkracht/checklist.cfg");
        Files.writeString(settings, "# onze eigen drempels\nstakeholders.minimumSectors = 9\n", StandardCharsets.UTF_8);
        CommandRun stricter = run("check", "-w", workspace.toString(), "--format", "json");
        JsonObject network = Json.createReader(new StringReader(stricter.out())).readObject().getJsonArray("points")
                .getJsonObject(2);
        assertEquals("network", network.getString("point"));
        assertTrue(network.getJsonArray("findings").stream().map(JsonObject.class::cast)
                .anyMatch(finding -> finding.getString("rule").equals("stakeholder-sectors")), network.toString());

        Files.writeString(settings, "# onze eigen drempels\n  stakeholders.minimumSectors = negen\n",
                StandardCharsets.UTF_8);
        CommandRun wrong = run("check", "-w", workspace.toString());
        assertEquals(5, wrong.exitCode());
        assertEquals(List.of("veerkracht: " + settings + ":2:3: de instelling stakeholders.minimumSectors moet een "
                + "geheel getal van 0 of meer zijn, niet 'negen'"), wrong.err().lines().toList());
        assertEquals("", wrong.out());

        Files.writeString(settings, "stakeholders.minimumSectors = 2\nnegen\n", StandardCharsets.UTF_8);
        CommandRun malformed = run("check", "-w", workspace.toString(), "--lang", "en");
        assertEquals(5, malformed.exitCode());
        assertEquals(List.of("veerkracht: " + settings + ":2:1: expected 'key = value'"), malformed.err().lines().toList());

        Files.writeString(settings, "rules.disabled = lesson-sources\n stakeholders.minimumSector = 9\n",
                StandardCharsets.UTF_8);
        CommandRun misspelt = run("check", "-w", workspace.toString());
        assertEquals(5, misspelt.exitCode());
        assertEquals(List.of("veerkracht: " + settings + ":2:2: 'stakeholders.minimumSector' is geen instelling van de "
                + "tienpuntencheck (zie bundles/nl.veerkracht.checklist/RULES.md; een eigen regel leest sleutels die met "
                + "zijn id beginnen)"), misspelt.err().lines().toList());
        assertEquals("", misspelt.out());
    }

    @Test
    void aThresholdConfiguredWronglyIsOneLineNamingTheKey() {
        Services badlyConfigured = TestServices.create(RuleSettings.of(Map.of("consultations.maxAgeMonths", "zes")));
        CommandRun check = run(badlyConfigured, "check", "-w", workspace.toString());
        assertEquals(5, check.exitCode());
        assertEquals("veerkracht: de instelling consultations.maxAgeMonths van nl.veerkracht.checklist moet een geheel getal "
                + "van 0 of meer zijn, niet 'zes'\n", check.err());
        assertEquals("", check.out());
    }
}
