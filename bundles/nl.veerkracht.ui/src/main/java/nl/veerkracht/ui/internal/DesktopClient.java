package nl.veerkracht.ui.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.report.CouncilReport;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.ui.DesktopRunner;

/**
 * {@code veerkracht desktop}: finds the workspace ({@code -w}, else the one around the current folder,
 * else asks), opens the window on the caller's thread and runs SWT's event loop until it closes.
 * Nothing of SWT is touched before {@link #run}: the component is delayed, and only the launcher's
 * {@code desktop} command installs this bundle at all.
 */
@Component(service = DesktopRunner.class)
public final class DesktopClient implements DesktopRunner {

    static final int DONE = 0;
    static final int USAGE = 2;
    static final int FAILED = 5;

    private final PlanStore store;
    private final Checklist checklist;
    private final RegionService regions;
    private final WorkspaceSync sync;

    // the province view, the questions, the numbers' chart data and the council report (issue 18, items 4 to 6)
    @Reference
    private ProvinceService provinces;
    @Reference
    private WorkspaceIndex index;
    @Reference
    private CouncilReport reports;

    @Activate
    public DesktopClient(@Reference PlanStore store, @Reference Checklist checklist, @Reference RegionService regions,
            @Reference WorkspaceSync sync) {
        this.store = store;
        this.checklist = checklist;
        this.regions = regions;
        this.sync = sync;
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        DesktopOptions options;
        try {
            options = DesktopOptions.parse(args);
        } catch (DesktopOptions.UsageException e) {
            Texts texts = Texts.of(DesktopOptions.languageOf(args));
            err.println("veerkracht: " + e.describe(texts) + "; " + texts.get("usage.seeHelp"));
            return USAGE;
        }
        Texts texts = Texts.of(options.language());
        Display display;
        try {
            display = Display.getDefault();
        } catch (SWTError | UnsatisfiedLinkError e) {
            err.println("veerkracht: " + texts.get("error.noDisplay", String.valueOf(e.getMessage())));
            if (options.debug()) {
                e.printStackTrace(err);
            }
            return FAILED;
        }
        Display.setAppName("Veerkracht");
        try {
            Optional<Workspace> workspace = findWorkspace(options, texts, err);
            if (workspace.isEmpty()) {
                workspace = new WorkspaceChooser(display.getActiveShell(), texts, store).choose();
            }
            if (workspace.isEmpty()) {
                return DONE;
            }
            WorkspaceSession session = new WorkspaceSession(workspace.get(), store, checklist, regions, sync);
            Language language = options.language();
            while (true) {
                boolean[] again = {false};
                MainWindow[] holder = new MainWindow[1];
                Overviews overviews = new Overviews(session, provinces, index, reports, LocalDate::now);
                holder[0] = new MainWindow(session, Optional.of(overviews), Texts.of(language), () -> {
                    // the window opens again in the other language, unless the user keeps it for unsaved changes
                    again[0] = holder[0].close();
                });
                holder[0].setBlockOnOpen(true);
                int code = holder[0].open();
                if (!again[0] || code != Window.OK && code != Window.CANCEL) {
                    return DONE;
                }
                language = holder[0].language();
            }
        } catch (StoreException e) {
            err.println("veerkracht: " + e.describe(texts.language().locale()));
            return FAILED;
        } finally {
            display.dispose();
        }
    }

    private static Optional<Workspace> findWorkspace(DesktopOptions options, Texts texts, PrintStream err) {
        if (options.workspace().isPresent()) {
            return Optional.of(Workspace.at(options.workspace().get()));
        }
        try {
            return Optional.of(Workspace.find(Path.of("").toAbsolutePath()));
        } catch (StoreException e) {
            return Optional.empty();
        }
    }
}
