package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.junit.CGit;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.region.PendingConflict;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.region.SyncOutcome;

/**
 * Five municipalities edit shared actions at random and sync in random order, peer to peer and with a
 * hub, in process through the services, with real repositories. Conflicts are settled by a fixed policy
 * (the value that sorts first, the same whoever settles it). Once nobody edits and everyone has synced
 * twice, every clone has the same tree, and every edit that no other edit of the same field raced is in it.
 */
class ConvergenceSimulationTest {

    /** C git as a plain Git user, in an empty home of its own. */
    private static final CGit GIT = CGit.inTemporaryHome();

    private static final int STEPS = 36;
    private static final List<String> ACTIONS = List.of("GM0758-binnenstadfonds", "GM0758-ondernemersloket",
            "GM0758-vouchers", "GM0758-fietsroutes", "GM0758-leegstand");

    @TempDir
    Path temp;

    static Stream<Arguments> runs() {
        return Stream.of(Arguments.of("peer to peer", 20261101L), Arguments.of("hub", 7L));
    }

    /** One edit of one field: the value it wrote and the value its editor saw there before. */
    record Edit(String action, String field, String value, String before) {
    }

    private RegionFixture region;
    private List<RegionFixture.Member> members;
    private final List<Edit> edits = new ArrayList<>();
    private int counter;

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("runs")
    void everyCloneEndsWithTheSameTreeAndNoUncontestedEditIsLost(String mode, long seed) throws Exception {
        Random random = new Random(seed);
        boolean hub = mode.equals("hub");
        buildRegion(hub);

        for (int step = 0; step < STEPS; step++) {
            RegionFixture.Member member = members.get(random.nextInt(members.size()));
            if (random.nextInt(10) < 6) {
                edit(member, random);
            } else {
                syncAndSettle(member);
            }
        }
        for (int round = 0; round < 2; round++) {
            List<RegionFixture.Member> order = new ArrayList<>(members);
            java.util.Collections.shuffle(order, random);
            for (RegionFixture.Member member : order) {
                syncAndSettle(member);
            }
        }

        String tree = RegionFixture.tree(members.get(0));
        for (RegionFixture.Member member : members) {
            assertEquals(tree, RegionFixture.tree(member), member.name() + " has the same tree");
        }
        checkEdits(members.get(0));
        for (RegionFixture.Member member : members) {
            GIT.assertFsckClean(member.region());
        }
    }

    private void buildRegion(boolean hub) throws Exception {
        region = new RegionFixture(temp);
        members = List.of(region.municipality("GM0758", "Breda"), region.municipality("GM0777", "Etten-Leur"),
                region.municipality("GM1674", "Roosendaal"), region.municipality("GM0748", "Bergen op Zoom"),
                region.municipality("GM1709", "Moerdijk"));
        RegionFixture.Member coordinator = members.get(0);
        Path hubPath = temp.resolve("hub.git");
        region.create(coordinator, hub ? Optional.of(hubPath.toString()) : Optional.empty(), false);
        for (RegionFixture.Member member : members.subList(1, members.size())) {
            region.addMember(coordinator, member, Optional.empty());
        }
        List<String> everyone = members.stream().map(RegionFixture.Member::code).toList();
        for (String id : ACTIONS) {
            RegionFixture.write(coordinator, "actions/" + id + ".yaml",
                    Actions.action(id, "Actie " + id.substring(7), "GM0758", everyone));
        }
        region.commit(coordinator, "Vijf gedeelde acties");
        if (hub) {
            assertEquals(SyncOutcome.DONE, region.sync(coordinator).outcome());
        }
        for (RegionFixture.Member member : members.subList(1, members.size())) {
            region.join(member, hub ? hubPath : coordinator.region());
        }
    }

    /** One member changes one field of a shared action to a value nobody wrote before, and commits. */
    private void edit(RegionFixture.Member member, Random random) throws Exception {
        String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
        String path = "actions/" + action + ".yaml";
        String field = switch (random.nextInt(4)) {
            case 0 -> "lead";
            case 1 -> "department";
            case 2 -> "budget.amount";
            default -> "contributions." + member.code();
        };
        int unique = ++counter;
        Node value = field.equals("budget.amount") || field.startsWith("contributions")
                ? ScalarNode.integer(1000L * unique) : ScalarNode.string("waarde-" + unique);
        Path file = member.region().resolve(path);
        MapNode document = (MapNode) PlanFiles.read(path, Files.readAllBytes(file));
        String before = FieldValues.at(Optional.of(document), FieldPath.parse(field))
                .map(node -> ((ScalarNode) node).text()).orElse("");
        Files.write(file, PlanFiles.write(path, set(document, FieldPath.parse(field), value)));
        region.commit(member, "Bewerking " + unique);
        edits.add(new Edit(action, field, ((ScalarNode) value).text(), before));
    }

    private static MapNode set(MapNode document, FieldPath field, Node value) {
        List<FieldPath.Segment> segments = field.segments();
        String first = segments.get(0).name();
        if (segments.size() == 1) {
            return document.with(first, value);
        }
        MapNode inner = document.get(first).orElse(null) instanceof MapNode map ? map : MapNode.of(new LinkedHashMap<>());
        return document.with(first, inner.with(segments.get(1).name(), value));
    }

    /** Syncs; settles every conflict by the value that sorts first (absent first) and syncs again. */
    private void syncAndSettle(RegionFixture.Member member) {
        for (int attempt = 0; attempt < 5; attempt++) {
            SyncOutcome outcome = region.sync(member).outcome();
            assertTrue(outcome == SyncOutcome.DONE || outcome == SyncOutcome.CONFLICTS, member.name() + ": " + outcome);
            if (outcome == SyncOutcome.DONE) {
                return;
            }
            for (PendingMerge pending : region.regions.conflicts(member.workspace())) {
                for (PendingConflict open : pending.open()) {
                    FieldConflict conflict = open.conflict();
                    boolean ours = render(conflict.ours()).compareTo(render(conflict.theirs())) <= 0;
                    region.regions.resolve(member.workspace(), conflict.path(), conflict.field(),
                            ours ? ResolutionChoice.ours() : ResolutionChoice.theirs(), Optional.empty());
                }
            }
        }
        throw new AssertionError(member.name() + " kept meeting conflicts");
    }

    private static String render(Optional<Node> value) {
        return value.map(Node::toString).orElse("");
    }

    /**
     * For every field: when its edits form one chain (each saw the one before), the last one's value is in
     * the tree; when some raced (saw the same value), the tree holds one of the values written there.
     */
    private void checkEdits(RegionFixture.Member member) throws Exception {
        Map<String, List<Edit>> byField = new LinkedHashMap<>();
        for (Edit edit : edits) {
            byField.computeIfAbsent(edit.action() + " " + edit.field(), key -> new ArrayList<>()).add(edit);
        }
        int chains = 0;
        for (List<Edit> fieldEdits : byField.values()) {
            Edit first = fieldEdits.get(0);
            String path = "actions/" + first.action() + ".yaml";
            Node document = PlanFiles.read(path, Files.readString(member.region().resolve(path),
                    StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
            String actual = FieldValues.at(Optional.of(document), FieldPath.parse(first.field()))
                    .map(node -> ((ScalarNode) node).text()).orElse("");
            Map<String, List<Edit>> bySeen = new HashMap<>();
            fieldEdits.forEach(edit -> bySeen.computeIfAbsent(edit.before(), key -> new ArrayList<>()).add(edit));
            boolean raced = bySeen.values().stream().anyMatch(list -> list.size() > 1);
            if (!raced) {
                Edit last = first;
                for (int i = 1; i < fieldEdits.size(); i++) {
                    Edit next = bySeen.get(last.value()) == null ? null : bySeen.get(last.value()).get(0);
                    if (next == null) {
                        break;
                    }
                    last = next;
                }
                assertEquals(last.value(), actual, () -> "the last edit of " + first.action() + " " + first.field());
                chains++;
            } else {
                List<String> written = fieldEdits.stream().map(Edit::value).toList();
                assertTrue(written.contains(actual), () -> first.action() + " " + first.field() + " = " + actual
                        + ", not one of " + written);
            }
        }
        assertTrue(chains > 0, "some fields were edited without a race");
    }
}
