package nl.veerkracht.ui.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * Long work (reading a history, the ten-point check) off the user-interface thread: one worker, so
 * that work on a workspace never overlaps; the progress indicator runs while anything is pending, and
 * each result (or failure) is handed back on the user-interface thread.
 */
public final class Background {

    private final Display display;
    private final IProgressMonitor progress;
    private final Consumer<RuntimeException> failures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "veerkracht-desktop-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final java.util.Queue<String> tasks = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Set when the window closes: a result that arrives after that finds its widgets disposed, and is dropped. */
    private volatile boolean closed;

    public Background(Display display, IProgressMonitor progress, Consumer<RuntimeException> failures) {
        this.display = display;
        this.progress = progress;
        this.failures = failures;
    }

    /** Runs {@code work} on the worker and hands its result to {@code done} on the user-interface thread. */
    public <T> void run(String task, Supplier<T> work, Consumer<T> done) {
        run(task, work, done, failures);
    }

    /**
     * As {@link #run(String, Supplier, Consumer)}, with a failure handed to {@code failed} (on the
     * user-interface thread) instead of the window's handler: for work whose caller waits for its end.
     */
    public <T> void run(String task, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        if (pending.getAndIncrement() == 0) {
            progress(() -> progress.beginTask(task, IProgressMonitor.UNKNOWN));
        } else {
            progress(() -> progress.setTaskName(task));
        }
        tasks.add(task);
        try {
            worker.execute(() -> work(task, work, done, failed));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            finished(task); // the window is closing: nothing more is done
        }
    }

    private <T> void work(String task, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        T result = null;
        RuntimeException failure = null;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            // told like any failure: the window must not wait for a result that never comes
            failure = new IllegalStateException(e.toString(), e);
        }
        T finalResult = result;
        RuntimeException finalFailure = failure;
        try {
            display.asyncExec(() -> {
                try {
                    if (closed) {
                        return;
                    }
                    if (finalFailure != null) {
                        failed.accept(finalFailure);
                    } else {
                        done.accept(finalResult);
                    }
                } finally {
                    finished(task);
                }
            });
        } catch (org.eclipse.swt.SWTException e) {
            // the display is gone: the window closed while this was running
        }
    }

    private void finished(String task) {
        tasks.remove(task);
        if (pending.decrementAndGet() == 0) {
            progress(progress::done);
        }
    }

    /** Tells the progress indicator, when the window still has one. */
    private void progress(Runnable tell) {
        if (progress != null) {
            try {
                tell.run();
            } catch (RuntimeException e) {
                // a status line that is gone shows nothing
            }
        }
    }

    /** What is pending, for the tests. */
    public java.util.List<String> pendingTasks() {
        return java.util.List.copyOf(tasks);
    }

    /** Whether nothing is pending: every result has been handed back. */
    public boolean isIdle() {
        return pending.get() == 0;
    }

    public void shutdown() {
        closed = true;
        worker.shutdownNow();
    }
}
