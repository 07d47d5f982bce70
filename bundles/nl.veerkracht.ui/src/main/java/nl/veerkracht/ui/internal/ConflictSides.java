package nl.veerkracht.ui.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.merge.LineDiff;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Shape;

/**
 * The three values of a conflict as the conflict dialog shows them side by side (the version both had,
 * ours, theirs) with, for each, the lines that differ from the others marked; and whether a value can be
 * typed for it. Pure: no widgets.
 */
final class ConflictSides {

    /**
     * One side: its text, and the indexes of its lines that the other side (or, for the base, either side)
     * does not have.
     */
    record Side(Optional<String> text, List<Integer> marked) {
        Side {
            marked = List.copyOf(marked);
        }
    }

    private ConflictSides() {
    }

    /** How a value reads: a text as it is (line by line), a list one item a line, the whole entity as its file. */
    static Optional<String> text(FieldConflict conflict, Optional<Node> value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (conflict.field().isRoot()) {
            try {
                return Optional.of(new String(PlanFiles.write(conflict.path(), value.get()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Optional.of(DocumentEdits.text(value));
            }
        }
        return Optional.of(DocumentEdits.lines(value));
    }

    /** The base, ours and theirs, each with the lines marked that differ. */
    static List<Side> sides(FieldConflict conflict) {
        Optional<String> base = text(conflict, conflict.base());
        Optional<String> ours = text(conflict, conflict.ours());
        Optional<String> theirs = text(conflict, conflict.theirs());
        List<Integer> baseMarked = new ArrayList<>(changedLines(ours.orElse(""), base.orElse("")));
        changedLines(theirs.orElse(""), base.orElse("")).stream().filter(line -> !baseMarked.contains(line))
                .forEach(baseMarked::add);
        baseMarked.sort(null);
        return List.of(new Side(base, baseMarked),
                new Side(ours, changedLines(theirs.orElse(""), ours.orElse(""))),
                new Side(theirs, changedLines(ours.orElse(""), theirs.orElse(""))));
    }

    /** The indexes of the lines of {@code text} that {@code other} does not have (longest common subsequence). */
    static List<Integer> changedLines(String other, String text) {
        List<Integer> changed = new ArrayList<>();
        int line = 0;
        for (LineDiff.Line compared : LineDiff.of(other, text)) {
            if (compared.kind() == LineDiff.Kind.ADDED) {
                changed.add(line);
            }
            if (compared.kind() != LineDiff.Kind.REMOVED) {
                line++;
            }
        }
        return changed;
    }

    /** The field's shape in the schema, if it has one there. */
    static Optional<Shape> shape(FieldConflict conflict) {
        return EntityKind.ofPath(conflict.path()).flatMap(kind -> Schema.at(Schema.of(kind), conflict.field()));
    }

    /** Whether a value of its own can be typed for the conflict: a field holding one value (a text, a number, a date, ...). */
    static boolean canBeTyped(FieldConflict conflict) {
        return !conflict.field().isRoot() && shape(conflict).orElse(null) instanceof ScalarShape;
    }

    /** Whether the field holds text over more lines (a description), typed in a field of more lines. */
    static boolean isMultiline(FieldConflict conflict) {
        return shape(conflict).orElse(null) instanceof ScalarShape scalar && scalar.isMultiline();
    }
}
