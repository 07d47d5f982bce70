package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;

/**
 * The index through {@code bin/veerkracht}, one process per command as a user runs them: the first
 * question builds the embedded index in the workspace, a commit in another process is caught up by
 * the next question, and verify finds no difference.
 */
class IndexProcessTest {

    @TempDir
    Path temp;

    private Result veerkracht(String... args) throws Exception {
        return ProductProcess.run(ProductProcess.assembledProduct(), temp.resolve("cache"), "", args);
    }

    @Test
    void questionsBuildTheIndexAndCatchUpWithCommitsMadeByOtherCommands() throws Exception {
        Path workspace = temp.resolve("breda");
        String ws = workspace.toString();
        assertEquals(0, veerkracht("init", ws, "--code", "GM0758", "--name", "Breda", "--author", "J <j@breda.nl>").exitCode());
        Path action = workspace.resolve("plan/actions/webwinkels.yaml");
        Files.createDirectories(action.getParent());
        Files.writeString(action, "id: webwinkels\ntitle: Webwinkels\nterm: short\nthemes:\n  - digitalisering\n"
                + "budget:\n  amount: 40000\n  source: province\nstatus: planned\n", StandardCharsets.UTF_8);
        assertEquals(0, veerkracht("commit", "-w", ws, "-m", "Webwinkels", "--author", "J <j@breda.nl>").exitCode());

        Result question = veerkracht("query", "actions", "-w", ws, "--theme", "digitalisering");
        assertEquals(0, question.exitCode(), question.err());
        assertEquals("", question.err());
        assertEquals("GM0758  plan/actions/webwinkels.yaml  Webwinkels  [short, planned, 40.000 euro, province]\n1 actie\n",
                question.out());
        assertTrue(Files.isRegularFile(workspace.resolve(".veerkracht/index/index.mv.db")));

        Files.writeString(action, "id: webwinkels\ntitle: Webwinkels\nterm: medium\nstatus: running\n", StandardCharsets.UTF_8);
        assertEquals(0, veerkracht("commit", "-w", ws, "-m", "Later", "--author", "J <j@breda.nl>").exitCode());
        Result budget = veerkracht("--lang", "en", "query", "budget", "-w", ws);
        assertEquals(0, budget.exitCode(), budget.err());
        assertEquals("plan (GM0758)\n  medium  0 euro, 1 action, 1 without an amount\n", budget.out());

        Result verify = veerkracht("index", "verify", "-w", ws);
        assertEquals(0, verify.exitCode(), verify.err());
        assertEquals("De index klopt: 1 repositories, 2 onderdelen, geen verschil.\n", verify.out());
    }
}
