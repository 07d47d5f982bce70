package nl.veerkracht.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A report that was written.
 *
 * @param file the file
 * @param commit the commit reported on
 * @param since the revision it was compared with as the user names it ({@code raad/2026-05-12}), or the
 *        first commit's id when the council never approved the plan
 * @param sinceCommit the commit it was compared with
 * @param sinceFirstCommit whether it was compared with the first commit because there is no approval yet
 * @param informed the plan file whose {@code council.last_informed} was set, when the request asked for it
 */
public record WrittenReport(Path file, String commit, String since, String sinceCommit, boolean sinceFirstCommit,
        Optional<String> informed) {

    public WrittenReport {
        Objects.requireNonNull(file);
        Objects.requireNonNull(commit);
        Objects.requireNonNull(since);
        Objects.requireNonNull(sinceCommit);
        Objects.requireNonNull(informed);
    }
}
