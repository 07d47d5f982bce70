package nl.veerkracht.merge.internal;

import java.util.Arrays;

/**
 * A longest common subsequence of two sequences of symbols, by Myers' O(ND) algorithm in linear
 * space ("An O(ND) Difference Algorithm and Its Variations", 1986, section 4b): the middle snake of
 * an optimal edit path is found by searching from both ends at once, and the halves before and after
 * it are solved the same way. Common prefixes and suffixes are matched first, which is where most of
 * a plan text's lines are.
 */
public final class MyersDiff {

    private final int[] a;
    private final int[] b;
    private final int[] matches;

    private MyersDiff(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.matches = new int[a.length];
        Arrays.fill(matches, -1);
    }

    /**
     * Matches the symbols of {@code a} with equal symbols of {@code b}, in order, as many as possible.
     *
     * @return for each index of {@code a} the index of {@code b} it is matched with, or -1; the matched
     *         indexes increase strictly
     */
    public static int[] matches(int[] a, int[] b) {
        MyersDiff diff = new MyersDiff(a, b);
        diff.compare(0, a.length, 0, b.length);
        return diff.matches;
    }

    private void compare(int aFrom, int aTo, int bFrom, int bTo) {
        while (aFrom < aTo && bFrom < bTo && a[aFrom] == b[bFrom]) {
            matches[aFrom++] = bFrom++;
        }
        while (aFrom < aTo && bFrom < bTo && a[aTo - 1] == b[bTo - 1]) {
            matches[--aTo] = --bTo;
        }
        if (aFrom == aTo || bFrom == bTo) {
            return;
        }
        int[] snake = middleSnake(aFrom, aTo, bFrom, bTo);
        compare(aFrom, snake[0], bFrom, snake[1]);
        for (int x = snake[0], y = snake[1]; x < snake[2]; x++, y++) {
            matches[x] = y;
        }
        compare(snake[2], aTo, snake[3], bTo);
    }

    /**
     * The middle snake of an optimal path from (aFrom, bFrom) to (aTo, bTo), as absolute
     * {x, y, u, v}: the diagonal run from (x, y) to (u, v). Both halves around it need fewer edits
     * than the whole, so the recursion ends.
     */
    private int[] middleSnake(int aFrom, int aTo, int bFrom, int bTo) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int delta = n - m;
        boolean odd = (delta & 1) != 0;
        int max = (n + m + 1) / 2;
        int offset = max + 1;
        // forward[k]: furthest x on diagonal k = x - y from the start;
        // backward[k]: furthest x on diagonal k of the reversed sequences, from the end.
        int[] forward = new int[2 * max + 3];
        int[] backward = new int[2 * max + 3];
        for (int d = 0; d <= max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && forward[offset + k - 1] < forward[offset + k + 1])
                        ? forward[offset + k + 1]
                        : forward[offset + k - 1] + 1;
                int y = x - k;
                int startX = x;
                int startY = y;
                while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
                    x++;
                    y++;
                }
                forward[offset + k] = x;
                int reversed = delta - k;
                if (odd && reversed >= -(d - 1) && reversed <= d - 1 && x + backward[offset + reversed] >= n) {
                    return new int[] {aFrom + startX, bFrom + startY, aFrom + x, bFrom + y};
                }
            }
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && backward[offset + k - 1] < backward[offset + k + 1])
                        ? backward[offset + k + 1]
                        : backward[offset + k - 1] + 1;
                int y = x - k;
                int startX = x;
                int startY = y;
                while (x < n && y < m && a[aTo - 1 - x] == b[bTo - 1 - y]) {
                    x++;
                    y++;
                }
                backward[offset + k] = x;
                int ahead = delta - k;
                if (!odd && ahead >= -d && ahead <= d && x + forward[offset + ahead] >= n) {
                    return new int[] {aFrom + n - x, bFrom + m - y, aFrom + n - startX, bFrom + m - startY};
                }
            }
        }
        throw new IllegalStateException("no middle snake between two non-empty sequences");
    }
}
