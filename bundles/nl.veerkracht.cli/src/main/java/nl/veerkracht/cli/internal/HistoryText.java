package nl.veerkracht.cli.internal;

import nl.veerkracht.store.HistoryEntry;

/** A commit on one line, as {@code log} prints it: id, date, who (and for which municipality), why. */
public final class HistoryText {

    private HistoryText() {
    }

    public static String line(HistoryEntry entry) {
        String who = entry.author().name() + entry.municipality().map(code -> " (" + code + ")").orElse("");
        return entry.shortId() + "  " + entry.when().toLocalDate() + "  " + who + "  " + entry.subject();
    }
}
