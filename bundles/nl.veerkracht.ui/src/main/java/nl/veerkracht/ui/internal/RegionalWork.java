package nl.veerkracht.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;

import nl.veerkracht.region.MunicipalityKey;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;

/**
 * The window's work with the region, in one place: the sync (toolbar, menu, F9) with its view, the conflicts
 * with their view and dialog, the region with its view and dialogs, and the actions of the Region menu. The
 * window hands it its tabs and tells it when it reads the workspace again.
 */
final class RegionalWork implements RegionView.Actions {

    private final MainWindow window;
    private final Texts texts;
    private final RegionWork work;
    private final Action sync;
    private final Action cancelSync;
    private final Action conflicts;
    private final Action showRegion;
    private final Action addMember;
    private final Action createRegion;
    private final Action joinRegion;
    private final Action createKey;
    private Background background;
    private CTabFolder tabs;
    private SyncView syncView;
    private ConflictsView conflictsView;
    private RegionView regionView;
    private CTabItem syncTab;
    private CTabItem conflictsTab;
    private CTabItem regionTab;
    private boolean openConflictsWhenRead;
    private ConflictDialog conflictDialog;
    private RegionFormDialog formDialog;
    private RegionWork.Municipality me;

    RegionalWork(MainWindow window, WorkspaceSession session, Texts texts) {
        this.window = window;
        this.texts = texts;
        this.work = session.regionWork();
        sync = action("action.sync", SWT.F9, this::sync);
        cancelSync = action("action.cancelSync", 0, () -> syncView.cancel());
        cancelSync.setEnabled(false);
        conflicts = action("action.conflicts", 0, this::openConflicts);
        showRegion = action("action.region", 0, () -> tabs.setSelection(regionTab));
        addMember = action("action.addMember", 0, () -> regionView.selected().ifPresent(this::addMember));
        createRegion = action("action.createRegion", 0, this::createRegion);
        joinRegion = action("action.joinRegion", 0, this::joinRegion);
        createKey = action("action.createKey", 0, this::createKey);
    }

    private Action action(String key, int accelerator, Runnable run) {
        return MainWindow.action(texts, key, accelerator, run);
    }

    /** The Region menu. */
    MenuManager menu() {
        MenuManager menu = new MenuManager(texts.get("menu.region"));
        menu.add(sync);
        menu.add(cancelSync);
        menu.add(conflicts);
        menu.add(new Separator());
        menu.add(showRegion);
        menu.add(addMember);
        menu.add(createRegion);
        menu.add(joinRegion);
        menu.add(createKey);
        return menu;
    }

    /** The toolbar's buttons: sync, stop, conflicts, the region. */
    void fill(ToolBarManager toolBar) {
        toolBar.add(sync);
        toolBar.add(cancelSync);
        toolBar.add(conflicts);
        toolBar.add(showRegion);
    }

    /** The sync, conflicts and region tabs, after the window's own. */
    void createTabs(CTabFolder folder, Background worker) {
        this.tabs = folder;
        this.background = worker;
        syncView = new SyncView(folder, texts, work, this::openConflicts, this::synced);
        syncTab = tab(texts.get("tab.sync"), syncView.control(), "sync");
        conflictsView = new ConflictsView(folder, texts, this::openConflicts, this::sync);
        conflictsTab = tab(texts.get("tab.conflicts"), conflictsView.control(), "conflicts");
        regionView = new RegionView(folder, texts, this);
        regionTab = tab(texts.get("tab.region"), regionView.control(), "region");
    }

    private CTabItem tab(String title, org.eclipse.swt.widgets.Control control, String id) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
        item.setData(id);
        return item;
    }

    /** Reads the pending conflicts and the regional plans again, in the background (the window read the workspace). */
    void refresh() {
        background.run(texts.get("status.reading"), () -> new Read(work.conflicts(), work.overviews(), work.me()), read -> {
            me = read.me();
            conflictsView.show(read.conflicts());
            conflictsTab.setText(read.open() > 0 ? texts.get("tab.conflictsOpen", read.open()) : texts.get("tab.conflicts"));
            regionView.show(read.overviews());
            addMember.setEnabled(regionView.selected().map(RegionWork.Overview::coordinates).orElse(false));
            if (openConflictsWhenRead) {
                openConflictsWhenRead = false;
                if (read.open() > 0) {
                    tabs.getDisplay().asyncExec(() -> openConflicts(read.conflicts()));
                }
            }
        });
    }

    private record Read(List<PendingMerge> conflicts, List<RegionWork.Overview> overviews, RegionWork.Municipality me) {
        int open() {
            return conflicts.stream().mapToInt(merge -> merge.open().size()).sum();
        }
    }

    /** Starts a sync (the toolbar's button, the menu, F9) and shows its progress. */
    void sync() {
        if (syncView.isRunning()) {
            return;
        }
        tabs.setSelection(syncTab);
        syncView.start();
        sync.setEnabled(false);
        cancelSync.setEnabled(true);
        window.setStatus(texts.get("sync.running"));
        // the buttons follow the view when the sync ends, whichever way
        tabs.getDisplay().timerExec(200, this::followSync);
    }

    private void followSync() {
        if (tabs.isDisposed()) {
            return;
        }
        if (syncView.isRunning()) {
            cancelSync.setEnabled(!syncView.progressText().equals(texts.get("sync.progress.cancelling")));
            tabs.getDisplay().timerExec(200, this::followSync);
        } else {
            sync.setEnabled(true);
            cancelSync.setEnabled(false);
        }
    }

    /** A sync ended: the window reads the workspace again; conflicts it stopped at open the dialog. */
    private void synced(SyncReport report) {
        sync.setEnabled(true);
        cancelSync.setEnabled(false);
        window.setStatus(new SyncReportLines(texts).summary(report));
        openConflictsWhenRead = report.steps().stream().filter(RegionSyncReport.class::isInstance)
                .map(RegionSyncReport.class::cast).flatMap(step -> step.regions().stream())
                .map(RegionReport::pending).anyMatch(pending -> pending.filter(merge -> !merge.isSettled()).isPresent());
        window.refresh();
    }

    /** Reads the open conflicts and opens the dialog that settles them. */
    void openConflicts() {
        background.run(texts.get("status.reading"), () -> work.conflicts(), pending -> {
            if (pending.stream().allMatch(merge -> merge.open().isEmpty())) {
                tabs.setSelection(conflictsTab);
                window.setStatus(texts.get(pending.isEmpty() ? "conflicts.none" : "conflicts.allSettled"));
                return;
            }
            openConflicts(pending);
        });
    }

    private void openConflicts(List<PendingMerge> pending) {
        if (conflictDialog != null) {
            return;
        }
        tabs.setSelection(conflictsTab);
        RegionWork.Municipality us = me != null ? me : new RegionWork.Municipality("", "");
        ConflictDialog dialog = new ConflictDialog(window.getShell(), texts, work, background, pending, us, this::sync);
        conflictDialog = dialog;
        try {
            dialog.open();
        } finally {
            conflictDialog = null;
        }
        window.refresh();
    }

    @Override
    public void addMember(RegionWork.Overview region) {
        if (region.coordinates()) {
            form(RegionFormDialog.Kind.ADD_MEMBER, Optional.of(region.repository().name()), "status.memberAdded");
        }
    }

    @Override
    public void createRegion() {
        form(RegionFormDialog.Kind.CREATE, Optional.empty(), "status.regionCreated");
    }

    @Override
    public void joinRegion() {
        form(RegionFormDialog.Kind.JOIN, Optional.empty(), "status.regionJoined");
    }

    private void form(RegionFormDialog.Kind kind, Optional<String> regionId, String status) {
        RegionFormDialog dialog = new RegionFormDialog(window.getShell(), texts, work, background, kind, regionId);
        formDialog = dialog;
        try {
            if (dialog.open() == Window.OK) {
                dialog.change().ifPresent(change -> {
                    window.setStatus(texts.get(status, change.plan().name(), change.repository().folder(),
                            change.commit().shortId()));
                    tabs.setSelection(regionTab);
                    regionView.select(change.repository());
                });
                window.refresh();
            }
        } finally {
            formDialog = null;
        }
    }

    @Override
    public void createKey() {
        background.run(texts.get("status.reading"), () -> {
            try {
                return (Object) work.createKey();
            } catch (StoreException e) {
                return e;
            }
        }, result -> {
            if (result instanceof MunicipalityKey key) {
                MessageDialog.openInformation(window.getShell(), texts.get("key.title"),
                        texts.get("key.made", key.publicKey(), key.fingerprint(), key.publicKeyLine()));
            } else {
                MessageDialog.openError(window.getShell(), texts.get("key.title"),
                        ((StoreException) result).describe(texts.language().locale()));
            }
        });
    }

    @Override
    public void openAction(RepositoryName region, String path) {
        window.outline().flatMap(outline -> outline.entity(region, path))
                .ifPresent(entity -> window.open(entity, Optional.empty()));
    }

    /** The actions, for the window's {@code runAction}. */
    List<Action> actions() {
        return List.of(sync, cancelSync, conflicts, showRegion, addMember, createRegion, joinRegion, createKey);
    }

    /** Stops a sync that runs, for a window that closes. */
    void shutdown() {
        if (syncView != null) {
            syncView.shutdown();
        }
    }

    // for the tests

    SyncView syncView() {
        return syncView;
    }

    ConflictsView conflictsView() {
        return conflictsView;
    }

    RegionView regionView() {
        return regionView;
    }

    Optional<ConflictDialog> conflictDialog() {
        return Optional.ofNullable(conflictDialog);
    }

    Optional<RegionFormDialog> formDialog() {
        return Optional.ofNullable(formDialog);
    }
}
