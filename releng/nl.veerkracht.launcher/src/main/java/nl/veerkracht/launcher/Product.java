package nl.veerkracht.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.service.feature.Feature;
import org.osgi.service.feature.FeatureBundle;
import org.osgi.service.feature.FeatureService;
import org.osgi.service.feature.ID;

/**
 * An installed distribution of Veerkracht: {@code etc/product.properties} names the product's
 * features in order, {@code features/} holds them as OSGi R8 feature files, and {@code system/}
 * holds their bundles in Maven repository layout. {@code plugins/} holds bundles a municipality adds
 * itself (its own checklist rules, for example): every {@code *.jar} there is installed after the
 * features' bundles, in the order of the file names.
 */
public final class Product {

    /** One bundle of the product, in the order it is installed and started. */
    public record ProductBundle(String id, Path file) {
    }

    private final Path home;
    private final String version;
    private final List<Path> featureFiles;
    private final List<Path> desktopFeatureFiles;
    private final boolean desktop;

    private Product(Path home, String version, List<Path> featureFiles, List<Path> desktopFeatureFiles,
            boolean desktop) {
        this.home = home;
        this.version = version;
        this.featureFiles = List.copyOf(featureFiles);
        this.desktopFeatureFiles = List.copyOf(desktopFeatureFiles);
        this.desktop = desktop;
    }

    /** Reads {@code etc/product.properties} of the distribution at {@code home}. */
    public static Product at(Path home) throws LaunchException {
        Path descriptor = home.resolve("etc/product.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(descriptor)) {
            properties.load(in);
        } catch (IOException e) {
            throw new LaunchException("cannot read " + descriptor + ": " + e.getMessage(), e);
        }
        String version = properties.getProperty("version");
        String features = properties.getProperty("features");
        if (version == null || features == null) {
            throw new LaunchException(descriptor + " must name the version and the features");
        }
        return new Product(home, version, featureFiles(home, features),
                featureFiles(home, properties.getProperty("desktop.features", "")), false);
    }

    private static List<Path> featureFiles(Path home, String names) {
        return Arrays.stream(names.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> home.resolve("features").resolve(name))
                .toList();
    }

    /**
     * The same product with the desktop client's features as well, for {@code bin/veerkracht desktop}.
     *
     * @throws LaunchException when the product has no desktop client
     */
    public Product withDesktop() throws LaunchException {
        if (desktopFeatureFiles.isEmpty()) {
            throw new LaunchException("this product has no desktop client (etc/product.properties names no desktop.features)");
        }
        return new Product(home, version, featureFiles, desktopFeatureFiles, true);
    }

    /** Whether this is the product with its desktop client ({@link #withDesktop}). */
    public boolean isDesktop() {
        return desktop;
    }

    public Path home() {
        return home;
    }

    public String version() {
        return version;
    }

    /** The feature files, in the order the product lists them (the desktop's last, for {@link #withDesktop}). */
    public List<Path> featureFiles() {
        if (!desktop) {
            return featureFiles;
        }
        List<Path> all = new ArrayList<>(featureFiles);
        all.addAll(desktopFeatureFiles);
        return List.copyOf(all);
    }

    /** The directories whose content makes up the installed product. */
    public List<Path> contentDirectories() {
        return List.of(home.resolve("etc"), home.resolve("features"), home.resolve("system"), pluginsDirectory());
    }

    /** The folder of the bundles a municipality adds to the product itself. */
    public Path pluginsDirectory() {
        return home.resolve("plugins");
    }

    /**
     * Every bundle of every feature, in feature order, each once. Reads the feature files with the
     * Feature Service implementation of Apache Felix.
     */
    public List<ProductBundle> bundles() throws LaunchException {
        FeatureService features = ServiceLoader.load(FeatureService.class, Product.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new LaunchException("no OSGi Feature Service implementation on the class path"));
        Map<String, ProductBundle> bundles = new LinkedHashMap<>();
        Optional<String> swtFragment = SwtPlatform.current();
        for (Path file : featureFiles()) {
            Feature feature;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                feature = features.readFeature(reader);
            } catch (IOException | RuntimeException e) {
                throw new LaunchException("cannot read the feature " + file + ": " + e.getMessage(), e);
            }
            for (FeatureBundle bundle : feature.getBundles()) {
                ID id = bundle.getID();
                if (SwtPlatform.FRAGMENTS.contains(id.getArtifactId())
                        && !swtFragment.equals(Optional.of(id.getArtifactId()))) {
                    continue; // SWT for another platform
                }
                Path jar = repositoryPath(id);
                if (!Files.isRegularFile(jar)) {
                    throw new LaunchException("the feature " + file.getFileName() + " names " + id + ", but "
                            + jar + " is missing");
                }
                bundles.putIfAbsent(id.toString(), new ProductBundle(id.toString(), jar));
            }
        }
        if (desktop && swtFragment.isEmpty()) {
            throw new LaunchException("the desktop client does not run on " + System.getProperty("os.name") + " "
                    + System.getProperty("os.arch") + ": it has SWT for Linux (x86_64), Windows (x86_64) and macOS"
                    + " (x86_64, aarch64)");
        }
        List<ProductBundle> all = new ArrayList<>(bundles.values());
        all.addAll(plugins());
        return all;
    }

    /** The bundles in {@code plugins/}, in the order of their file names; none when there is no such folder. */
    public List<ProductBundle> plugins() throws LaunchException {
        Path folder = pluginsDirectory();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar") && Files.isRegularFile(file))
                    .sorted()
                    .map(file -> new ProductBundle("plugins/" + file.getFileName(), file))
                    .toList();
        } catch (IOException e) {
            throw new LaunchException("cannot read the plugins in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path repositoryPath(ID id) {
        String type = id.getType().orElse("jar");
        String fileName = id.getArtifactId() + "-" + id.getVersion()
                + id.getClassifier().map(classifier -> "-" + classifier).orElse("") + "." + type;
        return home.resolve("system")
                .resolve(id.getGroupId().replace('.', '/'))
                .resolve(id.getArtifactId())
                .resolve(id.getVersion())
                .resolve(fileName);
    }
}
