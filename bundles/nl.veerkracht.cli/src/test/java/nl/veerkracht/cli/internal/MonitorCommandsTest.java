package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code veerkracht monitor import|status|update} as a policy officer types them. */
class MonitorCommandsTest {

    @TempDir
    Path temp;

    private Path workspace;
    private final Services services = TestServices.create();

    private CommandRun run(String... args) {
        return CommandRun.of(new VeerkrachtCommandRunner("test", services), args);
    }

    @BeforeEach
    void init() throws Exception {
        workspace = temp.resolve("breda");
        CommandRun init = run("init", workspace.toString(), "--code", "GM0758", "--name", "Breda", "--province", "PV30",
                "--author", "J. de Vries <j.devries@breda.nl>");
        assertEquals(0, init.exitCode(), init.err());
        Files.createDirectories(workspace.resolve("plan/indicators"));
        Files.writeString(workspace.resolve("plan/indicators/vestigingen.yaml"), """
                id: vestigingen
                title: Vestigingen in Breda
                source: kvk
                unit: vestigingen
                baseline: 14500
                target: 15000
                """);
    }

    @Test
    void aDutchExportIsImportedThenStatusShowsWhereTheIndicatorStands() throws Exception {
        int year = LocalDate.now().getYear();
        Path export = temp.resolve("regiodata.csv");
        Files.writeString(export, "Periode;Gemeente;Vestigingen\n" + (year - 2) + ";Breda;14.420\n" + (year - 1)
                + ";Breda;14.610\n");

        CommandRun imported = run("monitor", "import", "-w", workspace.toString(), "vestigingen", export.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("vestigingen: 2 nieuwe perioden: " + (year - 2) + " 14420, " + (year - 1) + " 14610\n",
                imported.out());
        assertEquals("period,value,source\n" + (year - 2) + ",14420,kvk\n" + (year - 1) + ",14610,kvk\n",
                Files.readString(workspace.resolve("plan/indicators/vestigingen.csv")));
        CommandRun again = run("--lang", "en", "monitor", "import", "-w", workspace.toString(), "vestigingen",
                export.toString());
        assertEquals("vestigingen: nothing new\n", again.out());

        CommandRun status = run("monitor", "status", "-w", workspace.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertEquals("vestigingen: Vestigingen in Breda: 14610 vestigingen (" + (year - 1)
                + "), basis 14500, doel 15000, voortgang 22%, stijgend, op koers\n", status.out());
        CommandRun json = run("monitor", "status", "-w", workspace.toString(), "--format", "json");
        assertTrue(json.out().contains("\"progress_percent\": 22"), json.out());
    }

    @Test
    void updateOfAnIndicatorThatIsNotFromCbsIsOneLineAndExitFive() {
        CommandRun update = run("--lang", "en", "monitor", "update", "-w", workspace.toString(), "--indicator", "vestigingen");

        assertEquals(5, update.exitCode());
        assertEquals("veerkracht: the indicator 'vestigingen' comes from kvk, not from cbs; take its figures in with "
                + "monitor import\n", update.err());
        CommandRun none = run("monitor", "update", "-w", workspace.toString());
        assertEquals(0, none.exitCode(), none.err());
        assertEquals("Geen indicator met source: cbs in plan/indicators.\n", none.out());
    }

    @Test
    void anExportWithABadPeriodNamesTheFileAndLineAndWritesNothing() throws Exception {
        Path export = temp.resolve("x.csv");
        Files.writeString(export, "periode,waarde\n2024,1\nooit,2\n");

        CommandRun imported = run("--lang", "en", "monitor", "import", "-w", workspace.toString(), "vestigingen",
                export.toString());

        assertEquals(5, imported.exitCode());
        assertEquals("veerkracht: " + export + ":3: 'ooit' is no period; write a year, a quarter (2024 Q2, "
                + "2e kwartaal 2024) or a month (2024-05, mei 2024)\n", imported.err());
        assertTrue(Files.notExists(workspace.resolve("plan/indicators/vestigingen.csv")));
    }
}
