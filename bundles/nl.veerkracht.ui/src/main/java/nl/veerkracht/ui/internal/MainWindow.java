package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.checklist.Finding;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.ui.internal.WorkspaceOutline.Entity;

/**
 * The client's window: the workspace tree on the left; on the right the ten-point check, the
 * changes since the last commit, the history, and an editor per opened entity. Every action is in
 * the menu; the common ones have a shortcut. Reading and checking run in the background.
 */
public final class MainWindow extends ApplicationWindow {

    private final WorkspaceSession session;
    private Texts texts;
    private final Runnable relaunchInLanguage;
    private Background background;
    private WorkspaceTreeView tree;
    private ScorecardView scorecard;
    private CTabFolder tabs;
    private CTabItem scorecardTab;
    private WorkspaceOutline outline;
    private final List<Runnable> afterRefresh = new ArrayList<>();

    private final Action refresh;
    private final Action quit;
    private final Action dutch;
    private final Action english;

    /**
     * @param relaunchInLanguage asked to open the window again in the other language (the menu's choice)
     */
    public MainWindow(WorkspaceSession session, Texts texts, Runnable relaunchInLanguage) {
        super(null);
        this.session = session;
        this.texts = texts;
        this.relaunchInLanguage = relaunchInLanguage;
        refresh = action("action.refresh", SWT.F5, this::refresh);
        quit = action("action.quit", SWT.MOD1 | 'Q', this::close);
        dutch = action("action.dutch", 0, () -> switchLanguage(Language.NL));
        english = action("action.english", 0, () -> switchLanguage(Language.EN));
        addMenuBar();
        addStatusLine();
    }

    private Action action(String key, int accelerator, Runnable run) {
        Action action = new Action(texts.get(key)) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(key);
        if (accelerator != 0) {
            action.setAccelerator(accelerator);
        }
        return action;
    }

    @Override
    protected MenuManager createMenuManager() {
        MenuManager bar = new MenuManager();
        MenuManager file = new MenuManager(texts.get("menu.file"));
        file.add(refresh);
        file.add(new Separator());
        file.add(quit);
        bar.add(file);
        MenuManager view = new MenuManager(texts.get("menu.view"));
        MenuManager language = new MenuManager(texts.get("menu.language"));
        language.add(dutch);
        language.add(english);
        view.add(language);
        bar.add(view);
        return bar;
    }

    @Override
    protected StatusLineManager createStatusLineManager() {
        return new StatusLineManager();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("window.title", session.workspace().root().toString()));
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1200, 800);
    }

    @Override
    protected Control createContents(Composite parent) {
        background = new Background(parent.getDisplay(), getStatusLineManager().getProgressMonitor(), this::failed);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new WorkspaceTreeView(sash, texts, this::open);
        tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", "tabs");
        scorecard = new ScorecardView(tabs, texts, this::open);
        scorecardTab = new CTabItem(tabs, SWT.NONE);
        scorecardTab.setText(texts.get("tab.scorecard"));
        scorecardTab.setControl(scorecard.control());
        tabs.setSelection(scorecardTab);
        sash.setWeights(30, 70);
        parent.getDisplay().asyncExec(this::refresh);
        return sash;
    }

    /** Reads the workspace and runs the check again, in the background. */
    public void refresh() {
        setStatus(texts.get("status.reading"));
        background.run(texts.get("status.reading"), () -> WorkspaceOutline.read(session), read -> {
            outline = read;
            tree.show(read);
            setStatus(texts.get("status.read", read.repositories().size()));
            List<Runnable> waiting = List.copyOf(afterRefresh);
            afterRefresh.clear();
            waiting.forEach(Runnable::run);
        });
        runCheck();
    }

    private void runCheck() {
        background.run(texts.get("status.checking"), session::check, scorecard::show);
    }

    /** Opens an entity (from the tree). */
    void open(Entity entity) {
        setStatus(entity.repository().folder() + "/" + entity.path());
    }

    /** Opens the file and field of a finding of the check. */
    void open(Finding finding) {
        String file = finding.file().orElseThrow();
        Optional<RepositoryName> repository = session.repositories().stream()
                .filter(name -> file.startsWith(name.folder() + "/"))
                .findFirst();
        if (repository.isEmpty() || outline == null) {
            setStatus(file);
            return;
        }
        String path = file.substring(repository.get().folder().length() + 1);
        outline.entity(repository.get(), path).ifPresentOrElse(this::open, () -> setStatus(file));
    }

    private void switchLanguage(Language language) {
        if (language != texts.language()) {
            texts = Texts.of(language);
            relaunchInLanguage.run();
        }
    }

    /** The language the user chose last (the menu may change it). */
    public Language language() {
        return texts.language();
    }

    private void failed(RuntimeException failure) {
        String message = failure instanceof StoreException store ? store.describe(texts.language().locale())
                : String.valueOf(failure.getMessage());
        setStatus(message);
        if (getShell() != null && !getShell().isDisposed()) {
            MessageDialog.openError(getShell(), texts.get("error.title"), message);
        }
    }

    // --- for the tests: the parts of the window, and a way to wait for the background

    public Background background() {
        return background;
    }

    public WorkspaceTreeView workspaceTree() {
        return tree;
    }

    public ScorecardView scorecard() {
        return scorecard;
    }

    public CTabFolder tabs() {
        return tabs;
    }

    public Optional<WorkspaceOutline> outline() {
        return Optional.ofNullable(outline);
    }
}
