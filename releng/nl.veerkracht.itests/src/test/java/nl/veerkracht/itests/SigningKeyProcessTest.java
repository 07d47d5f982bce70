package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;

/**
 * {@code veerkracht keys create} in the product's own runtime, where MINA SSHD has to find Bouncy Castle
 * through OSGi's wiring: the key it makes is one ssh-keygen reads as its own, and a signed region's first
 * commit, signed with it by JGit inside the same runtime, is one C git verifies.
 */
class SigningKeyProcessTest {

    @TempDir
    Path temp;

    private Result veerkracht(String... args) throws Exception {
        return ProductProcess.run(ProductProcess.assembledProduct(), temp.resolve("cache"), "", args);
    }

    /** Runs a program with an empty home and no system Git configuration; answers its stdout and stderr. */
    private String run(Path directory, String... command) throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Path output = Files.createTempFile(home, "output", ".txt");
        Process process = builder.redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), () -> String.join(" ", command) + " did not end");
        String said = Files.readString(output);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ": " + said);
        return said;
    }

    @Test
    void keysCreateMakesAKeyThatSshKeygenReadsAndThatSignsARegionsCommits() throws Exception {
        Path workspace = temp.resolve("breda");
        String ws = workspace.toString();
        Result init = veerkracht("init", ws, "--code", "GM0758", "--name", "Breda", "--author", "J <j@breda.nl>");
        assertEquals(0, init.exitCode(), init.err());

        Result created = veerkracht("--lang", "en", "keys", "create", "-w", ws);
        assertEquals(0, created.exitCode(), created.err());
        assertEquals("", created.err());
        Path key = workspace.resolve(".veerkracht/keys/GM0758");
        String publicKey = Files.readString(Path.of(key + ".pub"), StandardCharsets.US_ASCII).strip();
        assertTrue(created.out().contains("\n" + publicKey + "\n"), created.out());
        String[] derived = run(temp, "ssh-keygen", "-y", "-P", "", "-f", key.toString()).strip().split(" ");
        assertTrue(publicKey.startsWith(derived[0] + " " + derived[1] + " "), publicKey);

        Result again = veerkracht("keys", "create", "-w", ws);
        assertEquals(5, again.exitCode());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().startsWith("veerkracht: er is al een sleutel " + key), again.err());

        Result region = veerkracht("region", "create", "-w", ws, "--id", "west-brabant", "--name", "West-Brabant",
                "--require-signed");
        assertEquals(0, region.exitCode(), region.err());
        Path allowed = temp.resolve("allowed_signers");
        Files.writeString(allowed, "j@breda.nl namespaces=\"git\" " + publicKey + "\n", StandardCharsets.US_ASCII);
        List<String> verify = new ArrayList<>(List.of("git", "-c", "gpg.format=ssh", "-c",
                "gpg.ssh.allowedSignersFile=" + allowed, "verify-commit", "HEAD"));
        String said = run(workspace.resolve("region/west-brabant"), verify.toArray(String[]::new));
        assertTrue(said.contains("Good \"git\" signature"), said);
    }
}
