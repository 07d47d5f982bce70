package nl.veerkracht.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * The user's standard output or standard error, through which every text of a command reaches the terminal
 * made safe by {@link TerminalText}, whatever it holds: a title, a commit subject, a member's name, an error
 * that quotes a value.
 *
 * <ul>
 * <li>{@code println(x)} writes {@code x} as <em>one line</em>: a line feed in it is shown as {@code \n}, so that
 * a value can never forge a line of output; the line break after it is the command's own.</li>
 * <li>{@code print(x)} (and {@code printf}, {@code append}) writes text that may span lines, such as a file shown
 * whole, a JSON document or the usage help: its line feeds stay, every other control character is escaped.</li>
 * <li>Bytes ({@code write}) are decoded in the platform's charset, as picocli's writers encode them, and then
 * written as {@code print} writes text.</li>
 * </ul>
 *
 * Numbers and booleans are written as they are. The stream under it belongs to the caller: {@link #close()} only
 * flushes.
 */
public final class TerminalStream extends PrintStream {

    private final PrintStream target;
    private final Charset bytesCharset = Charset.defaultCharset();
    private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();

    private TerminalStream(PrintStream target) {
        super(target, false);
        this.target = target;
    }

    /** {@code stream} made safe for a terminal; a stream that is so already is answered as it is. */
    public static PrintStream of(PrintStream stream) {
        return stream instanceof TerminalStream ? stream : new TerminalStream(stream);
    }

    // one line each

    @Override
    public void println(String x) {
        synchronized (this) {
            flushBytes();
            target.println(TerminalText.safe(String.valueOf(x)));
        }
    }

    @Override
    public void println(Object x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(char[] x) {
        println(new String(x));
    }

    @Override
    public void println(char x) {
        println(String.valueOf(x));
    }

    @Override
    public void println() {
        synchronized (this) {
            flushBytes();
            target.println();
        }
    }

    @Override
    public void println(boolean x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(int x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(long x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(float x) {
        println(String.valueOf(x));
    }

    @Override
    public void println(double x) {
        println(String.valueOf(x));
    }

    // text that may span lines

    @Override
    public void print(String s) {
        synchronized (this) {
            flushBytes();
            target.print(TerminalText.safeLines(String.valueOf(s)));
        }
    }

    @Override
    public void print(Object obj) {
        print(String.valueOf(obj));
    }

    @Override
    public void print(char[] s) {
        print(new String(s));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void print(boolean b) {
        print(String.valueOf(b));
    }

    @Override
    public void print(int i) {
        print(String.valueOf(i));
    }

    @Override
    public void print(long l) {
        print(String.valueOf(l));
    }

    @Override
    public void print(float f) {
        print(String.valueOf(f));
    }

    @Override
    public void print(double d) {
        print(String.valueOf(d));
    }

    // bytes: decoded a line at a time, so that a character is never cut in two

    @Override
    public void write(int b) {
        synchronized (this) {
            pendingBytes.write(b);
            if (b == '\n') {
                flushBytes();
            }
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        synchronized (this) {
            pendingBytes.write(buf, off, len);
            if (pendingBytes.size() > 0) {
                byte[] pending = pendingBytes.toByteArray();
                int end = pending.length;
                while (end > 0 && pending[end - 1] != '\n') {
                    end--;
                }
                if (end > 0) {
                    pendingBytes.reset();
                    pendingBytes.write(pending, end, pending.length - end);
                    target.print(TerminalText.safeLines(new String(pending, 0, end, bytesCharset)));
                }
            }
        }
    }

    @Override
    public void write(byte[] buf) {
        write(buf, 0, buf.length);
    }

    @Override
    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    /**
     * Whatever bytes are written and not yet shown, as text: before other text is written, and on a flush. A
     * line feed byte is never part of another character in the charsets a terminal uses.
     */
    private void flushBytes() {
        if (pendingBytes.size() > 0) {
            String text = pendingBytes.toString(bytesCharset);
            pendingBytes.reset();
            target.print(TerminalText.safeLines(text));
        }
    }

    @Override
    public void flush() {
        synchronized (this) {
            flushBytes();
            target.flush();
        }
    }

    /** Flushes; the stream under it stays open, since it is the caller's. */
    @Override
    public void close() {
        flush();
    }

    @Override
    public boolean checkError() {
        return target.checkError();
    }
}
