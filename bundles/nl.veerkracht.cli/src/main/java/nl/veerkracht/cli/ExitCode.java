package nl.veerkracht.cli;

/**
 * The exit codes of every command: a small, documented set that scripts and CI can rely on.
 */
public enum ExitCode {
    /** The command did what was asked. */
    DONE(0),
    /** The command ran and found something to fix (validate, check). */
    FINDINGS(1),
    /** The command line itself is wrong: unknown command, unknown or bad option. */
    USAGE(2),
    /** Sync stopped at conflicts that the user resolves. */
    CONFLICTS(3),
    /**
     * A rule of the region refused changes: incoming ones ({@code sync}, {@code region join}), or one's own
     * {@code commit --repo region/<id>}, which every other member would refuse.
     */
    REFUSED(4),
    /** Anything else went wrong: a bad file, an unreachable remote, a failed write. */
    FAILED(5);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }
}
