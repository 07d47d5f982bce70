package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, a path without permission and a damaged object, found behind JGit's and Java's English
 * wrappers and said in one line in the user's language that names the path or the remote.
 */
class DiskAndObjectFailuresTest {

    private static final Author AUTHOR = new Author("J. de Vries", "j@breda.nl");

    @TempDir
    Path temp;

    private RemoteAccess access() throws IOException {
        return RemoteAccess.defaults().withHome(Files.createDirectories(temp.resolve("home"))).withoutTerminal()
                .withTimeout(30);
    }

    @Test
    void theCausesAUserCanActOnAreFoundAnywhereInTheChain() {
        FileSystemException full = new FileSystemException("/ws/plan/.git/objects/ab/cd", null, "No space left on device");
        assertEquals("there is no space left on the device of /ws/plan/.git/objects/ab/cd (the disk is full); free some"
                + " space and try again", explain(new JGitInternalException("Exception caught", full), Locale.ENGLISH));
        assertEquals("er is geen ruimte meer op het apparaat (de schijf is vol); maak ruimte vrij en probeer het opnieuw",
                explain(new IOException("No space left on device"), new Locale("nl")));
        assertEquals("toegang geweigerd tot /ws/plan/.git/index.lock; controleer de rechten van dat bestand of die map"
                + " (en van wie de opdracht draait)", explain(new JGitInternalException(
                        "Exception caught during execution of add command",
                        new AccessDeniedException("/ws/plan/.git/index.lock")), new Locale("nl")));
        assertEquals("cannot write in /ws/plan/.git/config: the file system is read-only", explain(
                new FileSystemException("/ws/plan/.git/config", null, "Read-only file system"), Locale.ENGLISH));
        ObjectId id = ObjectId.fromString("9885789d507bc25dae067006f47b9e3847c6d3dc");
        assertTrue(explain(new IOException("read failed", new CorruptObjectException(id, "invalid type")),
                Locale.ENGLISH).startsWith("a Git object is damaged (Object 9885789d507bc25dae067006f47b9e3847c6d3dc is"
                        + " corrupt: invalid type)"));
        assertEquals("the Git object 9885789d507bc25dae067006f47b9e3847c6d3dc is missing; 'git fsck --full' in the"
                + " repository says what is missing", explain(new MissingObjectException(id, Constants.OBJ_BLOB),
                        Locale.ENGLISH));
        assertEquals(Optional.empty(), IoFailures.explain(new IOException("something else")));
    }

    @Test
    void aStoreFailureThatQuotesItsCauseSaysWhatIsBehindIt() {
        JGitInternalException jgit = new JGitInternalException("Exception caught during execution of commit command",
                new AccessDeniedException("/ws/plan/.git/objects/ab"));
        StoreException failure = new StoreException(jgit, "commit.failed", "/ws/plan", jgit.getMessage());
        assertEquals("de commit in /ws/plan is mislukt: toegang geweigerd tot /ws/plan/.git/objects/ab; controleer de"
                + " rechten van dat bestand of die map (en van wie de opdracht draait)", failure.describe(new Locale("nl")));

        StoreException other = new StoreException(new IOException("disk on fire"), "commit.failed", "/ws/plan", "disk on fire");
        assertEquals("de commit in /ws/plan is mislukt: disk on fire", other.describe(new Locale("nl")),
                "a cause that is none of those stays as it was said");
    }

    @Test
    void aDamagedObjectInALocalSourceIsNamedWithThatSource() throws Exception {
        Path source = temp.resolve("roosendaal");
        String blob;
        try (PlanRepository repository = PlanRepository.create(source)) {
            Files.writeString(source.resolve("plan.yaml"), "kind: municipality\ncode: GM1674\n");
            repository.commitWorkingTree("plan", AUTHOR, "GM1674");
            blob = new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB,
                    Files.readAllBytes(source.resolve("plan.yaml"))).name();
        }
        Path object = source.resolve(".git/objects").resolve(blob.substring(0, 2)).resolve(blob.substring(2));
        assertTrue(Files.exists(object), "the blob is a loose object");
        object.toFile().setWritable(true);
        Files.writeString(object, "not zlib at all");

        try (PlanRepository breda = PlanRepository.create(temp.resolve("breda"))) {
            StoreException failure = assertThrows(StoreException.class,
                    () -> breda.fetch(access(), source.toString(), "GM1674"));
            assertEquals("remote.serverError", failure.key());
            assertEquals(source + " could not send its objects (remote: internal server error): an object there is"
                    + " probably damaged; nothing fetched. Ask its owner to run 'git fsck --full' in that repository",
                    failure.describe(Locale.ENGLISH));
            assertEquals(Optional.empty(), breda.commitOf(PlanRepository.trackingRef("GM1674")));
        }
    }

    @Test
    void aFullDiskDuringAFetchIsSaidAsSuch() throws Exception {
        Path small = Files.createDirectories(temp.resolve("small"));
        assumeTrue(mountSmallDisk(small), "a small tmpfs can be mounted (as root)");
        try {
            Path source = temp.resolve("roosendaal");
            try (PlanRepository repository = PlanRepository.create(source)) {
                byte[] noise = new byte[3_000_000];
                new Random(15).nextBytes(noise);
                Files.writeString(source.resolve("big.txt"), Base64.getMimeEncoder().encodeToString(noise));
                repository.commitWorkingTree("groot", AUTHOR, "GM1674");
            }
            try (PlanRepository breda = PlanRepository.create(small.resolve("breda"))) {
                StoreException failure = assertThrows(StoreException.class,
                        () -> breda.fetch(access(), source.toString(), "GM1674"));
                String dutch = failure.describe(new Locale("nl"));
                assertTrue(dutch.startsWith("kan " + source + " niet ophalen: er is geen ruimte meer op het apparaat"),
                        dutch);
                assertFalse(dutch.contains("Pipe closed"), dutch);
                assertEquals(Optional.empty(), breda.commitOf(PlanRepository.trackingRef("GM1674")));
            }
        } finally {
            new ProcessBuilder("umount", small.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Mounts a 1 MiB tmpfs on {@code folder}; false where that is not allowed (not root, no mount). */
    private static boolean mountSmallDisk(Path folder) {
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.toString())
                    .redirectErrorStream(true).start();
            mount.getInputStream().readAllBytes();
            return mount.waitFor(30, TimeUnit.SECONDS) && mount.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String explain(Throwable failure, Locale locale) {
        return IoFailures.explain(failure).orElseThrow().describe(locale);
    }
}
