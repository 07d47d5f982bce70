package nl.veerkracht.province.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.store.Workspace;

/** The reports a workspace keeps come back newest first, also two pulls within one second. */
class ReportFilesTest {

    @TempDir
    Path temp;

    private static ProvinceReport report(String to) {
        return new ProvinceReport("PV30", Optional.empty(), to, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void twoPullsWithinOneSecondKeepTheirOrderWhateverTheirCommits() {
        Workspace workspace = Workspace.create(temp.resolve("breda"));
        Instant second = Instant.parse("2026-12-06T01:31:56Z");
        ReportFiles.keep(workspace, report("f".repeat(40)), second.plusMillis(100));
        ReportFiles.keep(workspace, report("0".repeat(40)), second.plusMillis(700));
        ReportFiles.keep(workspace, report("a".repeat(40)), second.minusMillis(1));

        assertEquals(List.of("0".repeat(40), "f".repeat(40), "a".repeat(40)),
                ReportFiles.all(workspace, "PV30").stream().map(ProvinceReport::to).toList());
    }
}
