package nl.veerkracht.monitor.internal;

import java.net.URI;
import java.util.Objects;

import nl.veerkracht.monitor.MonitorProblem;

/** A source could not be read at one URL. */
public final class SourceFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** an HTTP status other than 200; the detail is the status */
        HTTP,
        /** silent for longer than the timeout; the detail is the timeout in seconds */
        TIMEOUT,
        /** no connection; the detail says why */
        UNREACHABLE,
        /** the answer was cut off */
        TRUNCATED,
        /** the answer is not what CBS sends */
        MALFORMED
    }

    private final Kind kind;
    private final transient URI uri;
    private final String detail;

    public SourceFailure(Kind kind, URI uri, String detail) {
        super(kind + " " + uri + " " + detail, null, false, false);
        this.kind = Objects.requireNonNull(kind);
        this.uri = Objects.requireNonNull(uri);
        this.detail = Objects.requireNonNull(detail);
    }

    public Kind kind() {
        return kind;
    }

    public URI uri() {
        return uri;
    }

    /** The problem of the indicator in {@code file}. */
    public MonitorProblem problem(String file) {
        return switch (kind) {
            case HTTP -> MonitorProblem.of("http", file, uri, detail);
            case TIMEOUT -> MonitorProblem.of("timeout", file, uri, detail);
            case UNREACHABLE -> MonitorProblem.of("unreachable", file, uri, detail);
            case TRUNCATED -> MonitorProblem.of("truncated", file, uri);
            case MALFORMED -> MonitorProblem.of("malformed", file, uri);
        };
    }
}
