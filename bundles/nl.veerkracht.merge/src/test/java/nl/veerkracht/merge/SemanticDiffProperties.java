package nl.veerkracht.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff sees every difference, and the diff back is the diff forth mirrored. */
class SemanticDiffProperties {

    @Provide
    Arbitrary<MergeCase> edited() {
        return PlanArbitraries.mergeCases();
    }

    @Property(tries = 10_000)
    void theDiffIsEmptyExactlyWhenTheSnapshotsAreEqual(@ForAll("edited") MergeCase edited) {
        assertEquals(edited.base().equals(edited.ours()), SemanticDiff.between(edited.base(), edited.ours()).isEmpty());
        assertEquals(List.of(), SemanticDiff.between(edited.ours(), edited.ours()).entities());
        for (EntityChange change : SemanticDiff.between(edited.base(), edited.ours()).entities()) {
            assertEquals(change.type() == EntityChange.Type.MODIFIED, !change.fields().isEmpty(), change::toString);
        }
    }

    @Property(tries = 10_000)
    void theDiffBackIsTheDiffForthMirrored(@ForAll("edited") MergeCase edited) {
        List<EntityChange> forth = SemanticDiff.between(edited.base(), edited.ours()).entities();
        List<EntityChange> back = SemanticDiff.between(edited.ours(), edited.base()).entities();

        assertEquals(forth.size(), back.size());
        for (int i = 0; i < forth.size(); i++) {
            EntityChange there = forth.get(i);
            EntityChange returned = back.get(i);
            assertEquals(there.path(), returned.path());
            assertEquals(there.before(), returned.after());
            assertEquals(mirrored(there.fields()), new HashSet<>(returned.fields()));
        }
    }

    private static Set<FieldChange> mirrored(List<FieldChange> changes) {
        Set<FieldChange> mirrored = new HashSet<>();
        for (FieldChange change : changes) {
            FieldChange.Kind kind = switch (change.kind()) {
                case ADDED -> FieldChange.Kind.REMOVED;
                case REMOVED -> FieldChange.Kind.ADDED;
                case MEMBER_ADDED -> FieldChange.Kind.MEMBER_REMOVED;
                case MEMBER_REMOVED -> FieldChange.Kind.MEMBER_ADDED;
                case CHANGED, REORDERED -> change.kind();
            };
            mirrored.add(new FieldChange(change.field(), kind, change.after(), change.before()));
        }
        return mirrored;
    }
}
