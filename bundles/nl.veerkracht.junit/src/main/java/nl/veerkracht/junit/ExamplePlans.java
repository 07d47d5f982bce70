package nl.veerkracht.junit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example plans of the tests, as files: Breda (GM0758) in the region West-Brabant with the province
 * Noord-Brabant (PV30), and Etten-Leur (GM0777), a fellow member. Breda's plan has every kind of plan
 * file, so that every table of the index and every rule of the check has something to look at. The
 * files are resources of this bundle ({@code nl/veerkracht/junit/plans/<folder>/}), written once.
 *
 * <p>{@link #writeInto(Path)} writes a plan's files into a working tree; {@link #files()} gives them as
 * text, for a test that writes them itself (or changes one first).
 */
public enum ExamplePlans {

    /** Breda's plan (GM0758), province PV30, region west-brabant: every kind of file. */
    BREDA("breda", "plan.yaml", "actions/terrassen-verruimen.yaml", "actions/webwinkels.yaml",
            "actions/zonnedaken.yaml", "needs/liquiditeit-horeca.yaml", "stakeholders/khn-breda.yaml",
            "indicators/vestigingen.yaml", "indicators/vestigingen.csv", "lessons/een-ondernemersloket.md",
            "scenarios/terugval.yaml"),

    /** The regional plan of West-Brabant, led by Roosendaal (GM0826), with an action of each of three members. */
    WEST_BRABANT("west-brabant", "plan.yaml", "actions/GM0758-binnenstadfonds.yaml",
            "actions/GM0777-digitale-etalage.yaml", "actions/GM0826-circulaire-hub.yaml"),

    /** The province Noord-Brabant (PV30) with one task. */
    NOORD_BRABANT("noord-brabant", "plan.yaml", "tasks/digitalisering-mkb.yaml"),

    /** Etten-Leur's plan (GM0777), as Breda's mirror of a fellow member holds it. */
    ETTEN_LEUR("etten-leur", "plan.yaml", "actions/markt-digitaal.yaml", "actions/bedrijvenloket.yaml");

    private final String folder;
    private final List<String> paths;

    ExamplePlans(String folder, String... paths) {
        this.folder = folder;
        this.paths = List.of(paths);
    }

    /** The plan's files, path in the plan to text, in a fixed order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : paths) {
            files.put(path, file(path));
        }
        return files;
    }

    /** The text of one file of the plan, {@code "actions/terrassen-verruimen.yaml"} say. */
    public String file(String path) {
        String resource = "plans/" + folder + "/" + path;
        try (InputStream in = ExamplePlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no example file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the plan's files into {@code directory} (a working tree), making folders as needed. */
    public Path writeInto(Path directory) {
        return write(directory, files());
    }

    /** Writes {@code files} (path to text) into {@code directory}, making folders as needed. */
    public static Path write(Path directory, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
