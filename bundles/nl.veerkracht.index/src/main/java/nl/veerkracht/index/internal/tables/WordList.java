package nl.veerkracht.index.internal.tables;

import java.util.List;

/**
 * A list kept in one column of its entity's row: its items separated by single spaces, null when it
 * is empty. Used for lists whose items are codes or ids (lowercase {@code [a-z0-9-]}, a region's ids
 * with a municipality code in front), which never hold a space. A row per item in a table of its own
 * cost a national rebuild about a third of its time; an item is still found with
 * {@code concat(' ', column, ' ') like '% item %'} ({@link #containing(String)}).
 */
public final class WordList {

    private static final String SEPARATOR = " ";

    private WordList() {
    }

    /** The column value of {@code items}: null for none. */
    public static String join(List<String> items) {
        items.forEach(WordList::requireWord);
        return items.isEmpty() ? null : String.join(SEPARATOR, items);
    }

    /** The items of a column value, in the order they were joined. */
    public static List<String> split(String column) {
        return column == null ? List.of() : List.of(column.split(SEPARATOR));
    }

    /**
     * The LIKE pattern that finds {@code item}, a code or id (so without {@code %} or {@code _}), in
     * {@code concat(' ', column, ' ')}.
     */
    public static String containing(String item) {
        return "%" + SEPARATOR + requireWord(item) + SEPARATOR + "%";
    }

    private static String requireWord(String item) {
        if (item.isEmpty() || item.contains(SEPARATOR)) {
            throw new IllegalArgumentException("not a code or id: '" + item + "'");
        }
        return item;
    }
}
