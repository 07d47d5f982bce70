package nl.veerkracht.cli.internal;

import nl.veerkracht.cli.ExitCode;

/**
 * A command could not do what was asked, for a reason the user can act on. It ends the command
 * with one line on stderr and the given exit code. The message is a key of {@link Messages}.
 */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final String key;
    private final transient Object[] args;

    public CommandFailure(ExitCode exitCode, String key, Object... args) {
        super(key, null, false, false);
        this.exitCode = exitCode;
        this.key = key;
        this.args = args.clone();
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String describe(Messages messages) {
        return messages.text(key, args);
    }
}
