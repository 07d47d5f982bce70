package nl.veerkracht.report;

import java.util.List;
import java.util.Objects;

/** Why a report could not be written; nothing was written then. */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The repository has no commit yet: there is nothing committed to report on ({@code details}: the folder). */
        NO_COMMIT,
        /** The plan's plan.yaml at the reported commit cannot be read ({@code details}: the folder). */
        NO_PLAN,
        /** {@code --informed} on a plan that keeps no council block: a regional plan ({@code details}: the folder). */
        NOT_INFORMABLE,
        /** The file cannot be written ({@code details}: the file, the cause). */
        WRITE_FAILED,
        /** plan.yaml cannot be updated with the date the council was informed ({@code details}: the file, the cause). */
        INFORMED_FAILED
    }

    private final Reason reason;
    private final List<String> details;

    public ReportException(Reason reason, Throwable cause, String... details) {
        super(reason + " " + String.join(" ", details), cause);
        this.reason = Objects.requireNonNull(reason);
        this.details = List.of(details);
    }

    public ReportException(Reason reason, String... details) {
        this(reason, null, details);
    }

    public Reason reason() {
        return reason;
    }

    /** The message's arguments, in the order {@link Reason} names them. */
    public List<String> details() {
        return details;
    }
}
