package nl.veerkracht.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductTest {

    @TempDir
    Path home;

    @BeforeEach
    void layout() throws Exception {
        Files.createDirectories(home.resolve("etc"));
        Files.createDirectories(home.resolve("features"));
        Files.writeString(home.resolve("etc/product.properties"), "version=1.0.0\nfeatures=core.json,cli.json\n");
        Files.writeString(home.resolve("features/core.json"), feature("core", "org.example:a:1.0", "org.example:b:2.0"));
        Files.writeString(home.resolve("features/cli.json"), feature("cli", "org.example:b:2.0", "org.example.cli:c:3.0"));
    }

    private static String feature(String name, String... bundles) {
        StringBuilder json = new StringBuilder("{\"feature-resource-version\": \"1.0\", \"id\": \"nl.veerkracht:" + name
                + ":osgifeature:1.0.0\", \"bundles\": [");
        for (int i = 0; i < bundles.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(bundles[i]).append("\"}");
        }
        return json.append("]}").toString();
    }

    private void jar(String groupPath, String artifact, String version) throws Exception {
        Path dir = Files.createDirectories(home.resolve("system").resolve(groupPath).resolve(artifact).resolve(version));
        Files.write(dir.resolve(artifact + "-" + version + ".jar"), new byte[] {0});
    }

    @Test
    void bundlesComeInFeatureOrderEachOnce() throws Exception {
        jar("org/example", "a", "1.0");
        jar("org/example", "b", "2.0");
        jar("org/example/cli", "c", "3.0");
        Product product = Product.at(home);
        assertEquals("1.0.0", product.version());
        List<String> ids = product.bundles().stream().map(Product.ProductBundle::id).toList();
        assertEquals(List.of("org.example:a:1.0", "org.example:b:2.0", "org.example.cli:c:3.0"), ids);
        assertTrue(Files.isRegularFile(product.bundles().get(2).file()));
    }

    @Test
    void pluginsComeAfterTheFeaturesInTheOrderOfTheirNamesAndChangeTheFingerprint() throws Exception {
        jar("org/example", "a", "1.0");
        jar("org/example", "b", "2.0");
        jar("org/example/cli", "c", "3.0");
        Product product = Product.at(home);
        String without = BundleCache.fingerprint(product.contentDirectories());
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.write(plugins.resolve("zundert-rules.jar"), new byte[] {1});
        Files.write(plugins.resolve("breda-rules.jar"), new byte[] {2});
        Files.writeString(plugins.resolve("LEESMIJ.txt"), "not a bundle");

        List<String> ids = product.bundles().stream().map(Product.ProductBundle::id).toList();
        assertEquals(List.of("org.example:a:1.0", "org.example:b:2.0", "org.example.cli:c:3.0",
                "plugins/breda-rules.jar", "plugins/zundert-rules.jar"), ids);
        assertNotEquals(without, BundleCache.fingerprint(product.contentDirectories()),
                "a plugin added makes the next run install the product again");
    }

    @Test
    void aBundleMissingFromTheProductIsNamed() throws Exception {
        jar("org/example", "a", "1.0");
        LaunchException error = assertThrows(LaunchException.class, () -> Product.at(home).bundles());
        assertTrue(error.getMessage().contains("org.example:b:2.0"), error.getMessage());
    }

    @Test
    void aProductWithoutDescriptorIsReportedNotThrown() throws Exception {
        Files.delete(home.resolve("etc/product.properties"));
        LaunchException error = assertThrows(LaunchException.class, () -> Product.at(home));
        assertTrue(error.getMessage().startsWith("cannot read "), error.getMessage());
    }

    @Test
    void theDesktopFeaturesComeOnlyWithTheDesktopAndOnlyThisComputersSwtFragment() throws Exception {
        Files.writeString(home.resolve("etc/product.properties"),
                "version=1.0.0\nfeatures=core.json,cli.json\ndesktop.features=ui.json\n");
        Files.writeString(home.resolve("features/ui.json"), feature("ui", "org.eclipse.platform:org.eclipse.swt:3.132.0",
                "org.eclipse.platform:" + SwtPlatform.LINUX_X86_64 + ":3.132.0",
                "org.eclipse.platform:" + SwtPlatform.WINDOWS_X86_64 + ":3.132.0",
                "org.eclipse.platform:" + SwtPlatform.MACOS_X86_64 + ":3.132.0",
                "org.eclipse.platform:" + SwtPlatform.MACOS_AARCH64 + ":3.132.0",
                "nl.veerkracht:nl.veerkracht.ui:1.0"));
        jar("org/example", "a", "1.0");
        jar("org/example", "b", "2.0");
        jar("org/example/cli", "c", "3.0");
        jar("org/eclipse/platform", "org.eclipse.swt", "3.132.0");
        for (String fragment : SwtPlatform.FRAGMENTS) {
            jar("org/eclipse/platform", fragment, "3.132.0");
        }
        jar("nl/veerkracht", "nl.veerkracht.ui", "1.0");

        Product product = Product.at(home);
        assertEquals(List.of("org.example:a:1.0", "org.example:b:2.0", "org.example.cli:c:3.0"),
                product.bundles().stream().map(Product.ProductBundle::id).toList(), "the command line has no SWT");

        Product desktop = product.withDesktop();
        List<String> ids = desktop.bundles().stream().map(Product.ProductBundle::id).toList();
        String fragment = SwtPlatform.current().orElseThrow();
        assertEquals(List.of("org.example:a:1.0", "org.example:b:2.0", "org.example.cli:c:3.0",
                "org.eclipse.platform:org.eclipse.swt:3.132.0", "org.eclipse.platform:" + fragment + ":3.132.0",
                "nl.veerkracht:nl.veerkracht.ui:1.0"), ids);
    }

    @Test
    void aProductWithoutDesktopFeaturesSaysSoForTheDesktop() throws Exception {
        LaunchException error = assertThrows(LaunchException.class, () -> Product.at(home).withDesktop());
        assertTrue(error.getMessage().contains("no desktop client"), error.getMessage());
    }
}
