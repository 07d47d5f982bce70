package nl.veerkracht.format.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;

/**
 * The bytes of a plan file as text: at most {@link #MAX_BYTES}, UTF-8 without a byte-order mark,
 * LF line endings, and only characters that YAML can hold. Positions count lines and columns from
 * 1, columns in Unicode code points.
 */
public final class PlanText {

    /** The largest plan file there can be: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;

    private static final SourcePosition START = new SourcePosition(1, 1);

    private PlanText() {
    }

    /** The text of {@code content}, or the first thing wrong with its bytes. */
    public static String decode(String path, byte[] content) throws PlanFileException {
        if (content.length > MAX_BYTES) {
            // every reader stops one byte past the limit, so content.length is not the file's size: it is not said
            throw fail(path, START, "file.tooLarge", Integer.toString(content.length), Integer.toString(MAX_BYTES));
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            throw fail(path, START, "file.byteOrderMark");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(ByteBuffer.wrap(content), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw fail(path, positionAfter(out.flip()), "file.invalidUtf8");
        }
        String text = out.flip().toString();
        checkCharacters(path, text);
        return text;
    }

    private static void checkCharacters(String path, String text) throws PlanFileException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == '\r') {
                throw fail(path, new SourcePosition(line, column), "file.carriageReturn");
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                if (!isAllowed(c)) {
                    throw fail(path, new SourcePosition(line, column), "file.character",
                            String.format(Locale.ROOT, "U+%04X", c));
                }
                column++;
            }
            i += Character.charCount(c);
        }
    }

    /**
     * Whether a plan file may hold the character as it is: what YAML calls printable, without a
     * byte-order mark. Tab and line feed are allowed; carriage return is not.
     */
    public static boolean isAllowed(int c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The position just after {@code text}. */
    static SourcePosition positionAfter(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourcePosition(line, column);
    }

    /**
     * The first tab used for indentation: a tab among the spaces before the first other character of a
     * line. YAML does not allow it, and a tab there reads as indentation in one editor and not in another.
     */
    static void checkIndentation(String path, String text, int lineOffset) throws PlanFileException {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int tab = -1;
            int i = start;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                if (text.charAt(i) == '\t' && tab < 0) {
                    tab = i;
                }
                i++;
            }
            if (tab >= 0 && i < end) {
                throw fail(path, new SourcePosition(line + lineOffset, tab - start + 1), "yaml.tab");
            }
            line++;
            start = end + 1;
        }
    }

    static PlanFileException fail(String path, SourcePosition position, String key, Object... arguments) {
        return new PlanFileException(List.of(Problem.error(path, position, key, arguments)));
    }
}
