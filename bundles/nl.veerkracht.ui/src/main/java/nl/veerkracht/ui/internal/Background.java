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

    public Background(Display display, IProgressMonitor progress, Consumer<RuntimeException> failures) {
        this.display = display;
        this.progress = progress;
        this.failures = failures;
    }

    /** Runs {@code work} on the worker and hands its result to {@code done} on the user-interface thread. */
    public <T> void run(String task, Supplier<T> work, Consumer<T> done) {
        if (pending.getAndIncrement() == 0 && progress != null) {
            progress.beginTask(task, IProgressMonitor.UNKNOWN);
        } else if (progress != null) {
            progress.setTaskName(task);
        }
        worker.execute(() -> {
            T result = null;
            RuntimeException failure = null;
            try {
                result = work.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            T finalResult = result;
            RuntimeException finalFailure = failure;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    try {
                        if (finalFailure != null) {
                            failures.accept(finalFailure);
                        } else {
                            done.accept(finalResult);
                        }
                    } finally {
                        if (pending.decrementAndGet() == 0 && progress != null) {
                            progress.done();
                        }
                    }
                });
            }
        });
    }

    /** Whether nothing is pending: every result has been handed back. */
    public boolean isIdle() {
        return pending.get() == 0;
    }

    public void shutdown() {
        worker.shutdownNow();
    }
}
