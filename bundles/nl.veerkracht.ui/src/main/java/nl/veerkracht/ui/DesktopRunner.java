package nl.veerkracht.ui;

import java.io.InputStream;
import java.io.PrintStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens the desktop client for a command line {@code desktop [-w <dir>] [--lang nl|en] [--debug]}
 * and returns when its window is closed. The caller's thread becomes SWT's user-interface thread;
 * on macOS that must be the process's first thread.
 */
@ProviderType
public interface DesktopRunner {

    /**
     * @param args the whole command line, {@code desktop} included
     * @param err where a wrong command line or a failure to start is told, in one line
     * @return the exit code: 0 when the window was closed, 2 for a wrong command line, 5 when the
     *         client could not start (no display, say)
     */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err);
}
