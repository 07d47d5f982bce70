package nl.veerkracht.cli.internal;

import java.util.Optional;

import nl.veerkracht.store.HistoryEntry;

/** A commit on one line, as {@code log} prints it: id, date, who (and for which municipality), why. */
public final class HistoryText {

    private HistoryText() {
    }

    public static String line(HistoryEntry entry) {
        return line(entry, entry.municipality());
    }

    /** The line of a commit whose municipality is told otherwise than by its trailer (by its author's e-mail). */
    public static String line(HistoryEntry entry, Optional<String> municipality) {
        String who = entry.author().name() + municipality.map(code -> " (" + code + ")").orElse("");
        return entry.shortId() + "  " + entry.when().toLocalDate() + "  " + who + "  " + entry.subject();
    }
}
