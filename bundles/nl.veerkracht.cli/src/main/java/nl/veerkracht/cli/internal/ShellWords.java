package nl.veerkracht.cli.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A command line as a user can paste it into a POSIX shell: words that need it in single quotes. */
public final class ShellWords {

    private ShellWords() {
    }

    /** {@code words} joined by spaces, each quoted where the shell would otherwise split or expand it. */
    public static String line(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }

    static String quote(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_@%+=:,./-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
