package nl.veerkracht.cli.internal;

/**
 * Text from a file, a commit or a remote made safe for a terminal. Titles, commit subjects, names and
 * messages come from other municipalities; a control character in them could clear the screen, set the
 * window title, ring the bell or reverse what is read, and a line break could forge a line of output. Such a
 * character is shown as an escape instead, so that it is both harmless and visible:
 *
 * <ul>
 * <li>C0 controls and DEL as {@code git} shows them in paths: {@code \a \b \t \n \v \f \r}, and three octal
 * digits for the others ({@code \000}, {@code \033} for ESC, {@code \177} for DEL);</li>
 * <li>C1 controls (U+0080 to U+009F) and the bidirectional controls (U+061C, U+200E, U+200F, U+202A to
 * U+202E, U+2066 to U+2069) by their code point: <code>&#92;u0085</code>, <code>&#92;u202e</code>.</li>
 * </ul>
 *
 * Every other character, a backslash too, is shown as it is; the JSON output has every value exactly.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** Whether {@code c} is shown escaped: a C0 or C1 control, DEL, or a bidirectional control. */
    public static boolean isEscaped(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
    }

    /** U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069: they change the order in which text is shown. */
    static boolean isBidiControl(char c) {
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code text} as (part of) one line: every character {@link #isEscaped} shown escaped, line feeds too. */
    public static String safe(String text) {
        return escape(text, false);
    }

    /**
     * {@code text} whose own line feeds are lines of its own, such as a file shown whole: the line feeds stay,
     * every other character {@link #isEscaped} is shown escaped (a carriage return as {@code \r}).
     */
    public static String safeLines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineFeeds) {
        return replace(text, c -> isEscaped(c) && !(keepLineFeeds && c == '\n'), TerminalText::appendEscape);
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\t' -> out.append("\\t");
            case '\n' -> out.append("\\n");
            case 0x0B -> out.append("\\v");
            case '\f' -> out.append("\\f");
            case '\r' -> out.append("\\r");
            default -> {
                if (c < 0x20 || c == 0x7F) {
                    out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                            .append((char) ('0' + (c & 7)));
                } else {
                    appendCodePoint(out, c);
                }
            }
        }
    }

    /**
     * A JSON document as its generator wrote it, with DEL, the C1 controls and the bidirectional controls as
     * <code>&#92;uXXXX</code> escapes too (the generator escapes only the C0 controls, as JSON requires). Those
     * characters can stand only inside strings, where the escape means the same character: the document says
     * exactly the same, and shows nothing raw on a terminal.
     */
    public static String json(String document) {
        return replace(document, TerminalText::isJsonEscaped, TerminalText::appendCodePoint);
    }

    /** Which characters {@link #replace} escapes; on {@code char}, so that a large JSON answer boxes nothing. */
    private interface Picked {
        boolean test(char c);
    }

    /** How {@link #replace} writes a character it escapes. */
    private interface Escape {
        void append(StringBuilder out, char c);
    }

    /** {@code text} with every character {@code escaped} picks written by {@code escape}; not copied without one. */
    private static String replace(String text, Picked escaped, Escape escape) {
        int first = 0;
        while (first < text.length() && !escaped.test(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped.test(c)) {
                escape.append(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** <code>&#92;u202e</code>: the escape of Java and JSON. */
    private static void appendCodePoint(StringBuilder out, char c) {
        out.append("\\u").append(hex(c >> 12)).append(hex(c >> 8)).append(hex(c >> 4)).append(hex(c));
    }

    private static boolean isJsonEscaped(char c) {
        return c >= 0x20 && isEscaped(c);
    }

    private static char hex(int digit) {
        return Character.forDigit(digit & 0xF, 16);
    }
}
