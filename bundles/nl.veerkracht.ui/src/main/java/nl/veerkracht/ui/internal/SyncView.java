package nl.veerkracht.ui.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.WorkspaceLock;
import nl.veerkracht.ui.internal.SyncReportLines.Line;
import nl.veerkracht.ui.internal.SyncReportLines.Tone;

/**
 * The sync, as {@code veerkracht sync} does it: started from the toolbar or the menu, it runs on a thread of
 * its own while the window stays usable; this view shows each step and each member while it fetches, has the
 * button that stops it (the sync gives up before the next step or remote, and a transfer at once), and then
 * the report as a tree: per regional plan and member what came in, was merged or refused (with the rule, the
 * commit and the municipality), the province's news and the members' plans.
 */
final class SyncView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final RegionWork work;
    private final Consumer<SyncReport> finished;
    private final Composite control;
    private final Button start;
    private final Button cancel;
    private final ProgressBar bar;
    private final Label progress;
    private final Label summary;
    private final TreeViewer report;
    private final Map<Tone, Color> colours = new EnumMap<>(Tone.class);
    private final SyncReportLines lines;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile boolean running;
    private Optional<SyncReport> last = Optional.empty();
    private Thread thread;

    /**
     * @param openConflicts what opening a line about conflicts does
     * @param finished told on the user-interface thread when a sync has ended with a report
     */
    SyncView(Composite parent, Texts texts, RegionWork work, Runnable openConflicts, Consumer<SyncReport> finished) {
        this.texts = texts;
        this.work = work;
        this.finished = finished;
        this.lines = new SyncReportLines(texts);
        Display display = parent.getDisplay();
        colours.put(Tone.DONE, new Color(0xd9, 0xf2, 0xd9));
        colours.put(Tone.NOTE, new Color(0xe8, 0xf0, 0xfb));
        colours.put(Tone.CONFLICTS, new Color(0xff, 0xe4, 0xb5));
        colours.put(Tone.FAILED, new Color(0xf8, 0xd0, 0xd0));
        colours.put(Tone.CANCELLED, new Color(0xe4, 0xe4, 0xe4));
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        control.addDisposeListener(event -> colours.values().forEach(Color::dispose));
        start = new Button(control, SWT.PUSH);
        start.setText(texts.get("action.sync"));
        start.setData("name", "sync-start");
        start.addListener(SWT.Selection, event -> start());
        cancel = new Button(control, SWT.PUSH);
        cancel.setText(texts.get("action.cancelSync"));
        cancel.setData("name", "sync-cancel");
        cancel.setEnabled(false);
        cancel.addListener(SWT.Selection, event -> cancel());
        bar = new ProgressBar(control, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new Label(control, SWT.NONE);
        GridData progressLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        progressLayout.widthHint = 1; // as wide as the tab
        progress.setLayoutData(progressLayout);
        summary = new Label(control, SWT.WRAP);
        GridData summaryLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        summaryLayout.widthHint = 1; // wraps within the tab instead of widening it
        summary.setLayoutData(summaryLayout);
        summary.setText(texts.get("sync.idle"));
        report = new TreeViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        report.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        report.getTree().setHeaderVisible(true);
        report.getTree().setLinesVisible(true);
        report.getTree().setData("name", "sync-report");
        report.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> list ? list.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Line line ? line.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Line line && !line.children().isEmpty();
            }
        });
        column(texts.get("sync.what"), 400, Line::what);
        column(texts.get("sync.outcome"), 700, Line::outcome);
        report.addOpenListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof Line line && line.opensConflicts()) {
                openConflicts.run();
            }
        });
        display.addListener(SWT.Dispose, event -> cancelled.set(true));
    }

    private void column(String title, int width, java.util.function.Function<Line, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(report, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Line line ? text.apply(line) : "";
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof Line line ? colours.get(line.tone()) : null;
            }
        });
    }

    Composite control() {
        return control;
    }

    /** Starts a sync in the background, unless one is running. */
    void start() {
        if (running) {
            return;
        }
        running = true;
        cancelled.set(false);
        start.setEnabled(false);
        cancel.setEnabled(true);
        bar.setSelection(0);
        summary.setText(texts.get("sync.running"));
        progress.setText("");
        control.layout(true, true);
        Display display = control.getDisplay();
        thread = new Thread(() -> {
            Object outcome;
            try {
                outcome = work.sync(new Progress(display));
            } catch (RuntimeException e) {
                outcome = e;
            } catch (Error e) {
                outcome = new IllegalStateException(e.toString(), e);
            }
            Object ended = outcome;
            try {
                display.asyncExec(() -> ended(ended));
            } catch (org.eclipse.swt.SWTException e) {
                // the window closed while the sync ran: the report is not shown
            }
        }, "veerkracht-desktop-sync");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the running sync to stop: before its next step or remote, a transfer at once. */
    void cancel() {
        if (running && !cancelled.getAndSet(true)) {
            cancel.setEnabled(false);
            progress.setText(texts.get("sync.progress.cancelling"));
            control.layout(true, true);
        }
    }

    private void ended(Object outcome) {
        running = false;
        if (control.isDisposed()) {
            return;
        }
        start.setEnabled(true);
        cancel.setEnabled(false);
        progress.setText("");
        if (outcome instanceof SyncReport done) {
            last = Optional.of(done);
            bar.setSelection(bar.getMaximum());
            summary.setText(texts.get("sync.finishedAt", LocalTime.now().format(TIME), lines.summary(done)));
            summary.setBackground(colours.get(SyncReportLines.tone(done.outcome())));
            report.setInput(lines.lines(done));
            report.expandAll();
            control.layout(true, true);
            finished.accept(done);
        } else {
            bar.setSelection(0);
            summary.setText(texts.get("sync.failedToStart", lines.describe((RuntimeException) outcome)));
            summary.setBackground(colours.get(Tone.FAILED));
            control.layout(true, true);
        }
    }

    /** Tells the view what the sync is doing, from the sync's thread; asks whether the user pressed Stop. */
    private final class Progress implements SyncProgress {
        private final Display display;
        private volatile int step;
        private volatile int steps = 1;
        private volatile String stepName = "";

        Progress(Display display) {
            this.display = display;
        }

        @Override
        public void waitingForLock(Optional<WorkspaceLock.Owner> holder) {
            show(texts.get("sync.progress.waiting"), -1);
        }

        @Override
        public void stepStarting(String name, int index, int total) {
            step = index;
            steps = total;
            stepName = stepName(name);
            show(texts.get("sync.progress.step", index, total, stepName), (index - 1) * 100);
        }

        @Override
        public void fetching(RepositoryName repository, String source, String name, int index, int total) {
            String who = source.equals("hub") || source.equals(name) ? name : name + " (" + source + ")";
            show(texts.get("sync.progress.fetching", step, steps, stepName, repository.folder(), who, index, total),
                    (step - 1) * 100 + (index - 1) * 100 / Math.max(total, 1));
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        private void show(String text, int done) {
            try {
                display.asyncExec(() -> {
                    if (progress.isDisposed() || !running) {
                        return;
                    }
                    if (!cancelled.get()) {
                        progress.setText(text);
                    }
                    if (done >= 0) {
                        bar.setMaximum(steps * 100);
                        bar.setSelection(done);
                    }
                    control.layout(true, true);
                });
            } catch (org.eclipse.swt.SWTException e) {
                // the window is gone
            }
        }
    }

    private String stepName(String step) {
        String name = texts.get("sync.step." + step);
        return name.startsWith("!") ? step : name;
    }

    // for the window and the tests

    boolean isRunning() {
        return running;
    }

    Optional<SyncReport> lastReport() {
        return last;
    }

    Tree tree() {
        return report.getTree();
    }

    String progressText() {
        return progress.getText();
    }

    String summary() {
        return summary.getText();
    }

    Button cancelButton() {
        return cancel;
    }

    /** Stops a sync that is running, for a window that closes. */
    void shutdown() {
        cancelled.set(true);
    }
}
