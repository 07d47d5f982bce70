package nl.veerkracht.cli;

import java.io.InputStream;
import java.io.PrintStream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs one Veerkracht command line, as typed after {@code veerkracht}: parse it, run the command,
 * print to the given streams, answer the exit code (see {@link ExitCode}). A bad command line or a
 * failing command never throws: it prints one line on {@code err} and answers a non-zero code.
 *
 * <p>The parameter types are JDK types only, so that the launcher, which lives outside the
 * framework, can call it without sharing a class with this bundle.
 */
@ProviderType
public interface CommandRunner {

    /**
     * @param args the words after {@code veerkracht}, for example {@code ["validate", "-w", "breda"]}
     * @return the exit code, one of {@link ExitCode}
     */
    int run(String[] args, InputStream in, PrintStream out, PrintStream err);
}
