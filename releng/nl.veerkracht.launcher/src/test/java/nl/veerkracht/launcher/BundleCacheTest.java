package nl.veerkracht.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCacheTest {

    @TempDir
    Path root;

    @Test
    void twoRuntimesAtOnceNeverShareACache() throws Exception {
        try (BundleCache first = BundleCache.acquire(root); BundleCache second = BundleCache.acquire(root)) {
            assertNotEquals(first.frameworkStorage(), second.frameworkStorage());
        }
    }

    @Test
    void aReleasedSlotIsTakenAgainWithWhatItHeld() throws Exception {
        Path storage;
        try (BundleCache cache = BundleCache.acquire(root)) {
            storage = cache.frameworkStorage();
            cache.recordInstalled("abc");
        }
        try (BundleCache cache = BundleCache.acquire(root)) {
            assertEquals(storage, cache.frameworkStorage());
            assertEquals("abc", cache.installedFingerprint());
            cache.forgetInstalled();
            assertEquals("", cache.installedFingerprint());
        }
    }

    @Test
    void theFingerprintChangesWhenAFileOfTheProductChanges(@TempDir Path product) throws Exception {
        Path features = Files.createDirectories(product.resolve("features"));
        Path feature = Files.writeString(features.resolve("core.json"), "{}");
        String before = BundleCache.fingerprint(List.of(features));
        assertEquals(before, BundleCache.fingerprint(List.of(features)), "stable when nothing changed");

        Files.setLastModifiedTime(feature, FileTime.fromMillis(Files.getLastModifiedTime(feature).toMillis() + 1000));
        String touched = BundleCache.fingerprint(List.of(features));
        assertNotEquals(before, touched);

        Files.writeString(features.resolve("cli.json"), "{}");
        assertNotEquals(touched, BundleCache.fingerprint(List.of(features)));
    }
}
