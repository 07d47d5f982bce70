package nl.veerkracht.index.internal.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the index holds about one entity, field by field, as text: what {@code index verify} compares
 * between the index and a fresh read of the repository. Absent values and empty lists are left out;
 * list items are sorted, since the index keeps the items of a list, not their order in the file;
 * numbers are written without trailing zeros, so that 15000 and 15000.0000000000 are the same fact.
 */
public final class Facts {

    private final SortedMap<String, String> facts = new TreeMap<>();

    /** Records {@code value} under {@code name}, unless it is null. */
    public Facts put(String name, Object value) {
        if (value != null) {
            facts.put(name, text(value));
        }
        return this;
    }

    /** Records the items of a list under {@code name}, sorted, unless it is empty. */
    public Facts list(String name, Collection<?> items) {
        if (items != null && !items.isEmpty()) {
            List<String> texts = new ArrayList<>();
            for (Object item : items) {
                texts.add(text(item));
            }
            Collections.sort(texts);
            facts.put(name, String.join(" | ", texts));
        }
        return this;
    }

    public SortedMap<String, String> asMap() {
        return Collections.unmodifiableSortedMap(facts);
    }

    /**
     * One item of a list of structures, as {@code name=value; name=value} over the pairs given
     * ({@code "id", id, "title", title}), absent values left out.
     */
    public static String item(Object... namesAndValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                if (text.length() > 0) {
                    text.append("; ");
                }
                text.append(namesAndValues[i]).append('=').append(text(namesAndValues[i + 1]));
            }
        }
        return text.toString();
    }

    /** A value as the facts write it: numbers without trailing zeros, dates as yyyy-mm-dd. */
    public static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
