package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;

/** A plan repository on JGit, checked against C git. */
class PlanRepositoryTest {

    private static final Author DE_VRIES = new Author("J. de Vries", "j.devries@breda.nl");

    @TempDir
    Path temp;

    private Path directory;
    private PlanRepository repository;
    private CGit git;

    @BeforeEach
    void create() throws Exception {
        directory = temp.resolve("plan");
        repository = PlanRepository.create(directory);
        git = new CGit(Files.createDirectories(temp.resolve("home")));
    }

    @AfterEach
    void close() {
        repository.close();
    }

    private void write(String path, String content) throws Exception {
        Path file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void aCommitIsReadBackFromGitObjectsAndPassesFsck() throws Exception {
        write("plan.yaml", "kind: municipality\ncode: GM0758\nname: Breda\n");
        write("actions/terrassen-verruimen.yaml", "id: terrassen-verruimen\n");
        String first = repository.commitWorkingTree("Herstelaanpak begonnen", DE_VRIES, "GM0758");

        Map<String, byte[]> files = repository.filesAt(first);
        assertEquals(List.of("actions/terrassen-verruimen.yaml", "plan.yaml"), List.copyOf(files.keySet()));
        assertEquals("kind: municipality\ncode: GM0758\nname: Breda\n",
                new String(files.get("plan.yaml"), StandardCharsets.UTF_8));
        assertEquals(Optional.of(first), repository.head());
        git.assertFsckClean(directory);
        assertEquals("main\n", git.ok(directory, "branch", "--show-current"));
    }

    @Test
    void everyCommitNamesItsMunicipalityInATrailerThatGitReads() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        repository.commitWorkingTree("Begonnen", DE_VRIES, "GM0758");
        assertEquals("GM0758", git.ok(directory, "log", "-1", "--format=%(trailers:key=Veerkracht-Municipality,valueonly)").strip());
        assertEquals("J. de Vries <j.devries@breda.nl>\n", git.ok(directory, "log", "-1", "--format=%an <%ae>"));
        assertEquals(Optional.of("GM0758"), repository.history(List.of()).get(0).municipality());
    }

    @Test
    void aDeletedFileIsCommittedAsDeleted() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        write("needs/liquiditeit.yaml", "id: liquiditeit\n");
        repository.commitWorkingTree("Begonnen", DE_VRIES, "GM0758");
        Files.delete(directory.resolve("needs/liquiditeit.yaml"));
        String second = repository.commitWorkingTree("Behoefte vervallen", DE_VRIES, "GM0758");
        assertFalse(repository.filesAt(second).containsKey("needs/liquiditeit.yaml"));
        assertTrue(repository.isClean());
        assertEquals(List.of("needs/liquiditeit.yaml"), repository.history(List.of()).get(0).changedPaths());
    }

    @Test
    void nothingToCommitIsSaidAndNoCommitIsMade() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        String first = repository.commitWorkingTree("Begonnen", DE_VRIES, "GM0758");
        StoreException error = assertThrows(StoreException.class,
                () -> repository.commitWorkingTree("Niets", DE_VRIES, "GM0758"));
        assertEquals("commit.nothing", error.key());
        assertEquals(Optional.of(first), repository.head());
    }

    @Test
    void aCommitMadeWithPlainGitIsReadAndListed() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        repository.commitWorkingTree("Begonnen", DE_VRIES, "GM0758");
        write("actions/loket.yaml", "id: loket\n");
        git.ok(directory, "add", "actions/loket.yaml");
        git.ok(directory, "commit", "-q", "-m", "Loket toegevoegd met git");

        assertEquals("id: loket\n", new String(repository.filesAt("main").get("actions/loket.yaml"), StandardCharsets.UTF_8));
        HistoryEntry latest = repository.history(List.of("actions/loket.yaml")).get(0);
        assertEquals("Loket toegevoegd met git", latest.subject());
        assertEquals(Optional.empty(), latest.municipality());
        assertEquals("Plain Git", latest.author().name());
    }

    @Test
    void theHistoryOfOneFileHoldsOnlyTheCommitsThatChangedIt() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        write("actions/a.yaml", "id: a\n");
        repository.commitWorkingTree("Eerste", DE_VRIES, "GM0758");
        write("actions/b.yaml", "id: b\n");
        repository.commitWorkingTree("Tweede", DE_VRIES, "GM0758");
        write("actions/a.yaml", "id: a\ntitle: A\n");
        repository.commitWorkingTree("Derde", DE_VRIES, "GM0758");

        List<String> subjects = repository.history(List.of("actions/a.yaml")).stream().map(HistoryEntry::subject).toList();
        assertEquals(List.of("Derde", "Eerste"), subjects);
    }

    @Test
    void aCouncilApprovalIsAnAnnotatedTagThatGitShows() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        String head = repository.commitWorkingTree("Begonnen", DE_VRIES, "GM0758");
        CouncilApproval approval = repository.approve(LocalDate.of(2026, 5, 1), "Vastgesteld door de raad", DE_VRIES);

        assertEquals("raad/2026-05-01", approval.tagName());
        assertEquals("raad/2026-05-01 Vastgesteld door de raad\n", git.ok(directory, "tag", "-n").replaceAll(" +", " "));
        assertEquals("tag\n", git.ok(directory, "cat-file", "-t", "raad/2026-05-01"));
        assertEquals(List.of(new CouncilApproval(LocalDate.of(2026, 5, 1), "raad/2026-05-01", head,
                "Vastgesteld door de raad")), repository.approvals());
        assertEquals(head, repository.resolve("raad/2026-05-01"));
        git.assertFsckClean(directory);

        StoreException again = assertThrows(StoreException.class,
                () -> repository.approve(LocalDate.of(2026, 5, 1), "Nogmaals", DE_VRIES));
        assertEquals("er is al een vaststelling raad/2026-05-01", again.describe(Locale.forLanguageTag("nl")));
    }

    @Test
    void anUnknownRevisionIsNamedInTheUsersLanguage() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        repository.commitWorkingTree("Begonnen", DE_VRIES, "GM0758");
        StoreException error = assertThrows(StoreException.class, () -> repository.filesAt("raad/1999-01-01"));
        assertEquals("onbekende versie 'raad/1999-01-01'", error.describe(Locale.forLanguageTag("nl")));
        assertEquals("unknown version 'raad/1999-01-01'", error.describe(Locale.ENGLISH));
    }

    @Test
    void aHugeFileIsReadOnlyJustBeyondTheLimit() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        Files.write(directory.resolve("actions-huge.yaml"), new byte[PlanRepository.READ_LIMIT * 2]);
        String commit = repository.commitWorkingTree("Groot bestand", DE_VRIES, "GM0758");
        assertEquals(PlanRepository.READ_LIMIT + 1, repository.filesAt(commit).get("actions-huge.yaml").length);
        assertEquals(PlanRepository.READ_LIMIT + 1, repository.workingTreeFiles().get("actions-huge.yaml").length);
    }

    @Test
    void theWorkingTreeLeavesOutGitAndLocalStateAndSymbolicLinks() throws Exception {
        write("plan.yaml", "code: GM0758\n");
        write(".veerkracht/state", "local\n");
        Path outside = Files.writeString(temp.resolve("secret.txt"), "buiten de plan-map\n");
        Files.createSymbolicLink(directory.resolve("link.yaml"), outside);
        Map<String, byte[]> files = repository.workingTreeFiles();
        assertEquals(List.of("plan.yaml"), List.copyOf(files.keySet()));
        assertArrayEquals("code: GM0758\n".getBytes(StandardCharsets.UTF_8), files.get("plan.yaml"));
    }

    @Test
    void theAuthorComesFromTheGitConfiguration() throws Exception {
        git.ok(directory, "config", "user.name", "A. Jansen");
        git.ok(directory, "config", "user.email", "a.jansen@breda.nl");
        try (PlanRepository reopened = PlanRepository.open(directory)) {
            assertEquals(new Author("A. Jansen", "a.jansen@breda.nl"), reopened.configuredAuthor());
        }
    }

    @Test
    void anAuthorIsWrittenAsNameAndEmail() {
        assertEquals(new Author("A. Jansen", "a.jansen@breda.nl"), Author.parse("A. Jansen <a.jansen@breda.nl>"));
        StoreException error = assertThrows(StoreException.class, () -> Author.parse("a.jansen@breda.nl"));
        assertEquals("'a.jansen@breda.nl' is not an author; write \"Name <email>\"", error.describe(Locale.ENGLISH));
    }

    @Test
    void openingAFolderWithoutPlanSaysHowToMakeOne() {
        StoreException error = assertThrows(StoreException.class, () -> PlanRepository.open(temp.resolve("leeg")));
        assertTrue(error.describe(Locale.forLanguageTag("nl")).endsWith("maak er een met 'veerkracht init'"));
    }
}
