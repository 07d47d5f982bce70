package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.itests.ProductProcess.Result;

/**
 * A municipality's own checklist rule, dropped into the product's {@code plugins/} folder, is used by
 * the next {@code bin/veerkracht check}, and taking the file away takes its findings away: a whole
 * process on a copy of the assembled product.
 */
class PluginsProcessTest {

    private static final String FINDING = "Attention: Action Terrassen verruimen has no lead.";

    @TempDir
    Path temp;

    private Path product;
    private Path workspace;

    @BeforeEach
    void productAndPlan() throws Exception {
        product = temp.resolve("veerkracht");
        copy(ProductProcess.assembledProduct(), product);
        workspace = temp.resolve("breda");
        Result init = veerkracht("init", workspace.toString(), "--code", "GM0758", "--name", "Breda");
        assertEquals(0, init.exitCode(), init.err());
        Path actions = Files.createDirectories(workspace.resolve("plan/actions"));
        Files.writeString(actions.resolve("terrassen-verruimen.yaml"),
                "id: terrassen-verruimen\ntitle: Terrassen verruimen\nterm: short\nstatus: running\n");
    }

    @Test
    void aRuleBundleInPluginsIsUsedByTheNextCheckAndRemovingItTakesItsFindingsAway() throws Exception {
        Result before = veerkracht("check", "-w", workspace.toString(), "--lang", "en");
        assertFalse(before.out().contains(FINDING), before.out());

        Path jar = product.resolve("plugins/breda-rules.jar");
        Files.write(jar, RuleBundleJar.actionLeadRule());
        Result with = veerkracht("check", "-w", workspace.toString(), "--lang", "en");
        assertEquals("", with.err());
        assertTrue(with.out().contains("""
                       - plan/actions/terrassen-verruimen.yaml, field lead
                         %s
                """.formatted(FINDING)), with.out());

        Files.delete(jar);
        Result after = veerkracht("check", "-w", workspace.toString(), "--lang", "en");
        assertFalse(after.out().contains(FINDING), after.out());
        assertEquals(before.out(), after.out(), "the check is as it was before the plugin");
    }

    @Test
    void aNewVersionOfAPluginIsUsedAsItIsNotAsTheRuntimeRememberedTheOld() throws Exception {
        Path jar = product.resolve("plugins/breda-rules.jar");
        Files.write(jar, RuleBundleJar.actionLeadRule("1.0.0", true));
        Result first = veerkracht("check", "-w", workspace.toString(), "--lang", "en");
        assertTrue(first.out().contains(FINDING), first.out());

        // the runtime keeps bundles and their component descriptions between runs; the new jar switches its rule off
        Files.write(jar, RuleBundleJar.actionLeadRule("1.0.1", false));
        Result second = veerkracht("check", "-w", workspace.toString(), "--lang", "en");
        assertEquals("", second.err());
        assertFalse(second.out().contains(FINDING), second.out());
    }

    @Test
    void aPluginThatDoesNotStartIsNamedInOneLine() throws Exception {
        Files.write(product.resolve("plugins/kapot.jar"), new byte[] {'P', 'K', 0});
        Result result = veerkracht("--version");
        assertEquals(5, result.exitCode(), result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("veerkracht: ") && result.err().contains("plugins/kapot.jar"),
                result.err());
    }


    @Test
    void aPlainJarInPluginsIsNamedAsNoBundleInOneLine() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(product.resolve("plugins/gewoon.jar")),
                manifest)) {
            jar.putNextEntry(new JarEntry("README.txt"));
            jar.write("geen bundel\n".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        Result result = veerkracht("validate", "-w", workspace.toString());
        assertEquals(5, result.exitCode(), result.out());
        assertEquals("veerkracht: plugins/gewoon.jar is not an OSGi bundle: its manifest has no Bundle-SymbolicName",
                result.err().strip());
    }

    private Result veerkracht(String... args) throws Exception {
        return ProductProcess.run(product, temp.resolve("cache"), "", args);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(file -> !file.startsWith(from.resolve("var"))).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
