package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Control characters and bidirectional controls shown escaped, and everything else as it is. */
class TerminalTextTest {

    /** The attack of issue 15: clear the screen, set the window title, ring the bell. */
    static final String HOSTILE = "\033[2J\033]0;pwned\007";

    @Test
    void theEscapesOfATerminalAttackAreShownAsGitShowsThemInPaths() {
        assertEquals("\\033[2J\\033]0;pwned\\a", TerminalText.safe(HOSTILE));
        assertEquals("a\\000b", TerminalText.safe("a\0b"));
        assertEquals("\\a\\b\\t\\n\\v\\f\\r", TerminalText.safe("\007\b\t\n\013\f\r"));
        assertEquals("\\001\\037\\177", TerminalText.safe("\001\037\177"));
    }

    @Test
    void c1ControlsAndBidirectionalControlsAreShownByTheirCodePoint() {
        assertEquals("\\u0080\\u0085\\u009b\\u009f", TerminalText.safe("\u0080\u0085\u009b\u009f"));
        assertEquals("invoice\\u202efdp.exe", TerminalText.safe("invoice\u202Efdp.exe"));
        for (char bidi : new char[] {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
            0x2068, 0x2069}) {
            assertEquals(String.format("\\u%04x", (int) bidi), TerminalText.safe(String.valueOf(bidi)));
        }
    }

    @Test
    void ordinaryTextIsShownAsItIsAndNotCopied() {
        String text = "Eén ondernemersloket: € 10.000, café's \\ \"quotes\" \u00a0\u200d 😀 中文 עברית";
        assertSame(text, TerminalText.safe(text));
        assertSame(text, TerminalText.safeLines(text));
        assertEquals("", TerminalText.safe(""));
    }

    @Test
    void textOfManyLinesKeepsItsLineFeedsAndNothingElse() {
        assertEquals("id: x\ntitle: \\033[2J\\r\n\\t\\u202e\n",
                TerminalText.safeLines("id: x\ntitle: \033[2J\r\n\t\u202E\n"));
    }

    @Test
    void everyCharacterIsEitherShownAsItIsOrEscapedIntoPrintableAscii() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String one = String.valueOf((char) c);
            String safe = TerminalText.safe(one);
            if (TerminalText.isEscaped((char) c)) {
                assertTrue(safe.startsWith("\\") && safe.length() > 1, () -> one + " -> " + safe);
                assertTrue(safe.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F), () -> "U+" + Integer.toHexString(one
                        .charAt(0)) + " -> " + safe);
            } else {
                assertSame(one, safe);
            }
            assertEquals(safe, TerminalText.safe(safe), "escaping twice changes nothing");
            assertFalse(safe.chars().anyMatch(ch -> TerminalText.isEscaped((char) ch)));
        }
    }

    @Test
    void aJsonDocumentEscapesWhatItsGeneratorLeavesAndStillSaysTheSame() {
        String value = HOSTILE + "\0\t\n\177\u0085\u009b\u202E\u2066 \u00e9 \\ \"";
        String document = Json.createObjectBuilder().add("title", value).build().toString();
        assertTrue(document.contains("\u202E"), "the generator leaves the bidirectional controls as they are");
        String safe = TerminalText.json(document);
        assertFalse(safe.chars().anyMatch(ch -> TerminalText.isEscaped((char) ch)), safe);
        assertTrue(safe.contains("\\u001b[2J") && safe.contains("\\u202e") && safe.contains("\\u007f")
                && safe.contains("\\u0085"), safe);
        JsonObject parsed = Json.createReader(new StringReader(safe)).readObject();
        assertEquals(value, parsed.getString("title"));
        String pretty = "{\n    \"a\": 1\n}";
        assertSame(pretty, TerminalText.json(pretty), "the layout of a document stays");
    }
}
