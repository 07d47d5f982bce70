package nl.veerkracht.ui.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** A new entity's id, made from its title: the file name a policy officer would choose. */
final class EntityIds {

    private EntityIds() {
    }

    /**
     * {@code "Eén loket voor ondernemers!"} gives {@code een-loket-voor-ondernemers}: lower case, accents
     * dropped, every other character a hyphen, at most 60 characters; {@code -2}, {@code -3} and so on
     * when the id is taken. A title without letters or digits gives {@code nieuw}.
     */
    static String fromTitle(String title, Set<String> taken) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        if (plain.isEmpty()) {
            plain = "nieuw";
        }
        String id = plain;
        for (int n = 2; taken.contains(id); n++) {
            id = plain + "-" + n;
        }
        return id;
    }
}
