package nl.veerkracht.monitor.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import nl.veerkracht.monitor.MonitorProblem;

/**
 * Finds what a user typed among a CBS list (topics, dimensions, categories, regions), by key or by title:
 * first exactly (a key compared without CBS's padding spaces), then ignoring case and surrounding spaces.
 */
final class Choices {

    /** One entry of a CBS list: its key as CBS writes it (padded or not), its title, and its status, if any. */
    record Item(String key, String title, String status) {
    }

    private Choices() {
    }

    /**
     * The one item meant by {@code typed}.
     *
     * @param what what is looked for, for the message: {@code measure}, {@code dimension}, a dimension's title
     * @throws ResolveFailure {@code noMatch} with the closest titles, or {@code manyMatches}
     */
    static Item resolve(String file, CbsRequest.Typed typed, String what, List<Item> items) throws ResolveFailure {
        String text = typed.text().trim();
        for (Predicate<Item> test : List.<Predicate<Item>>of(
                item -> item.key().trim().equals(text),
                item -> item.title().trim().equals(text),
                item -> item.key().trim().equalsIgnoreCase(text) || item.title().trim().equalsIgnoreCase(text))) {
            List<Item> found = items.stream().filter(test).toList();
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.size() > 1) {
                throw new ResolveFailure(MonitorProblem.of("manyMatches", file, typed.at().line(),
                        typed.at().column(), what, typed.text(),
                        String.join(", ", found.stream().map(item -> item.key().trim() + " (" + item.title() + ")")
                                .toList())));
            }
        }
        throw new ResolveFailure(MonitorProblem.of("noMatch", file, typed.at().line(), typed.at().column(), what,
                typed.text(), closest(text, items)));
    }

    /** The three titles closest to {@code text}, each with its key, for a message. */
    static String closest(String text, List<Item> items) {
        String lower = text.toLowerCase(Locale.ROOT);
        return String.join(", ", items.stream()
                .sorted(Comparator.comparingInt((Item item) -> Math.min(
                        distance(lower, item.title().trim().toLowerCase(Locale.ROOT)),
                        distance(lower, item.key().trim().toLowerCase(Locale.ROOT))))
                        .thenComparing(Item::title))
                .limit(3).map(item -> "'" + item.title().trim() + "' (" + item.key().trim() + ")").toList());
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
