package nl.veerkracht.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.ApplicationWindow;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder2Adapter;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolderEvent;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.checklist.Finding;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.EditRules;
import nl.veerkracht.store.PlanVersion;
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
    private final Texts texts;
    private final Runnable relaunchInLanguage;
    private Background background;
    private WorkspaceTreeView tree;
    private ScorecardView scorecard;
    private CTabFolder tabs;
    private CTabItem scorecardTab;
    private WorkspaceOutline outline;
    private final List<Runnable> afterRefresh = new ArrayList<>();

    private final Map<Entity, CTabItem> editors = new LinkedHashMap<>();

    private ChangesView changes;
    private HistoryView history;

    private final Action refresh;
    private final Action commit;
    private final Action showChanges;
    private final Action approve;
    private final Action entityHistory;
    private final Action newEntity;
    private final Action deleteEntity;
    private final Action showHistory;
    private final Action save;
    private final Action undo;
    private final Action redo;
    private final Action closeEditor;
    private final Action quit;
    private final Action dutch;
    private final Action english;
    private final RegionalWork regional;

    // issue 18, items 4 to 6: the numbers, the province, the questions and the council report
    private final Optional<Overviews> overviews;
    private final List<Action> overviewActions = new ArrayList<>();
    private ReportViewer reportViewer = ReportViewer.SYSTEM;
    private ChartsView charts;
    private ProvinceView province;
    private QuestionsView questions;
    private ReportDialog reportDialog;
    private boolean questionsAsked;

    /**
     * @param relaunchInLanguage asked to open the window again in the other language (the menu's choice)
     */
    public MainWindow(WorkspaceSession session, Texts texts, Runnable relaunchInLanguage) {
        this(session, Optional.empty(), texts, relaunchInLanguage);
    }

    /**
     * @param overviews the province, the questions, the numbers and the council report; without them the window
     *        has the plan's own views only
     * @param relaunchInLanguage asked to open the window again in the other language (the menu's choice)
     */
    public MainWindow(WorkspaceSession session, Optional<Overviews> overviews, Texts texts,
            Runnable relaunchInLanguage) {
        super(null);
        this.overviews = overviews;
        this.session = session;
        this.texts = texts;
        this.relaunchInLanguage = relaunchInLanguage;
        refresh = action("action.refresh", SWT.F5, this::refresh);
        commit = action("action.commit", SWT.MOD1 | 'K', this::commit);
        showChanges = action("action.changes", SWT.MOD1 | SWT.SHIFT | 'C', () -> select("changes"));
        approve = action("action.approve", 0, this::approve);
        newEntity = action("action.new", SWT.MOD1 | 'N', this::newEntity);
        deleteEntity = action("action.delete", 0, () -> currentEditor().ifPresent(this::delete));
        entityHistory = action("action.entityHistory", SWT.MOD1 | SWT.SHIFT | 'H', () -> currentEditor().ifPresent(editor -> {
            select("history");
            history.showEntity(editor.entity());
        }));
        showHistory = action("action.history", SWT.MOD1 | 'H', () -> select("history"));
        save = action("action.save", SWT.MOD1 | 'S', () -> currentEditor().ifPresent(this::save));
        undo = action("action.undo", SWT.MOD1 | 'Z', () -> currentEditor().ifPresent(EntityEditor::undo));
        redo = action("action.redo", SWT.MOD1 | 'Y', () -> currentEditor().ifPresent(EntityEditor::redo));
        closeEditor = action("action.close", SWT.MOD1 | 'W', () -> {
            CTabItem item = tabs.getSelection();
            if (item != null && item.getData() instanceof EntityEditor && mayClose(item)) {
                item.dispose();
            }
        });
        quit = action("action.quit", SWT.MOD1 | 'Q', this::close);
        dutch = action("action.dutch", 0, () -> switchLanguage(Language.NL));
        english = action("action.english", 0, () -> switchLanguage(Language.EN));
        regional = new RegionalWork(this, session, texts);
        addToolBar(SWT.FLAT | SWT.RIGHT);
        if (overviews.isPresent()) {
            overviewActions.add(action("action.charts", SWT.MOD1 | SWT.SHIFT | 'G', () -> select("charts")));
            overviewActions.add(action("action.province", SWT.MOD1 | SWT.SHIFT | 'P', () -> select("province")));
            overviewActions.add(action("action.questions", SWT.MOD1 | SWT.SHIFT | 'Q', () -> select("questions")));
            overviewActions.add(action("action.report", SWT.MOD1 | SWT.SHIFT | 'R', this::writeReport));
        }
        addMenuBar();
        addStatusLine();
    }

    private Action action(String key, int accelerator, Runnable run) {
        return action(texts, key, accelerator, run);
    }

    /** A menu (and toolbar) action with its text from {@code key}, which is also its id. */
    static Action action(Texts texts, String key, int accelerator, Runnable run) {
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
        file.add(newEntity);
        file.add(save);
        file.add(closeEditor);
        file.add(refresh);
        file.add(new Separator());
        file.add(quit);
        bar.add(file);
        MenuManager edit = new MenuManager(texts.get("menu.edit"));
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(deleteEntity);
        bar.add(edit);
        MenuManager plan = new MenuManager(texts.get("menu.plan"));
        plan.add(commit);
        plan.add(showChanges);
        plan.add(showHistory);
        plan.add(entityHistory);
        plan.add(new Separator());
        plan.add(approve);
        bar.add(plan);
        bar.add(regional.menu());
        if (!overviewActions.isEmpty()) {
            MenuManager overview = new MenuManager(texts.get("menu.overviews"));
            overviewActions.subList(0, 3).forEach(overview::add);
            overview.add(new Separator());
            overview.add(overviewActions.get(3));
            bar.add(overview);
        }
        MenuManager view = new MenuManager(texts.get("menu.view"));
        MenuManager language = new MenuManager(texts.get("menu.language"));
        language.add(dutch);
        language.add(english);
        view.add(language);
        bar.add(view);
        return bar;
    }

    @Override
    protected ToolBarManager createToolBarManager(int style) {
        ToolBarManager toolBar = new ToolBarManager(style);
        regional.fill(toolBar);
        return toolBar;
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

    /**
     * The window opens at its initial size: the toolbar lays itself out while the shell is made, which JFace
     * would take for a size the user chose, and keep.
     */
    @Override
    protected void initializeBounds() {
        super.initializeBounds();
        Point size = getInitialSize();
        Point location = getInitialLocation(size);
        getShell().setBounds(getConstrainedShellBounds(
                new org.eclipse.swt.graphics.Rectangle(location.x, location.y, size.x, size.y)));
    }

    @Override
    protected Control createContents(Composite parent) {
        background = new Background(parent.getDisplay(), getStatusLineManager().getProgressMonitor(), this::failed);
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new WorkspaceTreeView(sash, texts, this::open);
        tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
        tabs.setData("name", "tabs");
        scorecard = new ScorecardView(tabs, texts, this::open, repository -> runCheck());
        scorecardTab = new CTabItem(tabs, SWT.NONE);
        scorecardTab.setText(texts.get("tab.scorecard"));
        scorecardTab.setControl(scorecard.control());
        changes = new ChangesView(tabs, texts, this::commit);
        CTabItem changesTab = new CTabItem(tabs, SWT.NONE);
        changesTab.setText(texts.get("tab.changes"));
        changesTab.setControl(changes.control());
        changesTab.setData("changes");
        history = new HistoryView(tabs, texts, session, background);
        CTabItem historyTab = new CTabItem(tabs, SWT.NONE);
        historyTab.setText(texts.get("tab.history"));
        historyTab.setControl(history.control());
        historyTab.setData("history");
        regional.createTabs(tabs, background);
        overviews.ifPresent(this::addOverviewTabs);
        tabs.setSelection(scorecardTab);
        tabs.addCTabFolder2Listener(new CTabFolder2Adapter() {
            @Override
            public void close(CTabFolderEvent event) {
                event.doit = mayClose((CTabItem) event.item);
            }
        });
        tabs.addListener(SWT.Selection, event -> updateActions());
        sash.setWeights(30, 70);
        updateActions();
        parent.getDisplay().asyncExec(this::refresh);
        return sash;
    }

    /** Reads the workspace and runs the check again, in the background. */
    public void refresh() {
        setStatus(texts.get("status.reading"));
        background.run(texts.get("status.reading"), () -> WorkspaceOutline.read(session), read -> {
            outline = read;
            tree.show(read);
            scorecard.repositories(read);
            history.repositories(read);
            refreshOverviews(read);
            setStatus(texts.get("status.read", read.repositories().size()));
            List<Runnable> waiting = List.copyOf(afterRefresh);
            afterRefresh.clear();
            waiting.forEach(Runnable::run);
        });
        runCheck();
        background.run(texts.get("status.reading"), () -> {
            Map<RepositoryName, nl.veerkracht.merge.PlanDiff> byRepository = new LinkedHashMap<>();
            for (RepositoryName repository : session.repositories()) {
                if (!repository.isReadOnly()) {
                    byRepository.put(repository, session.changes(repository));
                }
            }
            return byRepository;
        }, changes::show);
        history.refresh();
        regional.refresh();
    }

    private void select(String view) {
        for (CTabItem item : tabs.getItems()) {
            if (view.equals(item.getData())) {
                tabs.setSelection(item);
            }
        }
    }

    /** Asks for a message and commits the repository whose changes are shown (the plan, else a regional plan). */
    void commit() {
        commit(changes.selected());
    }

    /** Asks for a message and commits a repository; an invalid plan is refused with its findings. */
    void commit(RepositoryName repository) {
        for (CTabItem item : editors.values()) {
            if (item.getData() instanceof EntityEditor editor && editor.isDirty()) {
                save(editor);
            }
        }
        CommitDialog dialog = new CommitDialog(getShell(), texts, session, repository,
                problem -> open(repository, problem), background);
        this.commitDialog = dialog;
        try {
            if (dialog.open() == Window.OK) {
                dialog.committed().ifPresent(entry -> setStatus(texts.get("status.committed", entry.shortId(), entry.subject())));
                refresh();
            }
        } finally {
            this.commitDialog = null;
        }
    }

    private CommitDialog commitDialog;
    private NewEntityDialog newEntityDialog;

    /** Starts an entity of the plan from its kind and title, and opens it. */
    void newEntity() {
        NewEntityDialog dialog = new NewEntityDialog(getShell(), texts, kind -> takenIds(kind));
        newEntityDialog = dialog;
        try {
            if (dialog.open() != Window.OK) {
                return;
            }
        } finally {
            newEntityDialog = null;
        }
        String path;
        try {
            path = session.create(RepositoryName.PLAN, dialog.kind(), dialog.id(), dialog.entityTitle());
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        afterRefresh.add(() -> outline.entity(RepositoryName.PLAN, path).ifPresent(this::open));
        refresh();
    }

    private Set<String> takenIds(EntityKind kind) {
        Set<String> ids = new HashSet<>();
        if (outline != null) {
            outline.repository(RepositoryName.PLAN).ifPresent(plan -> plan.groups().stream()
                    .filter(group -> group.kind() == kind)
                    .forEach(group -> group.entities().forEach(entity -> ids.add(entity.id()))));
        }
        Path folder = session.workspace().directoryOf(RepositoryName.PLAN).resolve(kind.folder());
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(kind.suffix()))
                        .forEach(name -> ids.add(name.substring(0, name.length() - kind.suffix().length())));
            } catch (IOException e) {
                // the ids the tree knows are enough
            }
        }
        return ids;
    }

    /** Deletes the open entity, after asking. */
    void delete(EntityEditor editor) {
        if (editor.isReadOnly() || !MessageDialog.openQuestion(getShell(), texts.get("delete.title"),
                texts.get("delete.question", editor.title(), editor.entity().path()))) {
            return;
        }
        try {
            session.delete(editor.entity().repository(), editor.entity().path());
        } catch (RuntimeException e) {
            failed(e);
            return;
        }
        CTabItem item = editors.remove(editor.entity());
        if (item != null) {
            item.dispose();
        }
        setStatus(texts.get("status.deleted", editor.entity().path()));
        refresh();
    }

    Optional<NewEntityDialog> newEntityDialog() {
        return Optional.ofNullable(newEntityDialog);
    }
    private ApproveDialog approveDialog;

    /** Records the council's approval of the plan as committed now, with the date of the decision. */
    void approve() {
        boolean uncommitted = changes.tree().getItemCount() > 0;
        ApproveDialog dialog = new ApproveDialog(getShell(), texts, session, uncommitted);
        approveDialog = dialog;
        try {
            if (dialog.open() == Window.OK) {
                dialog.approval().ifPresent(approval -> setStatus(texts.get("status.approved", approval.tagName(),
                        approval.commitId().substring(0, 10))));
                refresh();
            }
        } finally {
            approveDialog = null;
        }
    }

    Optional<ApproveDialog> approveDialog() {
        return Optional.ofNullable(approveDialog);
    }

    /** Opens the file and field of a problem of a repository (from a refused commit). */
    void open(RepositoryName repository, Problem problem) {
        if (outline == null) {
            return;
        }
        Optional<FieldPath> field = session.fieldAt(repository, problem.path(), problem.position().line());
        outline.entity(repository, problem.path()).ifPresent(entity -> open(entity, field));
    }

    /**
     * Runs the ten-point check of the repository chosen above the scorecard in the background, as
     * {@code veerkracht check --repo} does; a regional plan is not checked, as {@code check} refuses it.
     */
    private void runCheck() {
        RepositoryName repository = scorecard.selected();
        if (!WorkspaceSession.isCheckable(repository)) {
            scorecard.notCheckable(repository);
            return;
        }
        scorecard.running();
        background.run(texts.get("status.checking"), () -> session.check(repository), card -> {
            if (repository.equals(scorecard.selected())) { // else the check of the one chosen since follows
                scorecard.show(card);
            }
        });
    }

    /** An entity's repository as read to open it, with the region's rules on editing it (a regional plan's). */
    private record Opened(PlanVersion version, Optional<EditRules> rules) {
    }

    /** Opens an entity (from the tree) in an editor of its own, or shows the one that is open. */
    void open(Entity entity) {
        open(entity, Optional.empty());
    }

    /** Opens an entity and puts the cursor in a field. */
    public void open(Entity entity, Optional<FieldPath> field) {
        CTabItem open = editors.get(entity);
        if (open != null && !open.isDisposed()) {
            tabs.setSelection(open);
            field.ifPresent(((EntityEditor) open.getData())::focus);
            return;
        }
        background.run(texts.get("status.reading"), () -> new Opened(session.read(entity.repository()),
                entity.repository().isReadOnly() ? Optional.empty() : session.editRules(entity.repository())), opened -> {
            CTabItem item = new CTabItem(tabs, SWT.CLOSE);
            EntityEditor[] editor = new EntityEditor[1];
            editor[0] = new EntityEditor(tabs, session, background, texts, entity, opened.version(), opened.rules(), () -> {
                if (!item.isDisposed() && editor[0] != null) {
                    item.setText((editor[0].isDirty() ? "*" : "") + editor[0].title());
                    updateActions();
                }
            }, this::saved, this::failed);
            item.setData(editor[0]);
            item.setControl(editor[0].control());
            item.setText(editor[0].title());
            item.setToolTipText(entity.repository().folder() + "/" + entity.path());
            item.addDisposeListener(event -> editors.remove(entity));
            editors.put(entity, item);
            tabs.setSelection(item);
            field.ifPresent(editor[0]::focus);
            updateActions();
        });
    }

    private Optional<EntityEditor> currentEditor() {
        CTabItem item = tabs == null ? null : tabs.getSelection();
        return item != null && item.getData() instanceof EntityEditor editor ? Optional.of(editor) : Optional.empty();
    }

    /** Saves an editor in the background; the window stays responsive, and the tree and the check follow. */
    private void save(EntityEditor editor) {
        editor.save();
        updateActions();
    }

    private void saved(EntityEditor editor) {
        setStatus(texts.get("status.saved", editor.entity().repository().folder() + "/" + editor.entity().path()));
        refresh();
    }

    private void updateActions() {
        Optional<EntityEditor> editor = currentEditor();
        save.setEnabled(editor.map(e -> !e.isReadOnly() && e.isDirty() && !e.isSaving()).orElse(false));
        undo.setEnabled(editor.isPresent() && !editor.get().isReadOnly());
        redo.setEnabled(editor.isPresent() && !editor.get().isReadOnly());
        closeEditor.setEnabled(editor.isPresent());
        entityHistory.setEnabled(editor.isPresent());
        deleteEntity.setEnabled(editor.isPresent() && !editor.get().isReadOnly());
    }

    /** A changed editor asks before it closes. */
    private boolean mayClose(CTabItem item) {
        if (item.getData() instanceof EntityEditor editor && editor.isDirty()) {
            return MessageDialog.openQuestion(getShell(), texts.get("editor.closeTitle"),
                    texts.get("editor.closeQuestion", editor.title()));
        }
        return true;
    }

    @Override
    public boolean close() {
        for (CTabItem item : editors.values().toArray(CTabItem[]::new)) {
            if (!item.isDisposed() && !mayClose(item)) {
                return false;
            }
        }
        regional.shutdown();
        if (background != null) {
            background.shutdown();
        }
        return super.close();
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
        Optional<FieldPath> field = finding.field().map(FieldPath::parse);
        outline.entity(repository.get(), path).ifPresentOrElse(entity -> open(entity, field), () -> setStatus(file));
    }

    private Language chosenLanguage;

    private void switchLanguage(Language language) {
        if (language != texts.language()) {
            chosenLanguage = language;
            relaunchInLanguage.run();
            if (getShell() != null && !getShell().isDisposed()) {
                chosenLanguage = null; // kept open (unsaved changes): it goes on in its own language
            }
        }
    }

    /** The language the window is to open in next: the menu's choice, else its own. */
    public Language language() {
        return chosenLanguage != null ? chosenLanguage : texts.language();
    }

    private final List<RuntimeException> failures = new ArrayList<>();

    /** What went wrong in this window, for the tests. */
    List<RuntimeException> failures() {
        return failures;
    }

    private void failed(RuntimeException failure) {
        failures.add(failure);
        String message = failure instanceof StoreException store ? store.describe(texts.language().locale())
                : String.valueOf(failure.getMessage());
        setStatus(message);
        if (getShell() != null && !getShell().isDisposed()) {
            MessageDialog.openError(getShell(), texts.get("error.title"), message);
        }
    }

    // --- the numbers, the province, the questions and the council report (issue 18, items 4 to 6)

    private void addOverviewTabs(Overviews given) {
        charts = new ChartsView(tabs, texts, given, background);
        overviewTab("charts", "tab.charts", charts.control());
        province = new ProvinceView(tabs, texts, given, background, this::openFile);
        overviewTab("province", "tab.province", province.control());
        questions = new QuestionsView(tabs, texts, given, background, this::openFile);
        overviewTab("questions", "tab.questions", questions.control());
    }

    private void overviewTab(String id, String title, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(texts.get(title));
        item.setControl(control);
        item.setData(id);
    }

    /** After the workspace was read: the charts and the province follow it. */
    private void refreshOverviews(WorkspaceOutline read) {
        if (charts != null) {
            charts.repositories(read);
            charts.refresh();
            province.refresh();
            if (!questionsAsked) {
                questionsAsked = true;
                questions.ask();
            }
        }
    }

    /** Opens a file of the workspace that a view names (a broken link's action, a question's row). */
    private void openFile(TextRows.Target target) {
        Optional<RepositoryName> repository = session.repositories().stream()
                .filter(name -> name.folder().equals(target.repository())).findFirst();
        Optional<Entity> entity = repository.flatMap(name -> outline == null ? Optional.empty()
                : outline.entity(name, target.path()));
        entity.ifPresentOrElse(this::open, () -> setStatus(texts.get("status.notInWorkspace",
                target.repository() + "/" + target.path())));
    }

    /** Asks what report to write, writes it in the background as {@code veerkracht report} does, and opens it. */
    void writeReport() {
        if (overviews.isEmpty() || outline == null) {
            return;
        }
        List<WorkspaceOutline.Repository> reportable = outline.repositories().stream()
                .filter(repository -> repository.name().kind() == RepositoryName.Kind.PLAN
                        || repository.name().kind() == RepositoryName.Kind.REGION).toList();
        ReportDialog dialog = new ReportDialog(getShell(), texts, reportable, overviews.get().today(),
                Path.of(System.getProperty("user.home")));
        reportDialog = dialog;
        try {
            if (dialog.open() != Window.OK || dialog.answer().isEmpty()) {
                return;
            }
        } finally {
            reportDialog = null;
        }
        ReportDialog.Answer answer = dialog.answer().get();
        setStatus(texts.get("status.writingReport", answer.form().file()));
        background.run(texts.get("status.writingReport", answer.form().file()),
                () -> overviews.get().writeReport(answer.repository(), answer.form()), written -> {
                    setStatus(texts.get("status.reportWritten", written.file(), written.since()));
                    if (written.informed().isPresent()) {
                        refresh();
                    }
                    if (!reportViewer.open(written.file())) {
                        setStatus(texts.get("status.noViewer", written.file()));
                    }
                });
    }

    /** For the tests: the program that opens a written report. */
    void useReportViewer(ReportViewer viewer) {
        this.reportViewer = viewer;
    }

    Optional<ReportDialog> reportDialog() {
        return Optional.ofNullable(reportDialog);
    }

    ChartsView charts() {
        return charts;
    }

    ProvinceView province() {
        return province;
    }

    QuestionsView questions() {
        return questions;
    }

    // --- for the tests: the parts of the window, and a way to wait for the background

    /** Runs a menu action by its id ({@code action.save}), as its menu entry or shortcut does. */
    public void runAction(String id) {
        List<Action> all = new ArrayList<>(List.of(refresh, commit, showChanges, showHistory, entityHistory, approve,
                save, undo, redo, closeEditor, newEntity, deleteEntity, dutch, english, quit));
        all.addAll(regional.actions());
        all.addAll(overviewActions);
        for (Action action : all) {
            if (action.getId().equals(id)) {
                if (action.isEnabled()) {
                    action.run();
                }
                return;
            }
        }
        throw new IllegalArgumentException(id);
    }

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

    /** The commit dialog while it is open, for the tests. */
    Optional<CommitDialog> commitDialog() {
        return Optional.ofNullable(commitDialog);
    }

    ChangesView changes() {
        return changes;
    }

    HistoryView history() {
        return history;
    }

    public Optional<EntityEditor> editor() {
        return currentEditor();
    }

    public Optional<WorkspaceOutline> outline() {
        return Optional.ofNullable(outline);
    }

    /** The sync, the conflicts and the region. */
    RegionalWork regional() {
        return regional;
    }
}
