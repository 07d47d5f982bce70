package nl.veerkracht.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;

import nl.veerkracht.model.validation.Language;

/**
 * What a command works with while it runs: the user's streams and language, the product version
 * and the services it calls.
 */
public record CommandContext(InputStream in, PrintStream out, PrintStream err, Messages messages,
        boolean debug, String productVersion, Services services) {

    /** Prints one line of text, looked up by key, on standard output. */
    public void say(String key, Object... args) {
        out.println(messages.text(key, args));
    }

    public Language language() {
        return messages.language();
    }
}
