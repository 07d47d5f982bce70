package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.errors.JGitInternalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.StoreException;

/**
 * Failures of the disk and the file system, as JGit and Java raise them, reach the user as one line
 * that names the cause in the user's language, without a stack trace: a read-only {@code .git}
 * (JGit's "Exception caught during execution of add command" around an AccessDeniedException), a full
 * disk. The exceptions are injected into the plan store (a test that runs as root cannot make a folder
 * unwritable); the full disk is also reproduced for real in the store's FullDiskTest.
 */
class FailureLinesTest {

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run commitFailingWith(RuntimeException failure, String... global) throws Exception {
        Services real = TestServices.create();
        new VeerkrachtCommandRunner("test", real).run(new String[] {"init", temp.resolve("ws").toString(), "--code",
                "GM0758", "--name", "Breda"}, new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        PlanStore failing = (PlanStore) Proxy.newProxyInstance(PlanStore.class.getClassLoader(),
                new Class<?>[] {PlanStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        throw failure;
                    }
                    try {
                        return method.invoke(real.planStore(), args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Services services = new Services(failing, real.demo(), real.checklist(), real.regionService(),
                real.workspaceSync(), real.provinceService(), real.index(), real.monitor(), real.report());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(global));
        args.addAll(List.of("commit", "-w", temp.resolve("ws").toString(), "-m", "x", "--author", "A <a@example.nl>"));
        int code = new VeerkrachtCommandRunner("test", services).run(args.toArray(String[]::new),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aReadOnlyGitFolderIsOneLineNamingThePathWithoutPermission() throws Exception {
        String lock = temp.resolve("ws/plan/.git/index.lock").toString();
        JGitInternalException failure = new JGitInternalException("Exception caught during execution of add command",
                new AccessDeniedException(lock));

        Run dutch = commitFailingWith(failure);
        assertEquals(5, dutch.exitCode());
        assertEquals(List.of("veerkracht: toegang geweigerd tot " + lock + "; controleer de rechten van dat bestand of die"
                + " map (en van wie de opdracht draait)"), dutch.errLines());

        Run english = commitFailingWith(failure, "--lang", "en");
        assertEquals(List.of("veerkracht: permission denied on " + lock + "; check the permissions of that file or"
                + " folder (and who runs the command)"), english.errLines());
    }

    @Test
    void aFullDiskBehindAStoreFailureIsSaidInTheUsersLanguage() throws Exception {
        String plan = temp.resolve("ws/plan").toString();
        FileSystemException full = new FileSystemException(plan + "/.git/objects/ab/cdef", null, "No space left on device");
        JGitInternalException jgit = new JGitInternalException("Exception caught during execution of commit command", full);
        StoreException failure = new StoreException(jgit, "commit.failed", plan, jgit.getMessage());

        Run run = commitFailingWith(failure);
        assertEquals(5, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertEquals(true, line.contains("er is geen ruimte meer op het apparaat van " + plan + "/.git/objects/ab/cdef"),
                line);
        assertEquals(false, line.contains("Exception caught"), line);
    }
}
