package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Every way of writing to the user's streams shows control characters escaped; only the line layout stays. */
class TerminalStreamTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream terminal = TerminalStream.of(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    private String shown() {
        terminal.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printlnWritesOneLineWhateverItsTextHolds() {
        terminal.println("actie " + TerminalTextTest.HOSTILE + "\nGM0758  vervalst\u202E");
        terminal.println((Object) new StringBuilder("a\rb"));
        terminal.println(new char[] {'\t'});
        terminal.println('\0');
        terminal.println(12);
        terminal.println();
        assertEquals("actie \\033[2J\\033]0;pwned\\a\\nGM0758  vervalst\\u202e\na\\rb\n\\t\n\\000\n12\n\n", shown());
    }

    @Test
    void printKeepsTheLineFeedsOfTextThatSpansLines() {
        terminal.print("id: x\ntitle: \033[2J\n");
        terminal.print('\007');
        terminal.print((Object) "\u2066");
        terminal.printf("%s|%d%n", "\033", 5);
        terminal.append("\r").append('\n');
        assertEquals("id: x\ntitle: \\033[2J\n\\a\\u2066\\033|5" + System.lineSeparator().replace("\r", "\\r")
                + "\\r\n", shown());
    }

    @Test
    void bytesAreDecodedAndEscapedLikeText() {
        Charset platform = Charset.defaultCharset();
        PrintWriter picocli = new PrintWriter(terminal, true);
        picocli.print("Usage: \033]0;x\007");
        picocli.println();
        picocli.flush();
        terminal.write('a');
        terminal.write("\033b\n".getBytes(platform), 0, 3);
        terminal.print("c");
        String shown = shown();
        assertEquals("Usage: \\033]0;x\\a" + System.lineSeparator().replace("\r", "\\r") + "a\\033b\nc", shown);
    }

    @Test
    void aCharacterWrittenInPiecesIsDecodedWhole() {
        byte[] euro = "€\n".getBytes(StandardCharsets.UTF_8);
        if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            return;
        }
        terminal.write(euro, 0, 1);
        terminal.write(euro, 1, 1);
        terminal.write(euro, 2, 2);
        assertEquals("€\n", shown());
    }

    @Test
    void aTerminalStreamIsNotWrappedTwice() {
        assertSame(terminal, TerminalStream.of(terminal));
    }
}
