package nl.veerkracht.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.ActionScope;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;
import nl.veerkracht.index.IndexDifference;
import nl.veerkracht.index.IndexException;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.RepositoryState;
import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.index.RepositoryUpdate.How;
import nl.veerkracht.index.Verification;
import nl.veerkracht.junit.workspace.ExampleWorkspace;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The index of the example workspace, on embedded H2 and on a real PostgreSQL server: built, asked,
 * followed commit by commit, checked, and kept whole when an update fails.
 */
class WorkspaceIndexTest {

    @TempDir
    Path temp;

    private EclipseLinkWorkspaceIndex index;
    private DatabaseChoice databases;

    private ExampleWorkspace example(TestDatabases.Kind kind) {
        databases = TestDatabases.choice(kind);
        index = EclipseLinkWorkspaceIndex.choosing(databases);
        return ExampleWorkspace.create(temp.resolve("breda"));
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRebuildHoldsEveryEntityOfEveryRepositoryAndVerifyFindsNoDifference(TestDatabases.Kind kind) {
        Workspace workspace = example(kind).workspace();
        IndexUpdate rebuild = index.rebuild(workspace);
        assertEquals(Map.of("plan", 10, "region/west-brabant", 4, "province/PV30", 2, "members/GM0777", 3),
                written(rebuild));
        assertTrue(rebuild.repositories().stream().allMatch(update -> update.how() == How.FULL));

        Verification verification = index.verify(workspace);
        assertEquals(List.of(), verification.differences());
        assertEquals(4, verification.repositories());
        assertEquals(19, verification.entities());
        assertTrue(index.status(workspace).stream().allMatch(RepositoryState::isCurrent));
        if (kind == TestDatabases.Kind.H2) {
            assertTrue(Files.isRegularFile(workspace.stateDirectory().resolve("index/index.mv.db")),
                    "embedded H2 lives in .veerkracht/index/");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theFirstQuestionBuildsTheIndexAndAnswersWithMunicipalityEntityAndFile(TestDatabases.Kind kind) {
        Workspace workspace = example(kind).workspace();
        List<ActionHit> regional = index.actions(workspace, ActionQuery.in(ActionScope.REGION).withTerm(Term.SHORT)
                .withTheme(Theme.DIGITALISERING));
        assertEquals(List.of("region/west-brabant/actions/GM0758-binnenstadfonds.yaml [GM0758, GM0777] 30000",
                "region/west-brabant/actions/GM0777-digitale-etalage.yaml [GM0777, GM0826] -"), lines(regional));
        ActionHit fund = regional.get(0);
        assertEquals("Binnenstadfonds", fund.title());
        assertEquals(ActionStatus.RUNNING, fund.status());
        assertEquals(List.of(Theme.DIGITALISERING), fund.themes());
        try (PlanRepository region = workspace.open(ExampleWorkspace.REGION)) {
            assertEquals(region.head().orElseThrow(), fund.commit());
        }

        assertEquals(List.of("plan/actions/webwinkels.yaml [GM0758] 40000",
                "region/west-brabant/actions/GM0758-binnenstadfonds.yaml [GM0758, GM0777] 30000",
                "region/west-brabant/actions/GM0777-digitale-etalage.yaml [GM0777, GM0826] -",
                "members/GM0777/actions/markt-digitaal.yaml [GM0777] 8000"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.ALL).withTheme(Theme.DIGITALISERING))));
        assertEquals(List.of("region/west-brabant/actions/GM0758-binnenstadfonds.yaml [GM0758, GM0777] 30000",
                "region/west-brabant/actions/GM0777-digitale-etalage.yaml [GM0777, GM0826] -",
                "members/GM0777/actions/bedrijvenloket.yaml [GM0777] -",
                "members/GM0777/actions/markt-digitaal.yaml [GM0777] 8000"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.ALL).withMunicipality("GM0777"))));
        assertEquals(List.of("plan/actions/terrassen-verruimen.yaml [GM0758] 15000",
                "plan/actions/webwinkels.yaml [GM0758] 40000"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.ALL).withLinked("PV30/digitalisering-mkb"))));
        assertEquals(List.of("members/GM0777/actions/markt-digitaal.yaml [GM0777] 8000"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.MEMBERS)
                        .withLinked("west-brabant/GM0777-digitale-etalage"))));
        assertEquals(List.of("members/GM0777/actions/bedrijvenloket.yaml [GM0777] -"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.ALL).withStatus(ActionStatus.DONE))));
        assertEquals(List.of("plan/actions/terrassen-verruimen.yaml [GM0758] 15000",
                "plan/actions/webwinkels.yaml [GM0758] 40000", "plan/actions/zonnedaken.yaml [GM0758] -"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.PLAN))));
        assertEquals(List.of(), lines(index.actions(workspace, ActionQuery.in(ActionScope.PLAN).withMunicipality("GM0777"))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void budgetIsTotalledByTermSourceAndMunicipalityWithTheRegionalFundPerMember(TestDatabases.Kind kind) {
        Workspace workspace = example(kind).workspace();
        assertEquals(List.of("plan GM0758 short 15000 1/0", "plan GM0758 medium 40000 1/0", "plan GM0758 long 0 1/1",
                "region/west-brabant west-brabant short 30000 2/1", "region/west-brabant west-brabant long 0 1/1",
                "members/GM0777 GM0777 short 8000 1/0", "members/GM0777 GM0777 medium 0 1/1"),
                lines(index.budget(workspace, BudgetGrouping.TERM)));
        assertEquals(List.of("plan GM0758 existing 15000 1/0", "plan GM0758 province 40000 1/0",
                "plan GM0758 - 0 1/1", "region/west-brabant west-brabant region 30000 1/0",
                "region/west-brabant west-brabant - 0 2/2", "members/GM0777 GM0777 extra 8000 1/0",
                "members/GM0777 GM0777 - 0 1/1"),
                lines(index.budget(workspace, BudgetGrouping.SOURCE)));
        assertEquals(List.of("plan GM0758 GM0758 55000 3/1", "region/west-brabant west-brabant GM0758 20000 1/0",
                "region/west-brabant west-brabant GM0777 15000 2/0", "region/west-brabant west-brabant GM0826 7500 1/0",
                "members/GM0777 GM0777 GM0777 8000 2/1"),
                lines(index.budget(workspace, BudgetGrouping.MUNICIPALITY)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAmountBeyondTheMaximumCountsAsNoAmountAndNeverTurnsATotalNegative(TestDatabases.Kind kind) {
        ExampleWorkspace example = example(kind);
        Workspace workspace = example.workspace();
        // amounts that validation refuses, but that a repository may hold (written with plain Git)
        String max = Long.toString(Long.MAX_VALUE);
        Map<String, String> huge = new java.util.TreeMap<>();
        for (String id : List.of("groot-een", "groot-twee", "groot-drie")) {
            huge.put("actions/" + id + ".yaml", "id: " + id + "\ntitle: Groot\nterm: short\nbudget:\n  amount: " + max
                    + "\n  source: extra\nstatus: idea\n");
        }
        example.write(RepositoryName.PLAN, huge);
        example.commitMirror(RepositoryName.PLAN, "Drie grote acties");

        assertEquals("plan GM0758 short 15000 4/3", lines(index.budget(workspace, BudgetGrouping.TERM)).get(0),
                "three actions whose amount is a problem, and the one good amount");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theDatabaseAddsBudgetsAndContributionsUpExactlyBeyondALong(TestDatabases.Kind kind) throws SQLException {
        Workspace workspace = example(kind).workspace();
        index.rebuild(workspace);
        // validation keeps amounts at 10^12 at most; the sums must not rely on that
        sql(workspace, "UPDATE vk_action SET budget_amount = " + Long.MAX_VALUE + " WHERE budget_amount IS NOT NULL");
        sql(workspace, "UPDATE vk_action_contribution SET amount = " + Long.MAX_VALUE);

        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        try (IndexDatabase database = IndexDatabase.open(databases.settingsFor(workspace), IndexOwner.of(workspace))) {
            List<String> byMunicipality = lines(database.reading(manager -> IndexQueries.budget(manager,
                    BudgetGrouping.MUNICIPALITY)));
            assertEquals("plan GM0758 GM0758 " + max.multiply(BigInteger.TWO) + " 3/1", byMunicipality.get(0));
            assertEquals("region/west-brabant west-brabant GM0777 " + max.multiply(BigInteger.TWO) + " 2/0",
                    byMunicipality.get(2));
        }
    }

    @Test
    void aSumIsTakenExactlyWhateverNumberTypeTheDatabaseAnswersWith() {
        assertEquals(BigInteger.ZERO, IndexQueries.exact(null));
        assertEquals(BigInteger.valueOf(42), IndexQueries.exact(42L));
        assertEquals(BigInteger.valueOf(42), IndexQueries.exact(42));
        assertEquals(new BigInteger("27670116110564327421"), IndexQueries.exact(new java.math.BigDecimal("27670116110564327421")));
        assertEquals(new BigInteger("27670116110564327421"), IndexQueries.exact(new BigInteger("27670116110564327421")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void afterACommitOnlyTheFilesThatChangedAreWrittenAgain(TestDatabases.Kind kind) {
        ExampleWorkspace example = example(kind);
        Workspace workspace = example.workspace();
        index.rebuild(workspace);
        index.close();
        index = EclipseLinkWorkspaceIndex.choosing(databases);

        // committed while no index is open in this runtime: nothing follows until the next use
        example.write(RepositoryName.PLAN, Map.of("actions/webwinkels.yaml", """
                id: webwinkels
                title: Webwinkels voor de binnenstad
                term: short
                themes:
                  - digitalisering
                budget:
                  amount: 45000
                  source: province
                status: running
                """, "needs/ruimte-terrassen.yaml", """
                id: ruimte-terrassen
                title: Ruimte voor terrassen
                """));
        example.delete(RepositoryName.PLAN, "actions/zonnedaken.yaml");
        String commit = example.commit(RepositoryName.PLAN, "Webwinkels versneld");
        index.repositoryUpdated(workspace, RepositoryName.PLAN, Optional.empty(), commit);
        RepositoryState plan = index.status(workspace).get(0);
        assertEquals("plan", plan.repository());
        assertFalse(plan.isCurrent(), "the listener opens nothing; the index is behind until its next use");

        IndexUpdate update = index.update(workspace);
        RepositoryUpdate planUpdate = update.repositories().get(0);
        assertEquals(How.INCREMENTAL, planUpdate.how());
        assertEquals(2, planUpdate.written(), "the changed action and the new need");
        assertEquals(2, planUpdate.removed(), "the changed action and the deleted one");
        assertEquals(Optional.of(commit), planUpdate.to());
        assertEquals(List.of(How.INCREMENTAL, How.UNCHANGED, How.UNCHANGED, How.UNCHANGED),
                update.repositories().stream().map(RepositoryUpdate::how).toList());
        assertEquals(List.of(), index.verify(workspace).differences());
        assertEquals(List.of("plan/actions/terrassen-verruimen.yaml [GM0758] 15000",
                "plan/actions/webwinkels.yaml [GM0758] 45000"),
                lines(index.actions(workspace, ActionQuery.in(ActionScope.PLAN).withTerm(Term.SHORT))));

        // now the index is open here: the next commit is followed at once
        example.write(RepositoryName.PLAN, Map.of("needs/ruimte-terrassen.yaml", """
                id: ruimte-terrassen
                title: Meer ruimte voor terrassen
                urgency: medium
                """));
        String next = example.commit(RepositoryName.PLAN, "Behoefte aangescherpt");
        index.repositoryUpdated(workspace, RepositoryName.PLAN, Optional.of(commit), next);
        assertTrue(index.status(workspace).get(0).isCurrent(), "followed at once");
        assertEquals(List.of(), index.verify(workspace).differences());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void mirrorsThatComeAndGoAndBranchesMovedBackOrRewrittenAreFollowed(TestDatabases.Kind kind) throws Exception {
        ExampleWorkspace example = example(kind);
        Workspace workspace = example.workspace();
        index.rebuild(workspace);

        example.remove(ExampleWorkspace.ETTEN_LEUR);
        RepositoryName oosterhout = RepositoryName.member("GM0826");
        example.write(oosterhout, Map.of("plan.yaml", "kind: municipality\ncode: GM0826\nname: Oosterhout\n",
                "actions/haven.yaml", "id: haven\ntitle: Haven\nterm: long\nstatus: idea\n"));
        example.commitMirror(oosterhout, "Plan Oosterhout");
        IndexUpdate update = index.update(workspace);
        assertEquals(Map.of("plan", How.UNCHANGED, "region/west-brabant", How.UNCHANGED, "province/PV30", How.UNCHANGED,
                "members/GM0826", How.FULL, "members/GM0777", How.REMOVED), hows(update));
        assertEquals(List.of(), index.verify(workspace).differences());

        // the regional branch moves back to an older commit, as a reset would
        String first;
        String second;
        try (PlanRepository region = workspace.open(ExampleWorkspace.REGION)) {
            first = region.head().orElseThrow();
            Map<String, byte[]> files = new java.util.TreeMap<>(region.filesAt(first));
            files.put("actions/GM0758-binnenstadfonds.yaml", new String(files.get("actions/GM0758-binnenstadfonds.yaml"),
                    java.nio.charset.StandardCharsets.UTF_8).replace("20000", "25000").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            second = region.writeCommit(files, List.of(first), "Bijdrage Breda verhoogd", ExampleWorkspace.AUTHOR, "GM0758");
            region.advanceBranch(Optional.of(first), second, workspace.stateOf(ExampleWorkspace.REGION));
        }
        index.repositoryUpdated(workspace, ExampleWorkspace.REGION, Optional.of(first), second);
        assertEquals(List.of("region/west-brabant west-brabant GM0758 25000 1/0"),
                lines(index.budget(workspace, BudgetGrouping.MUNICIPALITY)).subList(1, 2));
        try (PlanRepository region = workspace.open(ExampleWorkspace.REGION)) {
            region.advanceBranch(Optional.of(second), first, workspace.stateOf(ExampleWorkspace.REGION));
        }
        assertEquals(How.INCREMENTAL, hows(index.update(workspace)).get("region/west-brabant"));
        assertEquals(List.of(), index.verify(workspace).differences());

        // history rewritten and the indexed commit gone from the repository: read whole again
        String third;
        try (PlanRepository region = workspace.open(ExampleWorkspace.REGION)) {
            region.advanceBranch(Optional.of(first), second, workspace.stateOf(ExampleWorkspace.REGION));
            index.repositoryUpdated(workspace, ExampleWorkspace.REGION, Optional.of(first), second);
            Map<String, byte[]> files = new java.util.TreeMap<>(region.filesAt(first));
            files.remove("actions/GM0826-circulaire-hub.yaml");
            third = region.writeCommit(files, List.of(), "Opnieuw begonnen", ExampleWorkspace.AUTHOR, "GM0758");
            region.advanceBranch(Optional.of(second), third, workspace.stateOf(ExampleWorkspace.REGION));
        }
        Files.delete(workspace.directoryOf(ExampleWorkspace.REGION).resolve(".git/objects/" + second.substring(0, 2) + "/"
                + second.substring(2)));
        RepositoryUpdate rewritten = index.update(workspace).repositories().get(1);
        assertEquals(How.FULL, rewritten.how());
        assertEquals(Optional.of(third), rewritten.to());
        assertEquals(List.of(), index.verify(workspace).differences());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aFailedUpdateLeavesThePreviousStateAndTheNextRunCatchesUp(TestDatabases.Kind kind) throws Exception {
        ExampleWorkspace example = example(kind);
        Workspace workspace = example.workspace();
        index.rebuild(workspace);
        String before;
        try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            before = plan.head().orElseThrow();
        }
        // the database refuses one title: the update fails after it has removed the old rows
        sql(workspace, "ALTER TABLE vk_action ADD CONSTRAINT no_boem CHECK (title <> 'BOEM')");
        example.delete(RepositoryName.PLAN, "actions/zonnedaken.yaml");
        example.write(RepositoryName.PLAN, Map.of("actions/webwinkels.yaml",
                "id: webwinkels\ntitle: BOEM\nterm: short\nstatus: idea\n"));
        example.commit(RepositoryName.PLAN, "Boem");

        IndexException failure = assertThrows(IndexException.class, () -> index.update(workspace));
        assertEquals("index.database.failed", failure.key());
        assertEquals(Optional.of(before), index.status(workspace).get(0).indexed(), "still at the previous commit");
        assertEquals(List.of("plan/actions/terrassen-verruimen.yaml [GM0758] 15000",
                "plan/actions/webwinkels.yaml [GM0758] 40000", "plan/actions/zonnedaken.yaml [GM0758] -"),
                lines(queryWithoutCatchingUp(workspace)), "and with every row it had");

        sql(workspace, "ALTER TABLE vk_action DROP CONSTRAINT no_boem");
        assertEquals(How.INCREMENTAL, index.update(workspace).repositories().get(0).how());
        assertEquals(List.of(), index.verify(workspace).differences());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void verifyReportsEveryDifferenceBetweenTheIndexAndTheRepositories(TestDatabases.Kind kind) throws Exception {
        Workspace workspace = example(kind).workspace();
        index.rebuild(workspace);
        sql(workspace, "UPDATE vk_action SET title = 'Terrassen' WHERE entity_key = 'plan:actions/terrassen-verruimen.yaml'");
        sql(workspace, "UPDATE vk_action SET themes = NULL WHERE entity_key = 'region/west-brabant:actions/GM0826-circulaire-hub.yaml'");
        sql(workspace, "DELETE FROM vk_need WHERE entity_key = 'plan:needs/liquiditeit-horeca.yaml'");
        sql(workspace, "INSERT INTO vk_task (entity_key, repository, path, entity_id, blob_id, title, status) VALUES "
                + "('province/PV30:tasks/verzonnen.yaml', 'province/PV30', 'tasks/verzonnen.yaml', 'verzonnen', 'x', 'Verzonnen', 'active')");
        sql(workspace, "UPDATE vk_observation SET observed_value = 14510 WHERE period = '2026-Q1'");

        Verification verification = index.verify(workspace);
        assertEquals(List.of(
                "FIELD plan actions/terrassen-verruimen.yaml title: Terrassen / Terrassen verruimen",
                "FIELD plan indicators/vestigingen.csv observations: period=2025; value=14420; source=cbs | period=2026-Q1; value=14510; source=cbs"
                        + " / period=2025; value=14420; source=cbs | period=2026-Q1; value=14510.25; source=cbs",
                "ENTITY_NOT_INDEXED plan needs/liquiditeit-horeca.yaml",
                "FIELD region/west-brabant actions/GM0826-circulaire-hub.yaml themes: - / circulariteit",
                "ENTITY_NOT_IN_REPOSITORY province/PV30 tasks/verzonnen.yaml"),
                verification.differences().stream().map(WorkspaceIndexTest::line).toList());

        index.rebuild(workspace);
        assertTrue(index.verify(workspace).matches());
    }

    @Test
    void aDamagedEmbeddedIndexIsNamedAndRebuildStartsItAfresh() throws Exception {
        Workspace workspace = example(TestDatabases.Kind.H2).workspace();
        index.rebuild(workspace);
        index.close();
        Path file = workspace.stateDirectory().resolve("index/index.mv.db");
        Files.write(file, new byte[] {'H', ':', '2', 0, 1, 2, 3});

        index = EclipseLinkWorkspaceIndex.choosing(databases);
        IndexException damaged = assertThrows(IndexException.class,
                () -> index.actions(workspace, ActionQuery.in(ActionScope.ALL)));
        assertEquals("index.embedded.damaged", damaged.key());
        assertTrue(damaged.getMessage().contains("'veerkracht index rebuild'"), damaged.getMessage());

        IndexUpdate rebuilt = index.rebuild(workspace);
        assertEquals(Map.of("plan", 10, "region/west-brabant", 4, "province/PV30", 2, "members/GM0777", 3),
                written(rebuilt));
        assertEquals(List.of(), index.verify(workspace).differences());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void filesThatCannotBeReadHaveNoRowsAndBreakNothing(TestDatabases.Kind kind) {
        ExampleWorkspace example = example(kind);
        Workspace workspace = example.workspace();
        example.write(ExampleWorkspace.ETTEN_LEUR, Map.of(
                "actions/kapot.yaml", "id: kapot\ntitle: [niet af\n",
                "actions/zonder-titel.yaml", "id: zonder-titel\nterm: short\nstatus: idea\n",
                "actions/half.yaml", "id: half\ntitle: Half\nterm: kort\nstatus: idea\nprogress: 300\n",
                "README.md", "Geen planbestand\n"));
        example.commitMirror(ExampleWorkspace.ETTEN_LEUR, "Onaf");
        index.update(workspace);
        assertEquals(List.of(), index.verify(workspace).differences());
        assertEquals(List.of("members/GM0777/actions/bedrijvenloket.yaml", "members/GM0777/actions/markt-digitaal.yaml"),
                index.actions(workspace, ActionQuery.in(ActionScope.MEMBERS)).stream().map(ActionHit::file).toList(),
                "an action without its required fields (title, a valid term) is not there");
    }

    @Test
    void aSecondWorkspaceWhoseSettingsNameTheSameDatabaseIsRefusedAndTheFirstKeepsItsRows() {
        DatabaseSettings shared = TestDatabases.freshPostgresSchema();
        index = EclipseLinkWorkspaceIndex.choosing(ws -> shared);
        Workspace breda = ExampleWorkspace.create(temp.resolve("breda")).workspace();
        Workspace copy = ExampleWorkspace.create(temp.resolve("tweede")).workspace();
        index.rebuild(breda);

        for (Runnable use : List.<Runnable>of(() -> index.update(copy), () -> index.rebuild(copy),
                () -> index.status(copy))) {
            IndexException refused = assertThrows(IndexException.class, use::run);
            assertEquals("index.database.otherWorkspace", refused.key());
            assertTrue(refused.getMessage().contains(breda.root().toAbsolutePath().toString()), refused.getMessage());
        }

        assertEquals(List.of(), index.verify(breda).differences());
        assertTrue(index.update(breda).repositories().stream().allMatch(update -> update.how() == How.UNCHANGED),
                "the rows of the first workspace are all still there");
    }

    @Test
    void aMovedWorkspaceKeepsItsIndex() throws Exception {
        DatabaseSettings shared = TestDatabases.freshPostgresSchema();
        index = EclipseLinkWorkspaceIndex.choosing(ws -> shared);
        Workspace before = ExampleWorkspace.create(temp.resolve("breda")).workspace();
        index.rebuild(before);
        index.close();

        Files.move(temp.resolve("breda"), temp.resolve("gemeente-breda"));
        index = EclipseLinkWorkspaceIndex.choosing(ws -> shared);
        Workspace moved = Workspace.at(temp.resolve("gemeente-breda"));

        assertTrue(index.update(moved).repositories().stream().allMatch(update -> update.how() == How.UNCHANGED));
    }

    @Test
    void aWorkspaceWhoseStateFolderIsGoneGetsItBackWithItsKeyAndIndex() throws Exception {
        Workspace workspace = example(TestDatabases.Kind.H2).workspace();
        try (java.util.stream.Stream<Path> files = Files.walk(workspace.stateDirectory())) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }

        assertEquals(Map.of("plan", 10, "region/west-brabant", 4, "province/PV30", 2, "members/GM0777", 3),
                written(index.rebuild(workspace)));
        assertTrue(Files.isRegularFile(workspace.stateDirectory().resolve(IndexOwner.KEY_FILE)));
    }

    private List<ActionHit> queryWithoutCatchingUp(Workspace workspace) {
        try (IndexDatabase database = IndexDatabase.open(databases.settingsFor(workspace), IndexOwner.of(workspace))) {
            return database.reading(manager -> IndexQueries.actions(manager, ActionQuery.in(ActionScope.PLAN)));
        }
    }

    private void sql(Workspace workspace, String statement) throws SQLException {
        try (Connection connection = IndexDatabase.connect(databases.settingsFor(workspace));
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static Map<String, Integer> written(IndexUpdate update) {
        Map<String, Integer> written = new java.util.LinkedHashMap<>();
        update.repositories().forEach(repository -> written.put(repository.repository(), repository.written()));
        return written;
    }

    private static Map<String, How> hows(IndexUpdate update) {
        Map<String, How> hows = new java.util.LinkedHashMap<>();
        update.repositories().forEach(repository -> hows.put(repository.repository(), repository.how()));
        return hows;
    }

    private static List<String> lines(List<?> results) {
        return results.stream().map(result -> {
            if (result instanceof ActionHit hit) {
                return hit.file() + " " + hit.municipalities() + " " + hit.budget().map(String::valueOf).orElse("-");
            }
            BudgetTotal total = (BudgetTotal) result;
            return total.repository() + " " + total.owner().orElse("-") + " " + total.group().orElse("-") + " "
                    + total.amount() + " " + total.actions() + "/" + total.withoutAmount();
        }).toList();
    }

    private static String line(IndexDifference difference) {
        return difference.kind() + " " + difference.repository() + difference.path().map(path -> " " + path).orElse("")
                + difference.field().map(field -> " " + field + ": " + difference.inIndex().orElse("-") + " / "
                        + difference.inRepository().orElse("-")).orElse("");
    }
}
