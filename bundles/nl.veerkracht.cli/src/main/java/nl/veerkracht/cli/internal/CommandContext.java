package nl.veerkracht.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;

import nl.veerkracht.model.validation.Language;

/**
 * What a command works with while it runs: the user's streams and language, the product version
 * and the services it calls.
 *
 * <p>{@code out} and {@code err} are {@link TerminalStream}s, whatever stream is given: every text a command
 * prints is shown with its control characters and bidirectional controls escaped ({@link TerminalText}), so
 * that nothing from a file, a commit or a remote can steer the user's terminal. {@code println} writes one
 * line (a line feed in it is shown as {@code \n}); text that spans lines on purpose is written with
 * {@code print}.
 */
public record CommandContext(InputStream in, PrintStream out, PrintStream err, Messages messages,
        boolean debug, String productVersion, Services services) {

    public CommandContext {
        out = TerminalStream.of(out);
        err = TerminalStream.of(err);
    }

    /** Prints one line of text, looked up by key, on standard output. */
    public void say(String key, Object... args) {
        out.println(messages.text(key, args));
    }

    public Language language() {
        return messages.language();
    }
}
