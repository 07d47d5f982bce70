package nl.veerkracht.monitor.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Observation;
import nl.veerkracht.monitor.IndicatorUpdate;
import nl.veerkracht.monitor.MonitorProblem;
import nl.veerkracht.monitor.Revision;
import nl.veerkracht.store.Workspace;

/** {@code monitor update} against a local server that answers as CBS's OData v3 and v4 services do. */
class CbsUpdateTest {

    private static final String V3_FILTER = "/v3/81575NED/TypedDataSet?$filter=BedrijfstakkenBranchesSBI2008 eq "
            + "'T001081' and Rechtsvormen eq 'T001019' and RegioS eq 'GM0758    '&$select=Perioden,Vestigingen_1";
    private static final String V4_FILTER = "/v4/83582NED/Observations?$filter=Measure eq 'M001607' and Geslacht eq "
            + "'T001038' and RegioS eq 'GM0758'&$select=Perioden,Value,ValueAttribute";

    @TempDir
    Path temp;

    private FakeCbs cbs;
    private Workspace workspace;
    private final MonitorService monitor = new MonitorService();

    @BeforeEach
    void workspace() throws IOException {
        cbs = new FakeCbs();
        Path root = temp.resolve("ws");
        Files.createDirectories(root.resolve("plan/.git"));
        Files.createDirectories(root.resolve("plan/indicators"));
        Files.createDirectories(root.resolve(".veerkracht"));
        write(root.resolve("plan/plan.yaml"), "kind: municipality\ncode: GM0758\nname: Breda\n");
        write(root.resolve("plan/indicators/vestigingen.yaml"), """
                id: vestigingen
                title: Vestigingen in Breda
                source: cbs
                table: 81575NED
                measure: Vestigingen
                dimensions:
                  Bedrijfstakken/branches (SBI 2008): A-U Alle economische activiteiten
                  Rechtsvormen: T001019
                unit: vestigingen
                baseline: 14500
                target: 15000
                """);
        write(root.resolve("plan/indicators/banen.yaml"), """
                id: banen
                title: Banen van werknemers in Breda
                source: cbs
                table: 83582NED
                measure: M001607
                region: GM0758
                dimensions:
                  Geslacht: Totaal mannen en vrouwen
                api: v4
                unit: x 1 000
                """);
        write(root.resolve("plan/indicators/eigen.yaml"), "id: eigen\ntitle: Eigen telling\nsource: own\n");
        write(root.resolve(".veerkracht/monitor.cfg"), "cbs.v3.url = " + cbs.base("v3") + "\ncbs.v4.url = "
                + cbs.base("v4") + "/\n");
        write(root.resolve(".veerkracht/remote.cfg"), "timeout = 1\n");
        workspace = Workspace.at(root);
        cbs.answer("/v3/81575NED/DataProperties", "v3/DataProperties.json")
                .answer("/v3/81575NED/BedrijfstakkenBranchesSBI2008", "v3/BedrijfstakkenBranchesSBI2008.json")
                .answer("/v3/81575NED/Rechtsvormen", "v3/Rechtsvormen.json")
                .answer("/v3/81575NED/RegioS", "v3/RegioS.json")
                .answer("/v3/81575NED/Perioden", "v3/Perioden.json")
                .answer(V3_FILTER, "v3/TypedDataSet-1.json")
                .answer(V3_FILTER + "&$skiptoken=2", "v3/TypedDataSet-2.json")
                .answer("/v4/83582NED/MeasureCodes", "v4/MeasureCodes.json")
                .answer("/v4/83582NED/Dimensions", "v4/Dimensions.json")
                .answer("/v4/83582NED/GeslachtCodes", "v4/GeslachtCodes.json")
                .answer("/v4/83582NED/RegioSCodes", "v4/RegioSCodes.json")
                .answer("/v4/83582NED/PeriodenCodes", "v4/PeriodenCodes.json")
                .answer(V4_FILTER, "v4/Observations-1.json")
                .answer(V4_FILTER + "&$skip=2", "v4/Observations-2.json");
    }

    @AfterEach
    void stop() {
        cbs.close();
    }

    @Test
    void everyCbsIndicatorIsWrittenExactlyAcrossPagesWithoutNullsAndWithProvisionalPeriodsMarked() throws IOException {
        List<IndicatorUpdate> updates = monitor.update(workspace, List.of());

        assertEquals(List.of("banen", "vestigingen"), updates.stream().map(IndicatorUpdate::indicator).toList());
        assertEquals("""
                period,value,source
                2021,14010,cbs
                2023,14420,cbs
                2024,14610,cbs
                """, csv("vestigingen"));
        assertEquals("""
                period,value,source
                2023-Q3,101.3,cbs
                2024-Q1,102,cbs
                2024-Q2,103.45,cbs
                """, csv("banen"));
        IndicatorUpdate vestigingen = updates.get(1);
        assertEquals(List.of("2021", "2023", "2024"), vestigingen.added().stream().map(Observation::period).toList());
        assertEquals(List.of("2024"), vestigingen.provisional());
        assertEquals(List.of("2024-Q2"), updates.get(0).provisional());
        assertFalse(Files.exists(temp.resolve("ws/plan/indicators/eigen.csv")));
    }

    @Test
    void aSecondUpdateReportsNothingNewAndChangesNoByte() throws IOException {
        monitor.update(workspace, List.of());
        byte[] v3 = Files.readAllBytes(file("vestigingen"));
        byte[] v4 = Files.readAllBytes(file("banen"));

        List<IndicatorUpdate> again = monitor.update(workspace, List.of());

        assertTrue(again.stream().allMatch(IndicatorUpdate::nothingNew), again.toString());
        assertArrayEquals(v3, Files.readAllBytes(file("vestigingen")));
        assertArrayEquals(v4, Files.readAllBytes(file("banen")));
    }

    @Test
    void aRevisedValueIsReportedAndReplacedWhereItStandsAndRowsCbsDoesNotGiveStay() throws IOException {
        write(file("vestigingen"), "period,value,source\n2020,13900,own\n2023,14400,cbs\n2024,14610,cbs\n");

        IndicatorUpdate update = monitor.update(workspace, List.of("vestigingen")).get(0);

        assertEquals(List.of(new Revision("2023", new BigDecimal("14400"), new BigDecimal("14420"))), update.revised());
        assertEquals(List.of("2021"), update.added().stream().map(Observation::period).toList());
        assertEquals("period,value,source\n2020,13900,own\n2023,14420,cbs\n2024,14610,cbs\n2021,14010,cbs\n",
                csv("vestigingen"));
    }

    @Test
    void anHttpErrorIsOneProblemNamingTheFileAndTheUrlAndTheOtherIndicatorIsStillDone() throws IOException {
        write(file("vestigingen"), "period,value,source\n2020,13900,own\n");
        cbs.misbehave(V3_FILTER + "&$skiptoken=2", "v3/TypedDataSet-2.json", FakeCbs.Behaviour.ERROR_500);

        List<IndicatorUpdate> updates = monitor.update(workspace, List.of());

        MonitorProblem problem = updates.get(1).failure().orElseThrow();
        assertEquals("http", problem.key());
        assertEquals("indicators/vestigingen.yaml", problem.arguments().get(0));
        assertTrue(problem.arguments().get(1).endsWith("/v3/81575NED/TypedDataSet?$filter=BedrijfstakkenBranchesSBI2008"
                + "%20eq%20%27T001081%27%20and%20Rechtsvormen%20eq%20%27T001019%27%20and%20RegioS%20eq%20%27GM0758%20%20"
                + "%20%20%27&$select=Perioden,Vestigingen_1&$skiptoken=2"), problem.arguments().get(1));
        assertEquals("500", problem.arguments().get(2));
        assertEquals("period,value,source\n2020,13900,own\n", csv("vestigingen"));
        assertTrue(updates.get(0).failure().isEmpty());
        assertTrue(Files.exists(file("banen")));
    }

    @Test
    void aResponseCutOffHalfwayIsTruncatedAndNothingIsWritten() {
        cbs.misbehave(V4_FILTER + "&$skip=2", "v4/Observations-2.json", FakeCbs.Behaviour.CUT_OFF);

        IndicatorUpdate update = monitor.update(workspace, List.of("banen")).get(0);

        assertEquals("truncated", update.failure().orElseThrow().key(), update.toString());
        assertTrue(update.failure().get().arguments().get(1).contains("/v4/83582NED/Observations?"));
        assertFalse(Files.exists(file("banen")));
    }

    @Test
    void aServerThatNeverAnswersTimesOutAfterRemoteCfgsTimeout() {
        cbs.misbehave("/v4/83582NED/MeasureCodes", "v4/MeasureCodes.json", FakeCbs.Behaviour.SILENT);
        long start = System.nanoTime();

        IndicatorUpdate update = monitor.update(workspace, List.of("banen")).get(0);

        assertEquals(MonitorProblem.of("timeout", "indicators/banen.yaml", cbs.base("v4") + "/83582NED/MeasureCodes", 1),
                update.failure().orElseThrow());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
        assertFalse(Files.exists(file("banen")));
    }

    @Test
    void aMeasureThatMatchesNothingNamesTheFileLineAndColumnAndTheClosestTitles() throws IOException {
        String text = Files.readString(temp.resolve("ws/plan/indicators/vestigingen.yaml"));
        write(temp.resolve("ws/plan/indicators/vestigingen.yaml"), text.replace("measure: Vestigingen",
                "measure: Vestigingn per 1000"));

        IndicatorUpdate update = monitor.update(workspace, List.of("vestigingen")).get(0);

        assertEquals(MonitorProblem.of("noMatch", "indicators/vestigingen.yaml", 5, 10, "measure", "Vestigingn per 1000",
                "'Vestigingen' (Vestigingen_1), 'Vestigingen per 1000 inwoners' (VestigingenPer1000Inwoners_2)"),
                update.failure().orElseThrow());
    }

    @Test
    void aCategoryThatMatchesTwoIsAnErrorListingThemAtTheCategorysPosition() throws IOException {
        String text = Files.readString(temp.resolve("ws/plan/indicators/vestigingen.yaml"));
        write(temp.resolve("ws/plan/indicators/vestigingen.yaml"), text.replace("A-U Alle economische activiteiten",
                "I Horeca"));

        IndicatorUpdate update = monitor.update(workspace, List.of("vestigingen")).get(0);

        assertEquals(MonitorProblem.of("manyMatches", "indicators/vestigingen.yaml", 7, 39,
                "Bedrijfstakken/branches (SBI 2008)", "I Horeca", "354200 (I Horeca), 354300 (I Horeca)"),
                update.failure().orElseThrow());
    }

    @Test
    void aDimensionLeftOutIsAnErrorNamingItWithSomeOfItsCategories() throws IOException {
        String text = Files.readString(temp.resolve("ws/plan/indicators/vestigingen.yaml"));
        write(temp.resolve("ws/plan/indicators/vestigingen.yaml"), text.replace("  Rechtsvormen: T001019\n", ""));

        IndicatorUpdate update = monitor.update(workspace, List.of("vestigingen")).get(0);

        assertEquals(MonitorProblem.of("dimensionMissing", "indicators/vestigingen.yaml", 6, 1,
                "Rechtsvormen (Rechtsvormen)", "'Totaal alle rechtsvormen', 'Eenmanszaak'"),
                update.failure().orElseThrow());
    }

    private Path file(String id) {
        return temp.resolve("ws/plan/indicators/" + id + ".csv");
    }

    private String csv(String id) throws IOException {
        return Files.readString(file(id));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
