package nl.veerkracht.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.program.Program;

/**
 * Opens a report that was written with the computer's own program for its kind of file (a PDF reader, a
 * browser). Replaceable, so that the tests write a report without opening anything.
 */
@FunctionalInterface
interface ReportViewer {

    /** SWT's {@link Program#launch(String)}: the program the desktop associates with the file. */
    ReportViewer SYSTEM = file -> Program.launch(file.toString());

    /** @return whether a program took the file */
    boolean open(Path file);
}
