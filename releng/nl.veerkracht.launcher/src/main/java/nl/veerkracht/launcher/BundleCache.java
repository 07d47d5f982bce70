package nl.veerkracht.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Felix bundle cache that this process holds alone while it runs. The cache is kept between runs,
 * so a second run starts the bundles installed by the first instead of installing them again.
 *
 * <p>Felix does not share a cache between two running frameworks, and two commands may run at
 * once (two {@code sync}s on one machine). So there are several numbered slots, each with a lock
 * file; a process takes the first free slot and keeps it locked until it exits. The operating
 * system releases the lock when a process dies, so a crash never leaves a slot taken.
 */
final class BundleCache implements AutoCloseable {

    private static final int SLOTS = 8;

    private final Path slot;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private BundleCache(Path slot, FileChannel lockChannel, FileLock lock) {
        this.slot = slot;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes the first free slot under {@code root}; when every slot is busy, waits for the first.
     */
    static BundleCache acquire(Path root) throws LaunchException {
        try {
            Files.createDirectories(root);
            for (int i = 0; i < SLOTS; i++) {
                BundleCache cache = tryLock(root.resolve(Integer.toString(i)), false);
                if (cache != null) {
                    return cache;
                }
            }
            return tryLock(root.resolve("0"), true);
        } catch (IOException e) {
            throw new LaunchException("cannot use the bundle cache " + root + ": " + e.getMessage(), e);
        }
    }

    private static BundleCache tryLock(Path slot, boolean wait) throws IOException {
        Files.createDirectories(slot);
        FileChannel channel = FileChannel.open(slot.resolve("slot.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = wait ? channel.lock() : channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new BundleCache(slot, channel, lock);
    }

    /** Where Felix keeps the installed bundles of this slot. */
    Path frameworkStorage() {
        return slot.resolve("felix");
    }

    /** The fingerprint of the product that was installed in this slot, or "" when none was. */
    String installedFingerprint() {
        Path file = slot.resolve("product.fingerprint");
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Records that the product with this fingerprint is now installed, atomically. */
    void recordInstalled(String fingerprint) throws IOException {
        Path temp = slot.resolve("product.fingerprint.tmp");
        Files.writeString(temp, fingerprint + "\n", StandardCharsets.UTF_8);
        Files.move(temp, slot.resolve("product.fingerprint"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets what was installed, so that the next run installs the product again. */
    void forgetInstalled() throws IOException {
        Files.deleteIfExists(slot.resolve("product.fingerprint"));
    }

    /**
     * A digest of the names, sizes and modification times of every file of the product. It changes
     * when the product is rebuilt or upgraded, and costs one directory walk to compute.
     */
    static String fingerprint(List<Path> directories) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(Files::isRegularFile).sorted().forEach(file -> {
                    try {
                        String entry = file + "\u0000" + Files.size(file) + "\u0000"
                                + Files.getLastModifiedTime(file).toMillis() + "\n";
                        digest.update(entry.getBytes(StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
