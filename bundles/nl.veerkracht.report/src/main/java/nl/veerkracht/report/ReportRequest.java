package nl.veerkracht.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.store.RepositoryName;

/**
 * What report to write.
 *
 * @param repository the plan ({@code plan}) or a regional plan ({@code region/<id>})
 * @param since the revision to compare with; empty for the council's latest approval (the latest
 *        {@code raad/<date>} tag), or the first commit when the council never approved the plan
 * @param format PDF or HTML
 * @param file where to write it; empty for {@code veerkracht-<code>-<date>.<pdf|html>} in {@code folder}
 * @param folder the folder of the default file (the current folder of the command line)
 * @param date the report's date: on the cover, and what "past its end date" and "coming deadlines" count from
 * @param language Dutch or English
 * @param informed whether to record {@code date} as {@code council.last_informed} in the plan's working tree
 *        once the report is written (nothing is committed)
 */
public record ReportRequest(RepositoryName repository, Optional<String> since, ReportFormat format,
        Optional<Path> file, Path folder, LocalDate date, Language language, boolean informed) {

    public ReportRequest {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(since);
        Objects.requireNonNull(format);
        Objects.requireNonNull(file);
        Objects.requireNonNull(folder);
        Objects.requireNonNull(date);
        Objects.requireNonNull(language);
    }
}
