package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two texts compared line by line (longest common subsequence): what a redline of a multi-line field
 * shows, each line kept, struck through or added (the council report), and which lines of two values
 * differ (the desktop client's conflicts). Pure: no Git, no disk.
 */
public final class LineDiff {

    /** One line of the redline. */
    public enum Kind {
        KEPT, REMOVED, ADDED
    }

    /** A line and what happened to it. */
    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    /** The lines of {@code before} and {@code after} in order: removed lines before the lines added in their place. */
    public static List<Line> of(String before, String after) {
        List<String> a = before.isEmpty() ? List.of() : before.lines().toList();
        List<String> b = after.isEmpty() ? List.of() : after.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(new Line(Kind.KEPT, a.get(i++)));
                j++;
            } else if (j == b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        return Collections.unmodifiableList(lines);
    }
}
