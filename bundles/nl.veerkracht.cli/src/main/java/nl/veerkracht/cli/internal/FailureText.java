package nl.veerkracht.cli.internal;

import java.util.Optional;

import nl.veerkracht.index.IndexException;
import nl.veerkracht.store.IoFailures;
import nl.veerkracht.store.StoreException;

/** A failure as the command line says it: one line, in the user's language, never a trace. */
public final class FailureText {

    private FailureText() {
    }

    /**
     * A failure in one line, in the user's language: Veerkracht's own as it describes itself, a
     * library's by its cause where the user can act on it (a full disk, a path without permission, a
     * damaged object), anything else as an unexpected error with its first line.
     */
    public static String describe(Exception error, Messages messages) {
        if (error instanceof StoreException failure) {
            return failure.describe(messages.language().locale());
        }
        if (error instanceof IndexException failure) {
            return failure.describe(messages.language().locale());
        }
        if (error instanceof CommandFailure failure) {
            return failure.describe(messages);
        }
        // a failure that escaped as a library's own (JGit's "Exception caught during execution of add command")
        Optional<StoreException> cause = IoFailures.explain(error);
        if (cause.isPresent()) {
            return cause.get().describe(messages.language().locale());
        }
        String what = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
        return messages.text("error.unexpected", what.lines().findFirst().orElse(what));
    }

    /** Whether {@link #describe} names the failure as the program foresaw it, rather than as unexpected. */
    static boolean isForeseen(Exception error) {
        return error instanceof StoreException || error instanceof IndexException || error instanceof CommandFailure
                || IoFailures.explain(error).isPresent();
    }
}
