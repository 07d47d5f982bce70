package nl.veerkracht.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.veerkracht.itests.ProductProcess.Result;
import nl.veerkracht.itests.servers.TestHome;
import nl.veerkracht.junit.CGit;

/**
 * {@code bin/veerkracht} and C git as the process tests of a region on remote servers run them: in the
 * environment of a {@link TestHome} (its {@code HOME}, and whatever else a test adds with
 * {@link #with(Map)}), with the one bundle cache of the test class, every run kept so that a test can
 * look through all they printed. The region is the West-Brabant of docs/guide/region.md, {@code region/west-brabant}
 * in every workspace.
 */
final class VeerkrachtCommands {

    /** The regional plan's folder in every workspace. */
    static final String REGION = "region/west-brabant";

    /** The file of {@link #fund(String...)} in the regional plan. */
    static final String FUND = "actions/GM0758-ondernemersfonds.yaml";

    /** How long one command may take before the test calls it hung. */
    static final Duration LIMIT = Duration.ofSeconds(90);

    private final Path cache;
    private final Map<String, String> environment;
    private final List<Result> runs;

    private VeerkrachtCommands(Path cache, Map<String, String> environment, List<Result> runs) {
        this.cache = cache;
        this.environment = Map.copyOf(environment);
        this.runs = runs;
    }

    /** Commands run in {@code home}, with the bundle cache {@code cache}. */
    VeerkrachtCommands(Path cache, TestHome home) {
        this(cache, home.environment(), new ArrayList<>());
    }

    /**
     * These commands with {@code variables} put on top of their environment (another {@code HOME},
     * {@code GIT_SSH_COMMAND}); their runs are kept with these.
     */
    VeerkrachtCommands with(Map<String, String> variables) {
        Map<String, String> more = new HashMap<>(environment);
        more.putAll(variables);
        return new VeerkrachtCommands(cache, more, runs);
    }

    /** Every command run so far, by these commands and the ones made {@link #with(Map)} them. */
    List<Result> runs() {
        return List.copyOf(runs);
    }

    /** {@code bin/veerkracht args}, which may take at most {@link #LIMIT}, whatever it ends with. */
    Result run(String... args) throws Exception {
        return run(LIMIT, args);
    }

    /** {@code bin/veerkracht args}, which may take at most {@code limit}, whatever it ends with. */
    Result run(Duration limit, String... args) throws Exception {
        Result result = ProductProcess.run(ProductProcess.assembledProduct(), cache, environment, limit, "", args);
        runs.add(result);
        return result;
    }

    /** {@code bin/veerkracht args}, which must end with exit code 0. */
    Result ok(String... args) throws Exception {
        Result result = run(args);
        assertEquals(0, result.exitCode(), () -> "veerkracht " + String.join(" ", args) + "\n" + result.out()
                + result.err());
        return result;
    }

    /** {@code veerkracht init}: a workspace of a municipality of the province PV30, its plan's Git identity set. */
    void init(Path workspace, String code, String name) throws Exception {
        ok("init", workspace.toString(), "--code", code, "--name", name, "--province", "PV30");
        git(workspace.resolve("plan"), "config", "user.name", "Beleid " + name);
        git(workspace.resolve("plan"), "config", "user.email", code.toLowerCase() + "@example.nl");
    }

    /** {@code veerkracht commit} of the regional plan's working tree. */
    void commit(Path workspace, String message) throws Exception {
        ok("commit", "-w", workspace.toString(), "--repo", REGION, "-m", message);
    }

    /** C git in {@code directory}, which must succeed; what it printed on stdout, stripped. */
    String git(Path directory, String... args) throws Exception {
        return CGit.client(environment).ok(directory, args).strip();
    }

    /** The regional business fund of docs/guide/region.md, a shared action of Breda's, with the members {@code participants}. */
    static String fund(String... participants) {
        return """
                id: GM0758-ondernemersfonds
                title: Regionaal ondernemersfonds
                term: medium
                budget:
                  amount: 450000
                  source: region
                status: planned
                lead_municipality: GM0758
                participants:
                """ + Stream.of(participants).map(code -> "  - " + code + "\n").collect(Collectors.joining());
    }

    /** Writes {@code path} of the workspace's regional plan. */
    static void write(Path workspace, String path, String content) throws IOException {
        Path file = workspace.resolve(REGION).resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Replaces {@code from}, which must be there, by {@code to} in {@code path} of the workspace's regional plan. */
    static void edit(Path workspace, String path, String from, String to) throws IOException {
        Path file = workspace.resolve(REGION).resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> from + " in " + text);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The command said what went wrong in one line on stderr, as {@code veerkracht: ...}. */
    static void assertOneLine(Result result) {
        assertEquals(1, result.err().lines().count(), "one line on stderr:\n" + result.err());
        assertTrue(result.err().startsWith("veerkracht: "), result.err());
    }

    /** Every Git repository below {@code folder}: working trees' {@code .git} folders and bare ones. */
    static List<Path> repositories(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isDirectory)
                    .filter(directory -> Files.isRegularFile(directory.resolve("HEAD"))
                            && Files.isDirectory(directory.resolve("objects")) && Files.isDirectory(directory.resolve("refs")))
                    .toList();
        }
    }
}
