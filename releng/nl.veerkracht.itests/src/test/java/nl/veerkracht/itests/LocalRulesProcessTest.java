package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;

/**
 * The rules on what a member commits, in the product as a user runs it: a FIFO in the plan's folder is a
 * finding, and neither {@code validate} nor {@code commit} waits on it; a regional commit that every other
 * member would refuse is refused by {@code commit} itself, with exit 4, so the region's commit check is bound
 * by Declarative Services in the product's own runtime.
 */
class LocalRulesProcessTest {

    private static final String AUTHOR = "J. de Vries <j.devries@breda.nl>";
    private static final String REGION = "region/west-brabant";

    @TempDir
    Path temp;

    private Result veerkracht(String... args) throws Exception {
        return ProductProcess.run(ProductProcess.assembledProduct(), temp.resolve("cache"), "", args);
    }

    private Result expect(int exitCode, String... args) throws Exception {
        Result result = veerkracht(args);
        assertEquals(exitCode, result.exitCode(), () -> String.join(" ", args) + "\n" + result.out() + result.err());
        return result;
    }

    private Path init(String folder, String code, String name) throws Exception {
        Path workspace = temp.resolve(folder);
        expect(0, "init", workspace.toString(), "--code", code, "--name", name, "--author", AUTHOR);
        return workspace;
    }

    private static void write(Path file, String content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    void aFifoInThePlanIsAFindingAndNeitherValidateNorCommitWaitsOnIt() throws Exception {
        Path breda = init("breda", "GM0758", "Breda");
        Path fifo = breda.resolve("plan/actions/f.yaml");
        Files.createDirectories(fifo.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");

        Result validate = expect(1, "validate", "-w", breda.toString());
        assertTrue(validate.out().startsWith("plan/actions/f.yaml:1:1: 'actions/f.yaml' is een named pipe (FIFO)"),
                validate.out());
        Result commit = expect(1, "--lang", "en", "commit", "-w", breda.toString(), "-m", "Met FIFO", "--author", AUTHOR);
        assertTrue(commit.out().startsWith("plan/actions/f.yaml:1:1: 'actions/f.yaml' is a named pipe (FIFO)"),
                commit.out());
        assertEquals("veerkracht: nothing recorded: plan has 1 problem(s); see above\n", commit.err());
        assertEquals(1, expect(0, "log", "-w", breda.toString()).out().lines().count(), "only the first commit");
    }

    @Test
    void aRegionalCommitThatEveryOtherMemberWouldRefuseIsRefusedWhereItIsMade() throws Exception {
        Path breda = init("breda", "GM0758", "Breda");
        Path ettenLeur = init("etten-leur", "GM0777", "Etten-Leur");
        expect(0, "region", "create", "-w", breda.toString(), "--id", "west-brabant", "--name", "West-Brabant");
        expect(0, "region", "add-member", "-w", breda.toString(), "--id", "west-brabant", "--code", "GM0777", "--name",
                "Etten-Leur", "--url", ettenLeur.resolve(REGION).toString(), "--plan-url",
                ettenLeur.resolve("plan").toString());
        String vouchers = """
                id: GM0758-vouchers
                title: Digitaliseringsvouchers
                term: medium
                budget:
                  amount: 50000
                  source: region
                status: planned
                lead_municipality: GM0758
                participants:
                  - GM0758
                """;
        write(breda.resolve(REGION).resolve("actions/GM0758-vouchers.yaml"), vouchers);
        expect(0, "commit", "-w", breda.toString(), "--repo", REGION, "-m", "Vouchers", "--author", AUTHOR);
        expect(0, "region", "join", "-w", ettenLeur.toString(), breda.resolve(REGION).toString());

        // Etten-Leur does not take part in the vouchers
        write(ettenLeur.resolve(REGION).resolve("actions/GM0758-vouchers.yaml"),
                vouchers.replace("status: planned", "status: running"));
        Result refused = expect(4, "commit", "-w", ettenLeur.toString(), "--repo", REGION, "-m", "Vouchers lopen",
                "--author", "P. Jansen <p.jansen@etten-leur.nl>");
        assertEquals("", refused.out());
        assertEquals("veerkracht: niets vastgelegd in region/west-brabant: de andere leden zouden deze commit weigeren,"
                + " want hij overtreedt een regel van de regio (alleen deelnemers wijzigen een gedeelde actie):"
                + " actions/GM0758-vouchers.yaml status\n", refused.err());
        assertEquals(3, expect(0, "log", "-w", ettenLeur.toString(), "--repo", REGION).out().lines().count(),
                "nothing recorded");
    }
}
