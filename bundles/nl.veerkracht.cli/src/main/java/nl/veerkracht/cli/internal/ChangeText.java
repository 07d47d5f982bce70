package nl.veerkracht.cli.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.veerkracht.merge.EntityChange;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.InlineText;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/**
 * Changes as a policy officer reads them: "actie Terrassen verruimen: budget.amount 10000 -> 15000;
 * term short -> medium", entities named by kind and title rather than by file.
 */
public final class ChangeText {

    private final Messages messages;

    public ChangeText(Messages messages) {
        this.messages = messages;
    }

    /** One line for one entity: {@code actie Terrassen verruimen: budget.amount 10000 -> 15000}. */
    public String entity(EntityChange change) {
        Optional<Node> document = change.after().isPresent() ? change.after() : change.before();
        String label = label(change.path(), document);
        return switch (change.type()) {
            case ADDED -> messages.text("change.added", label);
            case REMOVED -> messages.text("change.removed", label);
            case MODIFIED -> label + ": " + fields(change.fields());
        };
    }

    /** The field changes of one entity, separated by semicolons. */
    public String fields(List<FieldChange> changes) {
        return changes.stream().map(this::field).collect(Collectors.joining("; "));
    }

    public String field(FieldChange change) {
        Optional<String> observation = observation(change);
        if (observation.isPresent()) {
            return observation.get();
        }
        String name = change.field().isRoot() ? messages.text("change.wholeEntity") : change.field().toString();
        return switch (change.kind()) {
            case MEMBER_ADDED -> name + " +" + value(change.after());
            case MEMBER_REMOVED -> name + " -" + value(change.before());
            case REORDERED -> name + " " + messages.text("change.reordered");
            default -> isText(change.before()) || isText(change.after())
                    ? name + " " + messages.text("change.textChanged")
                    : name + " " + value(change.before()) + " -> " + value(change.after());
        };
    }

    /** A whole observation added or removed: {@code +2026-06: 118}, rather than its fields one by one. */
    private Optional<String> observation(FieldChange change) {
        if (change.field().segments().size() != 1
                || !(change.field().segments().get(0) instanceof nl.veerkracht.model.document.FieldPath.Element)) {
            return Optional.empty();
        }
        Optional<Node> row = change.kind() == FieldChange.Kind.ADDED ? change.after()
                : change.kind() == FieldChange.Kind.REMOVED ? change.before() : Optional.empty();
        if (row.isPresent() && row.get() instanceof MapNode map && map.get("period").isPresent()
                && map.get("value").isPresent()) {
            String sign = change.kind() == FieldChange.Kind.ADDED ? "+" : "-";
            return Optional.of(sign + inline(map.get("period").get()) + ": " + inline(map.get("value").get()));
        }
        return Optional.empty();
    }

    /** "actie Terrassen verruimen": the kind of entity in words and its title (or id). */
    public String label(String path, Optional<Node> document) {
        Optional<EntityKind> kind = EntityKind.ofPath(path);
        String noun = kind.map(k -> messages.text("kind." + k.name().toLowerCase())).orElse(messages.text("kind.file"));
        String id = EntityKind.idOf(path).orElse(path);
        String title = document.flatMap(InlineText::title).orElse(id);
        return noun + " " + title;
    }

    private static boolean isText(Optional<Node> value) {
        return value.isPresent() && value.get() instanceof ScalarNode scalar && scalar.isMultiline();
    }

    /** A value in one short line: {@code 15000}, {@code short}, {@code [a, b]}, {@code {id: x, target: 120}}. */
    public String value(Optional<Node> value) {
        return value.map(this::inline).orElse(messages.text("change.none"));
    }

    private String inline(Node node) {
        return InlineText.of(node, messages.text("change.none"));
    }
}
