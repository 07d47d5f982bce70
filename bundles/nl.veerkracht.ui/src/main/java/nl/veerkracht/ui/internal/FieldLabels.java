package nl.veerkracht.ui.internal;

import java.util.List;

import nl.veerkracht.model.document.FieldPath;

/**
 * A field's label as the form and the conflicts show it: {@code field.<path>} from the texts
 * ({@code field.budget.amount}), else the label of its last name ({@code field.amount}), else its parent's label
 * with the last name ({@code Bijdragen: GM0777}), else the name itself.
 */
final class FieldLabels {

    private FieldLabels() {
    }

    static String of(Texts texts, FieldPath path) {
        String full = texts.get("field." + path);
        if (!full.startsWith("!")) {
            return full;
        }
        List<FieldPath.Segment> segments = path.segments();
        String last = segments.get(segments.size() - 1).name();
        String simple = texts.get("field." + last);
        if (!simple.startsWith("!")) {
            return simple;
        }
        if (segments.size() > 1) {
            return of(texts, DocumentEdits.parent(path)) + ": " + last;
        }
        return last;
    }
}
