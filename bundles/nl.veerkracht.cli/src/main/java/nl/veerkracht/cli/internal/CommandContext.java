package nl.veerkracht.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * What a command works with while it runs: the user's streams, language and the product version.
 */
public record CommandContext(InputStream in, PrintStream out, PrintStream err, Messages messages,
        boolean debug, String productVersion) {

    /** Prints one line of text, looked up by key, on standard output. */
    public void say(String key, Object... args) {
        out.println(messages.text(key, args));
    }
}
