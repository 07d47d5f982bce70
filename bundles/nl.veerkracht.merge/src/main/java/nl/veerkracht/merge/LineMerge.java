package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.merge.internal.MyersDiff;

/**
 * The three-way merge of a text line by line (diff3), for multi-line fields such as a description
 * or a vision.
 *
 * <p>Each side is compared with the base (a longest common subsequence of lines, by Myers'
 * algorithm); what a side changed is a list of <em>hunks</em>, each replacing a range of base lines
 * (possibly empty: an insertion) with the side's lines. A hunk of one side and a hunk of the other
 * <em>overlap</em> when their base ranges share a line, or when both insert at the same place. Hunks
 * that overlap nothing are taken as they are; where hunks overlap, the stretch of base they cover is
 * taken if both sides made it the same, and is a conflicting region otherwise. So changes to
 * different lines combine, even next to each other (an insertion just before a line that the other
 * side changed comes before that change), and only changes to the same lines conflict. The result
 * does not depend on which side is "ours" except for the labels of a conflicting region.
 *
 * <p>A line keeps its line feed, so a text with and without a final line feed differ in the last
 * line.
 */
public final class LineMerge {

    private LineMerge() {
    }

    /** Merges {@code ours} and {@code theirs}, two edits of {@code base}. */
    public static Result merge(String base, String ours, String theirs) {
        List<String> baseLines = lines(base);
        List<String> ourLines = lines(ours);
        List<String> theirLines = lines(theirs);
        Map<String, Integer> symbols = new HashMap<>();
        int[] baseSymbols = symbols(baseLines, symbols);
        List<Hunk> hunks = new ArrayList<>();
        hunks.addAll(hunks(Side.OURS, baseSymbols, symbols(ourLines, symbols)));
        hunks.addAll(hunks(Side.THEIRS, baseSymbols, symbols(theirLines, symbols)));
        hunks.sort(Comparator.comparingInt(Hunk::baseFrom).thenComparingInt(Hunk::baseTo)
                .thenComparing(Hunk::side));

        List<Region> regions = new ArrayList<>();
        int position = 0;
        int next = 0;
        while (next < hunks.size()) {
            List<Hunk> cluster = new ArrayList<>();
            cluster.add(hunks.get(next++));
            while (next < hunks.size() && overlapsAny(hunks.get(next), cluster)) {
                cluster.add(hunks.get(next++));
            }
            int from = cluster.stream().mapToInt(Hunk::baseFrom).min().orElseThrow();
            int to = cluster.stream().mapToInt(Hunk::baseTo).max().orElseThrow();
            agree(regions, baseLines.subList(position, from));
            List<String> ourVersion = version(Side.OURS, cluster, baseLines, from, to, ourLines);
            List<String> theirVersion = version(Side.THEIRS, cluster, baseLines, from, to, theirLines);
            boolean oursChanged = cluster.stream().anyMatch(hunk -> hunk.side() == Side.OURS);
            boolean theirsChanged = cluster.stream().anyMatch(hunk -> hunk.side() == Side.THEIRS);
            if (!theirsChanged || ourVersion.equals(theirVersion)) {
                agree(regions, ourVersion);
            } else if (!oursChanged) {
                agree(regions, theirVersion);
            } else {
                regions.add(new Conflicting(baseLines.subList(from, to), ourVersion, theirVersion));
            }
            position = to;
        }
        agree(regions, baseLines.subList(position, baseLines.size()));
        return new Result(regions);
    }

    /** The lines of {@code text}, each with its line feed (the last one may have none). */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, next));
            start = next;
        }
        return lines;
    }

    /** The outcome: regions of agreed lines and, where both sides changed the same lines, conflicts. */
    public record Result(List<Region> regions) {

        public Result {
            regions = List.copyOf(regions);
        }

        public boolean isClean() {
            return regions.stream().allMatch(Agreed.class::isInstance);
        }

        /** The merged text, when no region conflicts. */
        public Optional<String> text() {
            if (!isClean()) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            for (Region region : regions) {
                ((Agreed) region).lines().forEach(text::append);
            }
            return Optional.of(text.toString());
        }
    }

    /** A stretch of the merged text. */
    public sealed interface Region permits Agreed, Conflicting {
    }

    /** Lines that are merged: unchanged, changed on one side, or changed alike on both. */
    public record Agreed(List<String> lines) implements Region {
        public Agreed {
            lines = List.copyOf(lines);
        }
    }

    /** Lines that both sides changed differently: the base's lines and each side's. */
    public record Conflicting(List<String> base, List<String> ours, List<String> theirs) implements Region {
        public Conflicting {
            base = List.copyOf(base);
            ours = List.copyOf(ours);
            theirs = List.copyOf(theirs);
        }
    }

    /** Base lines {@code [baseFrom, baseTo)} replaced by the side's lines {@code [sideFrom, sideTo)}. */
    private record Hunk(Side side, int baseFrom, int baseTo, int sideFrom, int sideTo) {

        boolean overlaps(Hunk other) {
            boolean shareLines = baseFrom < other.baseTo && other.baseFrom < baseTo;
            boolean insertHere = baseFrom == baseTo && other.baseFrom == other.baseTo && baseFrom == other.baseFrom;
            return shareLines || insertHere;
        }
    }

    private static boolean overlapsAny(Hunk hunk, List<Hunk> cluster) {
        for (Hunk member : cluster) {
            if (member.overlaps(hunk)) {
                return true;
            }
        }
        return false;
    }

    private static int[] symbols(List<String> lines, Map<String, Integer> symbols) {
        int[] result = new int[lines.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = symbols.computeIfAbsent(lines.get(i), line -> symbols.size());
        }
        return result;
    }

    private static List<Hunk> hunks(Side side, int[] base, int[] changed) {
        int[] matches = MyersDiff.matches(base, changed);
        List<Hunk> hunks = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < base.length || j < changed.length) {
            if (i < base.length && matches[i] == j) {
                i++;
                j++;
                continue;
            }
            int baseTo = i;
            while (baseTo < base.length && matches[baseTo] < 0) {
                baseTo++;
            }
            int sideTo = baseTo < base.length ? matches[baseTo] : changed.length;
            hunks.add(new Hunk(side, i, baseTo, j, sideTo));
            i = baseTo;
            j = sideTo;
        }
        return hunks;
    }

    /** The base lines {@code [from, to)} as {@code side} has them, after its hunks in the cluster. */
    private static List<String> version(Side side, List<Hunk> cluster, List<String> base, int from, int to,
            List<String> sideLines) {
        List<String> lines = new ArrayList<>();
        int position = from;
        for (Hunk hunk : cluster) {
            if (hunk.side() == side) {
                lines.addAll(base.subList(position, hunk.baseFrom()));
                lines.addAll(sideLines.subList(hunk.sideFrom(), hunk.sideTo()));
                position = hunk.baseTo();
            }
        }
        lines.addAll(base.subList(position, to));
        return lines;
    }

    private static void agree(List<Region> regions, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (!regions.isEmpty() && regions.get(regions.size() - 1) instanceof Agreed previous) {
            List<String> joined = new ArrayList<>(previous.lines());
            joined.addAll(lines);
            regions.set(regions.size() - 1, new Agreed(joined));
        } else {
            regions.add(new Agreed(lines));
        }
    }
}
