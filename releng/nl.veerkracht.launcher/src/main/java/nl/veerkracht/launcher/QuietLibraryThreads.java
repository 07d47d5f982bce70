package nl.veerkracht.launcher;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard error without what library threads print there themselves: JGit's in-process transport
 * runs the other side of a fetch from a local folder ({@code JGit-Upload-Pack}) or of a push to one
 * ({@code JGit-Receive-Pack}) in a thread that prints its failure's stack trace with
 * {@code printStackTrace()}: a damaged object in a neighbour's repository, a pipe closed because this
 * side's disk is full. The command itself says what went wrong, in one line; the trace only with
 * {@code --debug}. Every other thread writes through.
 */
final class QuietLibraryThreads extends OutputStream {

    private static final String[] QUIET_PREFIXES = {"JGit-"};

    private final PrintStream target;

    private QuietLibraryThreads(PrintStream target) {
        this.target = target;
    }

    /** {@code target} as a print stream that drops what the quiet library threads write. */
    static PrintStream around(PrintStream target) {
        return new PrintStream(new QuietLibraryThreads(target), true, StandardCharsets.UTF_8);
    }

    /** Whether a thread of this name is a library's own, whose output is dropped. */
    static boolean isQuiet(String threadName) {
        for (String prefix : QUIET_PREFIXES) {
            if (threadName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void write(int b) {
        if (!isQuiet(Thread.currentThread().getName())) {
            target.write(b);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (!isQuiet(Thread.currentThread().getName())) {
            target.write(bytes, offset, length);
        }
    }

    @Override
    public void flush() {
        target.flush();
    }
}
