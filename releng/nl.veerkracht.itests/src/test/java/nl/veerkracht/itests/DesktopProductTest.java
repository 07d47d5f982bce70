package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.launcher.Product;

/** What the assembled product installs for the command line, and what for the desktop client. */
class DesktopProductTest {

    @Test
    void theCommandLineRunsWithoutSwtAndJface() {
        List<String> ids = ids(ProductTestSupport.productBundles(false));
        assertTrue(ids.stream().noneMatch(id -> id.startsWith("org.eclipse.platform:")), ids.toString());
        assertTrue(ids.stream().noneMatch(id -> id.contains(":nl.veerkracht.ui")), ids.toString());
    }

    @Test
    void theDesktopAddsTheClientWithSwtForThisComputerOnly() {
        List<String> ids = ids(ProductTestSupport.productBundles(true));
        assertTrue(ids.contains("org.eclipse.platform:org.eclipse.swt.gtk.linux.x86_64:3.132.0"), ids.toString());
        assertEquals(1, ids.stream().filter(id -> id.startsWith("org.eclipse.platform:org.eclipse.swt.")
                && !id.contains("org.eclipse.swt.svg") && !id.startsWith("org.eclipse.platform:org.eclipse.swt:")).count(),
                ids.toString());
        assertTrue(ids.get(ids.size() - 1).startsWith("nl.veerkracht:nl.veerkracht.ui:"), ids.toString());
    }

    private static List<String> ids(List<Product.ProductBundle> bundles) {
        return bundles.stream().map(Product.ProductBundle::id).toList();
    }
}
