package nl.veerkracht.report.internal.content;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.HistoryEntry;

/** Small plans written as their files, read as the store reads them, and a report's input made of two of them. */
final class SmallPlans {

    static final LocalDate DATE = LocalDate.of(2026, 11, 28);
    static final Author ALDERMAN = new Author("A. Jansen", "a.jansen@breda.nl");

    static final String PLAN = """
            kind: municipality
            code: GM0758
            name: Breda
            province: PV30
            council:
              information_interval_weeks: 8
              last_informed: 2026-10-01
            """;

    static final String TERRASSEN = """
            id: terrassen-verruimen
            title: Terrassen verruimen
            description: |
              Tijdelijk ruimere terrassen.
              Zonder extra leges.
            term: medium
            budget:
              amount: %d
              source: existing
            status: running
            progress: 75
            lead: J. de Vries
            end: 2026-09-30
            """;

    private SmallPlans() {
    }

    /** Files as a plan repository holds them, by path. */
    static Map<String, byte[]> files(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    static PlanRead read(Map<String, byte[]> files) {
        PlanRead read = PlanFiles.readAll(files);
        if (!read.isValid()) {
            throw new IllegalArgumentException("the test's plan is not valid: " + read.problems());
        }
        return read;
    }

    /** The input of a report on {@code after}, compared with {@code before} as the council approved it. */
    static ReportInput input(Map<String, byte[]> before, Map<String, byte[]> after, boolean firstCommit) {
        PlanRead old = read(before);
        PlanRead now = read(after);
        HistoryEntry commit = new HistoryEntry("b".repeat(40), OffsetDateTime.of(2026, 6, 3, 10, 0, 0, 0,
                ZoneOffset.ofHours(2)), ALDERMAN, Optional.of("GM0758"), "Terrassen verruimen: budget verhoogd",
                "Terrassen verruimen: budget verhoogd", List.of("a".repeat(40)), List.copyOf(after.keySet()));
        ReportInput.Compared compared = firstCommit
                ? new ReportInput.Compared("a".repeat(40), "a".repeat(40), Optional.empty(), true)
                : new ReportInput.Compared("raad/2026-05-12", "a".repeat(40), Optional.of(LocalDate.of(2026, 5, 12)),
                        false);
        return new ReportInput("plan", now.contents(), commit, compared,
                SemanticDiff.between(old.snapshot(), now.snapshot()), List.of(commit), Optional.empty(), List.of(),
                new TreeMap<>(), DATE);
    }
}
