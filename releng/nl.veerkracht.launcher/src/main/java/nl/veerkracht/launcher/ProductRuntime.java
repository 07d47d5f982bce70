package nl.veerkracht.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Apache Felix running the bundles of a {@link Product}, with its bundle cache in a
 * {@link BundleCache} slot. The bundles are installed only when the product changed since the slot
 * last held it; otherwise the framework starts what its cache already has.
 */
final class ProductRuntime implements AutoCloseable {

    /** The Gogo shell starts reading the console as soon as it is active, so only {@code shell} starts it. */
    static final String SHELL_BUNDLE = "org.apache.felix.gogo.shell";

    /** Felix SCR's switch for keeping the component descriptions between runs. */
    static final String SCR_CACHE_METADATA = "ds.cache.metadata";

    private static final String PLUGINS = "plugins/";
    private static final String COMMAND_RUNNER = "nl.veerkracht.cli.CommandRunner";
    private static final String DESKTOP_RUNNER = "nl.veerkracht.ui.DesktopRunner";
    private static final long SERVICE_TIMEOUT_MILLIS = 30_000;
    private static final String HEADLESS = "java.awt.headless";
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Framework framework;

    private ProductRuntime(Framework framework) {
        this.framework = framework;
    }

    /** The JDK packages every bundle sees without importing them. */
    static final String BOOT_DELEGATION = "javax.security.auth,javax.security.auth.*";

    static ProductRuntime start(Product product, BundleCache cache, boolean debug) throws LaunchException {
        String fingerprint;
        try {
            fingerprint = BundleCache.fingerprint(product.contentDirectories());
        } catch (IOException e) {
            throw new LaunchException("cannot read the product in " + product.home() + ": " + e.getMessage(), e);
        }
        boolean install = !fingerprint.equals(cache.installedFingerprint());

        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, cache.frameworkStorage().toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN,
                install ? Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT : "none");
        properties.put("felix.log.level", debug ? "4" : "0");
        properties.put("veerkracht.version", product.version());
        properties.put("veerkracht.home", product.home().toString());
        // Declarative Services keeps the components it read from the bundles' XML in its data folder
        // when the framework stops, and reads them from there at the next start (checked against each
        // bundle's last modification): about 5 % of every command's start-up.
        properties.put(SCR_CACHE_METADATA, "true");
        // JGit's SSH client uses javax.security.auth (a key's passphrase is destroyed after use) without
        // importing it, as Equinox forgives and Felix does not: without this every ssh:// remote fails
        properties.put(Constants.FRAMEWORK_BOOTDELEGATION, BOOT_DELEGATION);

        // the council report draws its charts with Java2D (JFreeChart) and lays out its PDF with AWT fonts: no
        // window is needed for that (the desktop client draws with SWT, not AWT), and a command on a machine
        // without a display must not try to open one
        if (System.getProperty(HEADLESS) == null) {
            System.setProperty(HEADLESS, "true");
        }
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class, ProductRuntime.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi framework on the class path"));
        if (debug) {
            // Felix's own log is for --debug only; it takes its logger as an object in the textual configuration
            @SuppressWarnings({"unchecked", "rawtypes"})
            Map<String, Object> objects = (Map) properties;
            objects.put("felix.log.logger", new StandardErrorLog());
        }
        Framework framework = factory.newFramework(properties);
        ProductRuntime runtime = new ProductRuntime(framework);
        try {
            if (install) {
                cache.forgetInstalled();
            }
            framework.init();
            if (install) {
                installBundles(framework.getBundleContext(), product);
            }
            framework.start();
            runtime.checkEveryBundleStarted();
            if (install) {
                cache.recordInstalled(fingerprint);
            }
            if (debug) {
                System.err.println("veerkracht: bundle cache " + cache.frameworkStorage() + ": "
                        + (install ? "installed the product" : "reused"));
            }
            return runtime;
        } catch (BundleException | IOException | LaunchException | RuntimeException e) {
            runtime.close();
            if (e instanceof LaunchException launch) {
                throw launch;
            }
            throw new LaunchException("the runtime did not start: " + firstLine(e.getMessage()), e);
        }
    }

    private static void installBundles(BundleContext context, Product product) throws LaunchException, BundleException,
            IOException {
        for (Product.ProductBundle bundle : product.bundles()) {
            if (bundle.id().startsWith(PLUGINS)) {
                requireBundle(bundle);
            }
            Bundle installed;
            try (InputStream in = Files.newInputStream(bundle.file())) {
                installed = context.installBundle(bundle.file().toUri().toString(), in);
            } catch (BundleException e) {
                throw new LaunchException("cannot install " + bundle.id() + ": " + firstLine(e.getMessage()), e);
            }
            if (!isFragment(installed) && !SHELL_BUNDLE.equals(installed.getSymbolicName())) {
                // persistent: the framework starts it at every later launch without being asked
                installed.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
    }

    /**
     * A jar in {@code plugins/} must be an OSGi bundle: Felix would install a plain jar as an old-style
     * bundle without a name, which nothing uses, and say nothing.
     */
    private static void requireBundle(Product.ProductBundle bundle) throws LaunchException {
        Manifest manifest;
        try (JarFile jar = new JarFile(bundle.file().toFile())) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            throw new LaunchException(bundle.id() + " is not a jar file (" + firstLine(e.getMessage()) + ")", e);
        }
        if (manifest == null || manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) == null) {
            throw new LaunchException(bundle.id() + " is not an OSGi bundle: its manifest has no "
                    + Constants.BUNDLE_SYMBOLICNAME);
        }
    }

    private void checkEveryBundleStarted() throws LaunchException {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() == 0 || isFragment(bundle) || SHELL_BUNDLE.equals(bundle.getSymbolicName())) {
                continue;
            }
            if (bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING) {
                try {
                    bundle.start();
                } catch (BundleException e) {
                    throw new LaunchException("the bundle " + bundle.getSymbolicName() + " (" + bundle.getLocation()
                            + ") does not start: " + firstLine(e.getMessage()), e);
                }
            }
        }
    }

    /**
     * Runs one command line through the {@code CommandRunner} service of the command-line bundle
     * and answers its exit code. The service is called by reflection on JDK types only, since its
     * interface lives inside the framework.
     */
    int runCommand(String[] args, InputStream in, PrintStream out, PrintStream err) throws LaunchException {
        return run(COMMAND_RUNNER, "the command line", args, in, out, err);
    }

    /**
     * Opens the desktop client through the {@code DesktopRunner} service of the desktop bundle, on this
     * thread (the main thread, which SWT needs on macOS), and answers its exit code when its window closes.
     */
    int runDesktop(String[] args, InputStream in, PrintStream out, PrintStream err) throws LaunchException {
        return run(DESKTOP_RUNNER, "the desktop client", args, in, out, err);
    }

    private int run(String serviceName, String what, String[] args, InputStream in, PrintStream out, PrintStream err)
            throws LaunchException {
        BundleContext context = framework.getBundleContext();
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context,
                    context.createFilter("(" + Constants.OBJECTCLASS + "=" + serviceName + ")"), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        tracker.open();
        try {
            Object runner = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            ServiceReference<Object> reference = tracker.getServiceReference();
            if (runner == null || reference == null) {
                throw new LaunchException(what + " did not become available within "
                        + SERVICE_TIMEOUT_MILLIS / 1000 + " seconds");
            }
            Class<?> api = reference.getBundle().loadClass(serviceName);
            Method run = api.getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
            return (Integer) run.invoke(runner, args, in, out, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while starting", e);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new LaunchException("the bundle of " + what + " does not offer " + serviceName + ".run", e);
        } catch (InvocationTargetException e) {
            throw new LaunchException("the command failed: " + firstLine(String.valueOf(e.getCause())), e.getCause());
        } finally {
            tracker.close();
        }
    }

    /** Opens the interactive Gogo shell and returns when the user leaves it (which stops the framework). */
    void openShell() throws LaunchException {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (SHELL_BUNDLE.equals(bundle.getSymbolicName())) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                    framework.waitForStop(0);
                    return;
                } catch (BundleException e) {
                    throw new LaunchException("the shell does not start: " + firstLine(e.getMessage()), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new LaunchException("this product has no shell (" + SHELL_BUNDLE + " is not installed)");
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT_MILLIS);
        } catch (BundleException e) {
            // stopping is best effort: the process exits right after
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().findFirst().orElse("");
    }
}
