package nl.veerkracht.checklist;

import java.util.List;

import nl.veerkracht.model.validation.Language;

/** Findings written as one short line each, for assertions: {@code missing plan/plan.yaml departments}. */
public final class FindingLines {

    private FindingLines() {
    }

    public static List<String> of(List<Finding> findings) {
        return findings.stream().map(FindingLines::line).toList();
    }

    public static String line(Finding finding) {
        return finding.severity().code() + " " + finding.file().orElse("-")
                + finding.field().map(field -> " " + field).orElse("");
    }

    /** Problem and remedy in {@code language}, for assertions on the texts. */
    public static String text(Finding finding, Language language) {
        return finding.problem().in(language) + " " + finding.remedy().in(language);
    }
}
