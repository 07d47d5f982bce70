package nl.veerkracht.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The right to write in a workspace, held by one Veerkracht process at a time: an operating-system
 * lock on {@code .veerkracht/lock}, which the system releases when the process ends, however it
 * ends. The holder records who it is ({@code .veerkracht/lock.owner}: process id and start), so
 * that the next holder can tell whether Git lock files it finds were left by a Veerkracht process
 * that died.
 */
public final class WorkspaceLock implements AutoCloseable {

    /** Who held (or holds) the lock: a process and when it started. */
    public record Owner(long pid, Instant started) {

        static Owner current() {
            ProcessHandle self = ProcessHandle.current();
            return new Owner(self.pid(), self.info().startInstant().orElse(Instant.EPOCH));
        }

        /**
         * Whether that very process still runs (a reused process id does not count). A process that
         * was killed but not yet reaped by its parent (a zombie) has ended: it holds no file and no
         * lock any more, although {@link ProcessHandle#isAlive()} still says it is alive.
         */
        public boolean isAlive() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(handle -> handle.info().startInstant().map(started::equals).orElse(true))
                    .orElse(false)
                    && !hasEnded(pid);
        }

        /**
         * Whether the operating system keeps {@code pid} only as an ended process: state {@code Z}
         * (zombie) or {@code X} (dead) in {@code /proc/<pid>/stat}. Without {@code /proc} (not
         * Linux) this cannot be told, and the answer is no.
         */
        static boolean hasEnded(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
                // "<pid> (<name>) <state> ...": the name may hold spaces and parentheses, the state follows the last ')'
                int end = stat.lastIndexOf(')');
                if (end < 0 || end + 2 >= stat.length()) {
                    return false;
                }
                char state = stat.charAt(end + 2);
                return state == 'Z' || state == 'X';
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        String serialize() {
            return pid + " " + started.toEpochMilli() + "\n";
        }

        static Optional<Owner> parse(String text) {
            String[] parts = text.strip().split(" ");
            try {
                return parts.length == 2
                        ? Optional.of(new Owner(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1]))))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private static final Duration POLL = Duration.ofMillis(200);

    /** A process id and a time: an owner record larger than this is not one. */
    private static final int OWNER_LIMIT = 1024;

    /** How long a waiting command gives the holder to write its record before it says it waits for "someone". */
    private static final Duration RECORD_WAIT = Duration.ofSeconds(1);

    private final Path ownerFile;
    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<Owner> previousOwner;

    private WorkspaceLock(Path ownerFile, FileChannel channel, FileLock lock, Optional<Owner> previousOwner) {
        this.ownerFile = ownerFile;
        this.channel = channel;
        this.lock = lock;
        this.previousOwner = previousOwner;
    }

    /**
     * Takes the lock of the workspace whose state folder is {@code stateDirectory}, waiting at most
     * {@code wait} for another Veerkracht process to finish.
     *
     * @param waiting told once, with the current holder, when the lock is busy and this call waits
     * @throws StoreException {@code workspace.busy} when the other process still holds it after the wait
     */
    static WorkspaceLock acquire(Path stateDirectory, Duration wait, java.util.function.Consumer<Optional<Owner>> waiting) {
        try {
            Files.createDirectories(stateDirectory);
            Path ownerFile = stateDirectory.resolve("lock.owner");
            FileChannel channel = FileChannel.open(stateDirectory.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            Instant firstTry = Instant.now();
            Instant deadline = firstTry.plus(wait);
            boolean told = false;
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    Optional<Owner> previous = readOwner(ownerFile);
                    StateFile.at(ownerFile).write(Owner.current().serialize());
                    return new WorkspaceLock(ownerFile, channel, lock, previous);
                }
                Optional<Owner> holder = readOwner(ownerFile);
                if (Instant.now().isAfter(deadline)) {
                    channel.close();
                    throw busy(holder);
                }
                // a holder writes its record just after it took the lock: wait a moment for it, so that
                // the user is told which process it is rather than "process ?"
                if (!told && (holder.isPresent() || Instant.now().isAfter(firstTry.plus(RECORD_WAIT)))) {
                    waiting.accept(holder);
                    told = true;
                }
                try {
                    // the holder is another process: no event tells us when it lets go, and FileChannel.lock()
                    // has no timeout, so this polls tryLock() until the deadline
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    channel.close();
                    throw busy(holder);
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", stateDirectory, e.getMessage());
        }
    }

    private static StoreException busy(Optional<Owner> holder) {
        return holder.map(owner -> new StoreException("workspace.busy", Long.toString(owner.pid())))
                .orElseGet(() -> new StoreException("workspace.busy.unknown"));
    }

    private static Optional<Owner> readOwner(Path ownerFile) {
        try {
            return StateFile.at(ownerFile).read(OWNER_LIMIT).flatMap(Owner::parse);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The Veerkracht process that held the lock before this one and did not let go of it normally
     * (a process that ends normally removes its record). Git lock files from its lifetime are its
     * leftovers once it is no longer alive.
     */
    public Optional<Owner> previousOwner() {
        return previousOwner;
    }

    /**
     * Lets go of the workspace without having worked in it, when clearing the previous holder's
     * leftovers failed: that holder's record is put back in place of this process's, since its Git
     * lock files are still there and the next command must still be able to tell whose they are.
     * Nothing else ever deletes another process's record.
     */
    void abandon() throws IOException {
        try {
            if (previousOwner.isPresent()) {
                StateFile.at(ownerFile).write(previousOwner.get().serialize());
            } else {
                Files.deleteIfExists(ownerFile);
            }
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Lets go of the workspace: the owner record first, then the lock itself. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(ownerFile);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
