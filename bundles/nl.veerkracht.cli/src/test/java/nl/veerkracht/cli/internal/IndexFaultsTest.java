package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.index.internal.DatabaseChoice;
import nl.veerkracht.index.internal.EclipseLinkWorkspaceIndex;

/** An index that cannot be used is said at once, in one line, by the commands that do not need it. */
class IndexFaultsTest {

    @TempDir
    Path temp;

    private Path workspace;
    private EclipseLinkWorkspaceIndex index;

    private CommandRun run(String... args) {
        return CommandRun.of(new VeerkrachtCommandRunner("test", TestServices.create(index)), args);
    }

    @BeforeEach
    void breda() {
        index = EclipseLinkWorkspaceIndex.choosing(DatabaseChoice.fromWorkspaceFile());
        workspace = temp.resolve("breda");
        assertEquals(0, run("init", workspace.toString(), "--code", "GM0758", "--name", "Breda").exitCode());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private CommandRun commitAnAction(String id, String... global) throws Exception {
        Path action = workspace.resolve("plan/actions/" + id + ".yaml");
        Files.createDirectories(action.getParent());
        Files.writeString(action, "id: " + id + "\ntitle: Actie\nterm: short\nstatus: idea\n");
        List<String> args = new java.util.ArrayList<>(List.of(global));
        args.addAll(List.of("commit", "-w", workspace.toString(), "-m", id, "--author", "J <j@breda.nl>"));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aCommitSaysInOneLineThatAnIndexOfRandomBytesIsUnusableAndStillSucceeds() throws Exception {
        CommandRun healthy = commitAnAction("eerste");
        assertEquals(0, healthy.exitCode());
        assertEquals("", healthy.err(), "no index yet: nothing to say");
        assertEquals(0, run("query", "actions", "-w", workspace.toString()).exitCode());
        index.close();
        assertEquals("", commitAnAction("tweede").err(), "a sound index: nothing to say");

        index.close();
        byte[] noise = new byte[40_000];
        new Random(10).nextBytes(noise);
        Path file = workspace.resolve(".veerkracht/index/index.mv.db");
        Files.write(file, noise);

        CommandRun damaged = commitAnAction("derde");
        assertEquals(0, damaged.exitCode(), "the commit is made");
        assertTrue(damaged.out().startsWith("Vastgelegd als "), damaged.out());
        assertEquals(List.of("veerkracht: vastgelegd, maar de index in " + workspace.resolve(".veerkracht/index")
                + " is onbruikbaar: " + file + " is geen database (meer); 'veerkracht index rebuild' bouwt hem opnieuw"
                + " op uit de repositories"), damaged.errLines());

        CommandRun english = commitAnAction("vierde", "--lang", "en");
        assertEquals(List.of("veerkracht: committed, but the index in " + workspace.resolve(".veerkracht/index")
                + " is unusable: " + file + " is not a database (any more); 'veerkracht index rebuild' builds it again"
                + " from the repositories"), english.errLines());

        CommandRun rebuild = run("index", "rebuild", "-w", workspace.toString());
        assertEquals(0, rebuild.exitCode(), rebuild.err());
        assertEquals("", commitAnAction("vijfde").err(), "rebuilt: nothing to say");
    }
}
