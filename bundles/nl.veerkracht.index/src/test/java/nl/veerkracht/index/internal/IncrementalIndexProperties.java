package nl.veerkracht.index.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.veerkracht.index.RepositoryUpdate.How;
import nl.veerkracht.index.Verification;
import nl.veerkracht.junit.workspace.ExampleWorkspace;
import nl.veerkracht.junit.workspace.RealServices;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * After any sequence of commits, branch moves (fast-forwards, resets to older commits, as sync makes
 * them), mirrors that appear and disappear, and files that cannot be read, an index that followed
 * every step from the tree differences holds exactly what a rebuild from scratch holds, and verify
 * finds no difference. Fixed seeds: every run tries the same sequences.
 */
class IncrementalIndexProperties {

    private static final List<RepositoryName> REPOSITORIES = List.of(RepositoryName.PLAN,
            RepositoryName.region("west-brabant"), RepositoryName.member("GM0777"), RepositoryName.member("GM0826"));
    private static final List<String> FILES = List.of("plan.yaml", "actions/a0.yaml", "actions/a1.yaml",
            "actions/a2.yaml", "actions/GM0758-fonds.yaml", "needs/n0.yaml", "needs/n1.yaml", "indicators/i0.yaml",
            "indicators/i0.csv", "lessons/l0.md", "scenarios/s0.yaml", "notes.txt");

    /** One step of a script: what to do, where, to which file, with which content. */
    record Step(int what, int repository, int file, int content) {
    }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, REPOSITORIES.size() - 1),
                Arbitraries.integers().between(0, FILES.size() - 1), Arbitraries.integers().between(0, 99))
                .as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(30);
    }

    @Property(tries = 12, seed = "758")
    void onH2TheFollowedIndexEqualsARebuild(@ForAll("scripts") List<Step> script) throws IOException {
        check(TestDatabases.Kind.H2, script);
    }

    @Property(tries = 4, seed = "777")
    void onPostgreSqlTheFollowedIndexEqualsARebuild(@ForAll("scripts") List<Step> script) throws IOException {
        check(TestDatabases.Kind.POSTGRESQL, script);
    }

    private void check(TestDatabases.Kind kind, List<Step> script) throws IOException {
        Path temp = Files.createTempDirectory("veerkracht-index-property");
        try {
            Workspace workspace = RealServices.planStore().init(temp.resolve("ws"), "GM0758", "Breda", Optional.of("PV30"),
                    Optional.of(ExampleWorkspace.AUTHOR));
            DatabaseChoice followedDatabase = TestDatabases.choice(kind);
            try (EclipseLinkWorkspaceIndex followed = EclipseLinkWorkspaceIndex.choosing(followedDatabase)) {
                followed.update(workspace);
                Script run = new Script(workspace, followed);
                for (Step step : script) {
                    run.perform(step);
                }
                followed.update(workspace);
                Verification verification = followed.verify(workspace);
                assertEquals(List.of(), verification.differences());
                assertTrue(verification.update().changed().isEmpty(), "the followed index was current");

                DatabaseSettings fresh = kind == TestDatabases.Kind.H2
                        ? new DatabaseSettings("jdbc:h2:file:" + temp.resolve("rebuilt/index"), Optional.empty(),
                                Optional.empty())
                        : TestDatabases.freshPostgresSchema();
                try (EclipseLinkWorkspaceIndex rebuilt = EclipseLinkWorkspaceIndex.choosing(ws -> fresh);
                        IndexDatabase followedTables = IndexDatabase.open(followedDatabase.settingsFor(workspace), IndexOwner.of(workspace));
                        IndexDatabase rebuiltTables = IndexDatabase.open(fresh, IndexOwner.of(workspace))) {
                    assertTrue(rebuilt.rebuild(workspace).repositories().stream()
                            .allMatch(update -> update.how() == How.FULL));
                    assertEquals(IndexContents.of(rebuiltTables), IndexContents.of(followedTables));
                }
            }
        } finally {
            delete(temp);
        }
    }

    /** Performs steps on a workspace, telling the index of each branch move as the store and sync do. */
    private static final class Script {

        private final Workspace workspace;
        private final EclipseLinkWorkspaceIndex index;
        private int serial;

        Script(Workspace workspace, EclipseLinkWorkspaceIndex index) {
            this.workspace = workspace;
            this.index = index;
        }

        void perform(Step step) throws IOException {
            RepositoryName repository = REPOSITORIES.get(step.repository());
            switch (step.what()) {
                case 0, 1, 2, 3 -> commit(repository, step);
                case 4 -> moveBranch(repository, step);
                case 5 -> {
                    if (repository.kind() == RepositoryName.Kind.MEMBER) {
                        toggleMirror(repository, step);
                    } else {
                        commit(repository, step);
                    }
                }
                case 6 -> index.update(workspace);
                default -> commit(repository, step);
            }
        }

        /** Writes or deletes a file or two, commits with JGit (no validation: broken files too), and announces it. */
        private void commit(RepositoryName repository, Step step) throws IOException {
            Path directory = workspace.directoryOf(repository);
            if (!workspace.has(repository)) {
                PlanRepository.create(directory).close();
            }
            edit(directory, FILES.get(step.file()), step.content());
            if (step.content() % 3 == 0) {
                edit(directory, FILES.get((step.file() + 5) % FILES.size()), step.content() / 3);
            }
            try (PlanRepository git = workspace.open(repository)) {
                Optional<String> before = git.head();
                String after = git.commitWorkingTree("Stap " + serial, ExampleWorkspace.AUTHOR, "GM0758");
                announce(repository, before, after, step);
            } catch (StoreException e) {
                if (!e.key().equals("commit.nothing")) {
                    throw e;
                }
            }
        }

        /** Moves main as sync does: to a new commit written from contents (a merge), or back to an older commit. */
        private void moveBranch(RepositoryName repository, Step step) {
            if (!workspace.has(repository)) {
                return;
            }
            try (PlanRepository git = workspace.open(repository)) {
                Optional<String> head = git.head();
                if (head.isEmpty()) {
                    return;
                }
                List<HistoryEntry> history = git.history(List.of());
                String target;
                if (step.content() % 2 == 0 && history.size() > 1) {
                    target = history.get(1 + step.content() % (history.size() - 1)).commitId();
                } else {
                    Map<String, byte[]> files = new TreeMap<>(git.filesAt(head.get()));
                    String path = FILES.get(step.file());
                    byte[] content = content(path, step.content(), ++serial);
                    if (content == null) {
                        files.remove(path);
                    } else {
                        files.put(path, content);
                    }
                    List<String> parents = history.size() > 1 ? List.of(head.get(), history.get(history.size() - 1)
                            .commitId()) : List.of(head.get());
                    target = git.writeCommit(files, parents, "Samengevoegd " + serial, ExampleWorkspace.AUTHOR, "GM0777");
                }
                git.advanceBranch(head, target, workspace.stateOf(repository));
                announce(repository, head, target, step);
            }
        }

        private void toggleMirror(RepositoryName repository, Step step) throws IOException {
            if (workspace.has(repository)) {
                delete(workspace.directoryOf(repository));
            } else {
                commit(repository, step);
            }
        }

        /** The store calls listeners after every move; half the time the index is told (it is open here). */
        private void announce(RepositoryName repository, Optional<String> from, String to, Step step) {
            if (step.content() % 2 == 1) {
                index.repositoryUpdated(workspace, repository, from, to);
            }
        }

        private void edit(Path directory, String path, int variant) throws IOException {
            Path file = directory.resolve(path);
            byte[] content = content(path, variant, ++serial);
            if (content == null) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            }
        }
    }

    /** The content of a file in one of its variants (null: the file is deleted), some of them broken. */
    static byte[] content(String path, int variant, int serial) {
        int v = variant % 10;
        if (v == 9) {
            return null;
        }
        if (v == 8 && !path.equals("notes.txt")) {
            return ("id: [kapot " + serial + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        String id = path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.'));
        String text = switch (path.substring(0, path.indexOf('/') < 0 ? 0 : path.indexOf('/'))) {
            case "actions" -> action(id, v, serial);
            case "needs" -> "id: " + id + "\ntitle: Behoefte " + serial + "\n" + (v % 2 == 0 ? "urgency: high\n" : "");
            case "indicators" -> path.endsWith(".csv")
                    ? "period,value,source\n2025," + (14000 + serial) + ",cbs\n" + (v % 2 == 0 ? "2026-Q1," + v + ".5,own\n" : "")
                    : "id: " + id + "\ntitle: Indicator " + serial + "\nsource: cbs\n" + (v % 3 == 0 ? "target: " + v + ".25\n" : "");
            case "lessons" -> "---\nid: " + id + "\ntitle: Les " + serial + "\nactions:\n  - a" + (v % 3) + "\n---\nTekst " + serial + "\n";
            case "scenarios" -> "id: " + id + "\ntitle: Terugval " + serial + "\nkind: fallback\ntriggers:\n  - Regel " + v + "\n";
            default -> path.equals("plan.yaml")
                    ? (v % 2 == 0 ? "kind: municipality\ncode: GM0758\nname: Breda " + serial + "\nregions:\n  - west-brabant\n"
                            : "kind: region\nid: west-brabant\nname: West-Brabant " + serial
                                    + "\nmembers:\n  - code: GM0758\n    name: Breda\n  - code: GM0777\n    name: Etten-Leur\n")
                    : "Notitie " + serial + "\n";
        };
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String action(String id, int variant, int serial) {
        if (variant == 7) {
            return "id: " + id + "\nterm: short\nstatus: idea\n";
        }
        String[] terms = {"short", "medium", "long"};
        String[] statuses = {"idea", "planned", "running", "done", "stopped"};
        String[] themes = {"circulariteit", "energietransitie", "innovatie", "digitalisering"};
        StringBuilder yaml = new StringBuilder("id: " + id + "\ntitle: Actie " + serial + "\nterm: " + terms[variant % 3]
                + "\nthemes:\n  - " + themes[variant % 4] + "\n");
        if (variant % 2 == 0) {
            yaml.append("budget:\n  amount: ").append(1000 * serial).append("\n  source: existing\n");
        }
        yaml.append("status: ").append(statuses[variant % 5]).append('\n');
        if (variant % 3 == 1) {
            yaml.append("links:\n  province:\n    - PV30/taak-").append(variant).append('\n');
        }
        if (variant % 4 == 2) {
            yaml.append("lead_municipality: GM0758\nparticipants:\n  - GM0758\n  - GM0777\ncontributions:\n  GM0758: ")
                    .append(serial).append("\n  GM0777: 500\n");
        }
        return yaml.toString();
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
