package nl.veerkracht.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * A generated workspace of national scale: 342 municipal plans (the workspace's own and 341 member
 * mirrors) of 300 actions each with needs, stakeholders, indicators with observations, a lesson and a
 * fallback scenario; 12 provinces of 20 tasks; one regional plan of 40 shared actions. Files are written
 * with {@link PlanFiles#write}, committed as Git objects with the store ({@link PlanRepository#writeCommit})
 * and {@code main} pointed at them; every repository but the workspace's own plan is fetched from where
 * it was written, as in a real workspace. No working tree is checked out, since neither the index nor
 * the read baseline reads one. Deterministic: the same workspace every time.
 */
final class NationalWorkspace {

    static final int MUNICIPALITIES = 342;
    static final int ACTIONS = 300;
    static final int PROVINCES = 12;
    static final int TASKS = 20;
    static final int REGIONAL_ACTIONS = 40;
    /** Every entity of the workspace: plan files, actions, needs, ..., one each per file. */
    static final int ENTITIES = MUNICIPALITIES * (1 + ACTIONS + 5 + 3 + 2 + 2 + 1 + 1) + PROVINCES * (1 + TASKS)
            + 1 + REGIONAL_ACTIONS;

    static final Author AUTHOR = new Author("Benchmark", "benchmark@veerkracht.invalid");
    private static final String[] TERMS = {"short", "medium", "long"};
    private static final String[] STATUSES = {"idea", "planned", "running", "done", "stopped"};
    private static final String[] THEMES = {"circulariteit", "energietransitie", "innovatie", "digitalisering"};
    private static final String[] SOURCES = {"existing", "extra", "province", "region"};

    private NationalWorkspace() {
    }

    static String municipality(int number) {
        return String.format("GM%04d", number);
    }

    static String province(int number) {
        return "PV" + (20 + number % PROVINCES);
    }

    /**
     * Generates the whole workspace in {@code root}. The workspace's own plan is committed in place; the
     * members' plans, the provinces and the regional plan are fetched, as {@code sync}, {@code province
     * follow} and {@code region join} bring them into a real workspace, so their objects arrive as packs.
     */
    static Workspace generate(Path root) throws IOException {
        commit(root.resolve("plan"), municipalFiles(1, 0), municipality(1));
        Path sources = root.resolveSibling(root.getFileName() + "-sources");
        try {
            for (int number = 2; number <= MUNICIPALITIES; number++) {
                fetched(root.resolve(RepositoryName.member(municipality(number)).folder()), sources.resolve("m" + number),
                        municipalFiles(number, 0), municipality(number));
            }
            for (int number = 0; number < PROVINCES; number++) {
                fetched(root.resolve(RepositoryName.province(province(number)).folder()), sources.resolve("p" + number),
                        provinceFiles(number), province(number));
            }
            fetched(root.resolve(RepositoryName.region("west-brabant").folder()), sources.resolve("region"),
                    regionFiles(), municipality(1));
        } finally {
            StartupBenchmark.deleteTree(sources);
        }
        return Workspace.at(root);
    }

    /** Commits {@code files} in {@code source} and fetches that commit into {@code directory}'s {@code main}. */
    private static void fetched(Path directory, Path source, Map<String, byte[]> files, String municipality)
            throws IOException {
        String commit = commit(source, files, municipality);
        PlanRepository.create(directory).close();
        try (PlanRepository git = PlanRepository.open(directory)) {
            if (!git.fetch(source.toString(), "origin").orElseThrow().equals(commit)) {
                throw new IOException("fetching " + source + " into " + directory + " did not bring " + commit);
            }
        }
        pointMain(directory, commit);
    }

    /** Writes a commit holding exactly {@code files} on {@code main} (after the current head, if any). */
    static String commit(Path directory, Map<String, byte[]> files, String municipality) throws IOException {
        if (!directory.resolve(Constants.DOT_GIT).toFile().isDirectory()) {
            PlanRepository.create(directory).close();
        }
        String commit;
        try (PlanRepository git = PlanRepository.open(directory)) {
            Optional<String> head = git.head();
            commit = git.writeCommit(files, head.map(List::of).orElse(List.of()), "Gegenereerd", AUTHOR, municipality);
        }
        pointMain(directory, commit);
        return commit;
    }

    private static void pointMain(Path directory, String commit) throws IOException {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(directory.resolve(Constants.DOT_GIT).toFile())
                .setMustExist(true).build()) {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + PlanRepository.BRANCH);
            update.setNewObjectId(ObjectId.fromString(commit));
            update.setForceUpdate(true);
            RefUpdate.Result result = update.update();
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD
                    && result != RefUpdate.Result.FORCED) {
                throw new IOException("main of " + directory + " did not move: " + result);
            }
        }
    }

    /** The files of a municipality's plan; {@code revision} changes the first ten actions' budgets and status. */
    static Map<String, byte[]> municipalFiles(int number, int revision) {
        String code = municipality(number);
        Map<String, byte[]> files = new TreeMap<>();
        put(files, "plan.yaml", map("kind", "municipality", "code", code, "name", "Gemeente " + number,
                "province", province(number), "regions", list("west-brabant"),
                "vision", "Gemeente " + number + " komt sterker uit de crisis.\nSamen met ondernemers.",
                "recovery_lines", list(map("id", "ontmoeten", "title", "Ontmoeten"), map("id", "werken", "title", "Werken")),
                "departments", list("economische-zaken", "duurzaamheid"),
                "budget", map("lines", list(map("id", "ez", "title", "Economie", "source", "existing",
                        "amount", 250_000L)), "reserve", 50_000L)));
        for (int need = 0; need < 5; need++) {
            put(files, "needs/behoefte-" + need + ".yaml", map("id", "behoefte-" + need, "title", "Behoefte " + need
                    + " van ondernemers in " + code, "sector", "56", "urgency", need % 2 == 0 ? "high" : "low"));
        }
        for (int stakeholder = 0; stakeholder < 3; stakeholder++) {
            put(files, "stakeholders/partner-" + stakeholder + ".yaml", map("id", "partner-" + stakeholder,
                    "organisation", "Partner " + stakeholder + " " + code, "sector", "entrepreneurs",
                    "consultations", list(map("date", "2026-03-1" + stakeholder, "topic", "Overleg"))));
        }
        for (int indicator = 0; indicator < 2; indicator++) {
            String id = "indicator-" + indicator;
            put(files, "indicators/" + id + ".yaml", map("id", id, "title", "Indicator " + indicator, "source", "cbs",
                    "region", code, "baseline", 1000L + number, "target", 1100L + number));
            List<Node> observations = new ArrayList<>();
            for (int quarter = 1; quarter <= 8; quarter++) {
                observations.add(map("period", (2024 + (quarter - 1) / 4) + "-Q" + ((quarter - 1) % 4 + 1),
                        "value", Long.toString(1000 + number + quarter), "source", "cbs"));
            }
            put(files, "indicators/" + id + ".csv", ListNode.of(observations));
        }
        put(files, "lessons/een-loket.md", map("id", "een-loket", "title", "Eén loket", "actions", list("actie-000"),
                "body", "Ondernemers vonden de weg snel toen er één loket was.\n"));
        put(files, "scenarios/terugval.yaml", map("id", "terugval", "title", "Terugval", "kind", "fallback",
                "triggers", list("Versoepelingen teruggedraaid"),
                "runbook", list(map("id", "loket", "what", "Loket opschalen", "who", "economische-zaken", "within_days", 2L))));
        for (int action = 0; action < ACTIONS; action++) {
            String id = String.format("actie-%03d", action);
            put(files, "actions/" + id + ".yaml", action(id, number, action, action < 10 ? revision : 0));
        }
        return files;
    }

    static Node action(String id, int number, int action, int revision) {
        int seed = number * 31 + action * 7 + revision * 13;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("title", "Actie " + action + " van " + municipality(number) + (revision > 0 ? " (herzien " + revision + ")" : ""));
        fields.put("description", "Wat de actie doet, in twee regels.\nEn waarom.");
        fields.put("term", TERMS[seed % 3]);
        fields.put("recovery_line", action % 2 == 0 ? "ontmoeten" : "werken");
        fields.put("themes", list(THEMES[seed % 4], THEMES[(seed + 1) % 4]));
        fields.put("department", "economische-zaken");
        fields.put("needs", list("behoefte-" + action % 5));
        fields.put("stakeholders", list("partner-" + action % 3));
        fields.put("budget", map("amount", 1000L * (1 + seed % 50) + revision, "source", SOURCES[seed % 4], "line", "ez"));
        fields.put("indicators", list(map("id", "indicator-" + action % 2, "target", 10L + action)));
        fields.put("status", STATUSES[(seed + revision) % 5]);
        fields.put("progress", (long) (seed % 101));
        if (action % 3 == 0) {
            fields.put("links", map("province", list(province(number) + "/taak-" + action % TASKS)));
        }
        return map(fields);
    }

    private static Map<String, byte[]> provinceFiles(int number) {
        Map<String, byte[]> files = new TreeMap<>();
        put(files, "plan.yaml", map("kind", "province", "code", province(number), "name", "Provincie " + number));
        for (int task = 0; task < TASKS; task++) {
            put(files, "tasks/taak-" + task + ".yaml", map("id", "taak-" + task, "title", "Opgave " + task,
                    "theme", THEMES[task % 4], "programme", "Programma", "funding",
                    list(map("id", "regeling-" + task, "title", "Regeling", "deadline", "2027-01-31")), "status", "active"));
        }
        return files;
    }

    private static Map<String, byte[]> regionFiles() {
        Map<String, byte[]> files = new TreeMap<>();
        List<Node> members = new ArrayList<>();
        for (int number = 1; number <= 10; number++) {
            members.add(map("code", municipality(number), "name", "Gemeente " + number));
        }
        put(files, "plan.yaml", map("kind", "region", "id", "west-brabant", "name", "West-Brabant", "coordinator",
                municipality(1), "members", ListNode.of(members)));
        for (int action = 0; action < REGIONAL_ACTIONS; action++) {
            String lead = municipality(1 + action % 10);
            String partner = municipality(1 + (action + 1) % 10);
            String id = lead + "-actie-" + action;
            put(files, "actions/" + id + ".yaml", map("id", id, "title", "Regionale actie " + action, "term",
                    TERMS[action % 3], "themes", list(THEMES[action % 4]), "budget", map("amount", 30_000L, "source",
                            "region"), "status", STATUSES[action % 5], "lead_municipality", lead, "participants",
                    list(lead, partner), "contributions", map(lead, 20_000L, partner, 10_000L)));
        }
        return files;
    }

    private static void put(Map<String, byte[]> files, String path, Node document) {
        files.put(path, PlanFiles.write(path, document));
    }

    private static MapNode map(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map(fields);
    }

    private static MapNode map(Map<String, Object> fields) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        fields.forEach((key, value) -> nodes.put(key, node(value)));
        return MapNode.of(nodes);
    }

    private static ListNode list(Object... items) {
        List<Node> nodes = new ArrayList<>();
        for (Object item : items) {
            nodes.add(node(item));
        }
        return ListNode.of(nodes);
    }

    private static Node node(Object value) {
        if (value instanceof Node node) {
            return node;
        }
        if (value instanceof Long number) {
            return ScalarNode.integer(number);
        }
        return ScalarNode.string((String) value);
    }
}
