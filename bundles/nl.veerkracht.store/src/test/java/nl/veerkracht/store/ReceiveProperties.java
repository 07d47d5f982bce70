package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.store.Peer.Entry;

/**
 * Random trees from a peer (modes, names, sizes): whatever lands in the receiving repository keeps the tree rules
 * and passes {@code git fsck --full --strict}, whatever is refused leaves no trace there, and what is refused is
 * exactly what breaks the rules as written down here on their own (the layout as a pattern, the modes, the size).
 */
class ReceiveProperties {

    /** The layout of FORMAT-REFERENCE, written out as one pattern. */
    private static final Pattern LAYOUT = Pattern.compile("plan\\.yaml|(actions|needs|stakeholders|scenarios|tasks)"
            + "/[A-Za-z0-9][A-Za-z0-9-]*\\.yaml|indicators/[A-Za-z0-9][A-Za-z0-9-]*\\.(yaml|csv)"
            + "|lessons/[A-Za-z0-9][A-Za-z0-9-]*\\.md");

    private static final List<String> TOP = List.of("plan.yaml", "actions", "needs", "indicators", "lessons", "tasks");
    private static final List<String> ODD_TOP = List.of("README.md", ".gitattributes", ".gitmodules", ".veerkracht",
            ".git", "Actions", "big.bin", "a:b", "x y");
    private static final List<String> INSIDE = List.of("x.yaml", "GM0758-fonds.yaml", "werk.csv", "les.md");
    private static final List<String> ODD_INSIDE = List.of(".x.yaml", "x.yml", "-x.yaml", "sub", "GIT~1",
            "\u00e9.yaml", "a\u001b[2J.yaml");
    private static final List<Integer> ODD_MODES = List.of(0100755, 0120000, 0160000, 040000, 0100664);

    /** Mostly what a plan holds, sometimes something odd: so that both outcomes are tried often. */
    private static <T> Arbitrary<T> mostly(List<T> usual, List<T> odd) {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(usual)), Tuple.of(1, Arbitraries.of(odd)));
    }

    @Provide
    Arbitrary<Map<String, Entry>> trees() {
        Arbitrary<Entry> file = Combinators.combine(mostly(List.of(0100644), ODD_MODES),
                Arbitraries.integers().between(0, 19))
                .as((mode, size) -> mode == 040000 ? Entry.folder(Map.of())
                        : Entry.file(mode, new byte[size == 19 ? 1024 * 1024 + 1 : size * 10]));
        Arbitrary<Map<String, Entry>> folder = Arbitraries.maps(mostly(INSIDE, ODD_INSIDE), file).ofMaxSize(4);
        Arbitrary<Entry> top = Arbitraries.oneOf(file, folder.map(Entry::folder));
        return Arbitraries.maps(mostly(TOP, ODD_TOP), top).ofMaxSize(4);
    }

    @Property(tries = 60)
    void whateverLandsKeepsTheRulesAndGitFsck(@ForAll("trees") Map<String, Entry> tree) throws Exception {
        Path temp = Files.createTempDirectory("veerkracht-receive");
        try (Peer peer = Peer.at(temp.resolve("peer"));
                PlanRepository receiver = PlanRepository.cloneFrom(peer.directory().toString(), temp.resolve("receiver"))) {
            CGit git = new CGit(Files.createDirectories(temp.resolve("home")));
            String tip = peer.commitTree(tree);
            peer.point(tip);

            Optional<String> landed;
            try {
                landed = receiver.fetch(peer.directory().toString(), "GM1674");
            } catch (ReceivedRefusedException e) {
                landed = Optional.empty();
            }

            Statistics.collect(landed.isPresent() ? "landed" : "refused");
            assertEquals(keepsTheRules(tree, ""), landed.isPresent(), () -> tree.toString());
            if (landed.isPresent()) {
                assertEquals(Optional.of(tip), landed);
                for (String line : git.ok(receiver.directory(), "ls-tree", "-r", "-l", tip).lines().toList()) {
                    String[] fields = line.split("\\s+", 5);
                    assertEquals("100644", fields[0], line);
                    assertTrue(LAYOUT.matcher(fields[4]).matches(), line);
                    assertTrue(Long.parseLong(fields[3]) <= TreeRules.Limits.DEFAULT.fileBytes(), line);
                }
            } else {
                String refs = git.ok(receiver.directory(), "for-each-ref", "--format=%(objectname)");
                assertFalse(refs.contains(tip), refs);
                assertNotEquals(0, git.run(receiver.directory(), "cat-file", "-e", tip).exitCode());
            }
            git.assertFsckClean(receiver.directory());
        } finally {
            FileTrees.delete(temp);
        }
    }

    /** Whether the files of {@code entries} under {@code prefix} keep the rules, by the rules as written above. */
    private static boolean keepsTheRules(Map<String, Entry> entries, String prefix) {
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            String path = prefix + entry.getKey();
            Entry value = entry.getValue();
            if (value.mode() == 040000) {
                boolean entityFolder = prefix.isEmpty() && List.of("actions", "needs", "stakeholders", "indicators",
                        "lessons", "scenarios", "tasks").contains(entry.getKey());
                if (!entityFolder || !keepsTheRules(value.entries(), path + "/")) {
                    return false;
                }
            } else if (value.mode() != 0100644 || !LAYOUT.matcher(path).matches()
                    || value.content().length > TreeRules.Limits.DEFAULT.fileBytes()) {
                return false;
            }
        }
        return true;
    }
}
