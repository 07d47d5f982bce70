package nl.veerkracht.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.ops4j.pax.exam.Option;

import nl.veerkracht.launcher.LaunchException;
import nl.veerkracht.launcher.Product;

/**
 * The shared configuration of the OSGi integration tests: a Felix framework with exactly the
 * bundles of the assembled product, read from its features in the product's order, started as
 * {@code bin/veerkracht} starts them (the Gogo shell installed, not started).
 *
 * <p>Only the test's {@code @Configuration} method calls this, outside the framework: the launcher
 * classes it uses are not inside.
 */
final class ProductTestSupport {

    /** Framework property that tells a test inside how many bundles the product has. */
    static final String PRODUCT_BUNDLE_COUNT = "veerkracht.itest.productBundles";

    private ProductTestSupport() {
    }

    /** The product's bundles, plus what Pax Exam needs to run a JUnit 4 test inside the framework. */
    static Option[] productConfiguration() {
        return configuration(productBundles(false));
    }

    /**
     * The bundles of the product as {@code bin/veerkracht desktop} runs it: with the desktop client's
     * feature, and SWT's fragment for this computer.
     */
    static Option[] desktopConfiguration() {
        return configuration(productBundles(true));
    }

    private static Option[] configuration(List<Product.ProductBundle> bundles) {
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        options.add(frameworkProperty("veerkracht.version").value("itest"));
        // as the launcher sets it (ProductRuntime.BOOT_DELEGATION): JGit's SSH client needs it on Felix
        options.add(frameworkProperty("org.osgi.framework.bootdelegation").value("javax.security.auth,javax.security.auth.*"));
        options.add(frameworkProperty(PRODUCT_BUNDLE_COUNT).value(Integer.toString(bundles.size())));
        options.add(systemProperty("org.slf4j.simpleLogger.defaultLogLevel").value("warn"));
        // as the launcher sets it (ProductRuntime): the report's charts and PDF use AWT without a display
        options.add(systemProperty("java.awt.headless").value("true"));
        for (Product.ProductBundle productBundle : bundles) {
            // start level 1, before Pax Exam's own bundles: SPI Fly must be there before anything logs
            options.add(bundle(productBundle.file().toUri().toString())
                    .startLevel(1)
                    .start(startsInProduct(productBundle.file())));
        }
        options.add(junitBundles());
        return options.toArray(Option[]::new);
    }

    static List<Product.ProductBundle> productBundles(boolean desktop) {
        String home = System.getProperty("veerkracht.product.home");
        if (home == null) {
            throw new IllegalStateException("veerkracht.product.home is not set: run the tests with Maven");
        }
        try {
            Product product = Product.at(Path.of(home));
            return (desktop ? product.withDesktop() : product).bundles();
        } catch (LaunchException e) {
            throw new IllegalStateException("the product is not assembled or damaged: " + e.getMessage(), e);
        }
    }

    private static boolean startsInProduct(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes manifest = file.getManifest().getMainAttributes();
            String symbolicName = manifest.getValue("Bundle-SymbolicName");
            return manifest.getValue("Fragment-Host") == null
                    && (symbolicName == null || !symbolicName.startsWith("org.apache.felix.gogo.shell"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jar, e);
        }
    }
}
