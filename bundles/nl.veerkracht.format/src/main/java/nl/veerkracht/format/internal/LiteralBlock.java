package nl.veerkracht.format.internal;

/**
 * Multi-line text as a YAML literal block ({@code |}). The chomping indicator keeps the text's final
 * newlines exactly: none ({@code |-}), one ({@code |}), more ({@code |+}). An indentation indicator
 * ({@code |2}) is written when the first line starts with a space. Text a literal block cannot carry
 * exactly, or only with a tab among a line's indentation (a line of only spaces, a line whose first
 * character after spaces is a tab, characters that need an escape), is written in double quotes instead.
 */
final class LiteralBlock {

    private LiteralBlock() {
    }

    /** Whether {@code text} is multi-line text that a literal block carries exactly. */
    static boolean fits(String text) {
        if (text.indexOf('\n') < 0) {
            return false;
        }
        String content = withoutFinalNewlines(text);
        if (content.isEmpty()) {
            return false;
        }
        for (String line : content.split("\n", -1)) {
            if (line.replaceFirst("^ *", "").startsWith("\t") || !line.isEmpty() && line.isBlank()) {
                return false;
            }
            for (int i = 0; i < line.length(); ) {
                int c = line.codePointAt(i);
                if (c != '\t' && !Scalars.isPlainSafe(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
        }
        return true;
    }

    /** Writes the header after a key's colon and the lines at {@code indent}. */
    static void write(StringBuilder out, String text, int indent) {
        String content = withoutFinalNewlines(text);
        int finalNewlines = text.length() - content.length();
        out.append(" |");
        String firstLine = content.replaceFirst("^\n*", "");
        if (firstLine.startsWith(" ")) {
            out.append("2");
        }
        out.append(finalNewlines == 0 ? "-" : finalNewlines == 1 ? "" : "+").append('\n');
        String margin = " ".repeat(indent);
        for (String line : content.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(margin).append(line);
            }
            out.append('\n');
        }
        out.append("\n".repeat(Math.max(0, finalNewlines - 1)));
    }

    private static String withoutFinalNewlines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }
}
