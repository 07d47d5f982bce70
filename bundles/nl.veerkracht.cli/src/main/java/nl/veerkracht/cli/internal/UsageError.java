package nl.veerkracht.cli.internal;

/**
 * The command line is wrong (exit 2). The message is a key of {@link Messages} with its arguments,
 * so that it is printed in the user's language.
 */
public final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;
    private final boolean aboutTheCommandList;

    public UsageError(String key, Object... args) {
        this(false, key, args);
    }

    private UsageError(boolean aboutTheCommandList, String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
        this.aboutTheCommandList = aboutTheCommandList;
    }

    /** A command that does not exist: the user is pointed at the list of commands. */
    public static UsageError unknownCommand(String name) {
        return new UsageError(true, "error.command.unknown", name);
    }

    /** Whether the help to point at is the list of commands rather than the help of the command at hand. */
    public boolean aboutTheCommandList() {
        return aboutTheCommandList;
    }

    public String describe(Messages messages) {
        return messages.text(key, args);
    }
}
