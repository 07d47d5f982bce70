package nl.veerkracht.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.veerkracht.junit.Documents;
import nl.veerkracht.merge.internal.ListShape;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;

/**
 * One random edit of a plan, as a user makes them: it picks an entity ({@code entity}), a place in
 * it of the kind the operation needs ({@code spot}, counted in document order, modulo the number of
 * such places) and what to put there ({@code choice}, from small vocabularies). An edit with no place
 * to act on changes nothing. Small numbers shrink to simple edits.
 */
record PlanEdit(Operation operation, int entity, int spot, int choice) {

    /** What an edit does. */
    enum Operation {
        /** Sets a one-line scalar (not an element's key) to another value. */
        SET_SCALAR,
        /** Replaces, inserts or deletes one line of a multi-line text. */
        EDIT_TEXT,
        /** Adds a value to a list that is a set, somewhere in it. */
        SET_ADD,
        /** Removes a value from a set. */
        SET_REMOVE,
        /** Adds an element with a new key to a keyed list, somewhere in it. */
        ELEMENT_ADD,
        /** Removes an element of a keyed list. */
        ELEMENT_REMOVE,
        /** Removes a field (not an element's key). */
        FIELD_REMOVE,
        /** Adds a field to a map, or sets it when it exists, possibly to another type. */
        FIELD_ADD,
        /** Moves an item of a list to its front. */
        REORDER,
        /** Adds a new shared action. */
        ENTITY_ADD,
        /** Deletes an entity file. */
        ENTITY_DELETE
    }

    static final List<String> WORDS = List.of("short", "medium", "long", "running", "done", "J. de Vries",
            "A. Jansen", "economische-zaken", "2026-05-01");
    static final List<Long> NUMBERS = List.of(0L, 2L, 7L, 40L, 10000L, 15000L, 20000L);
    static final List<String> TEXT_LINES = List.of("Ondernemers krijgen één loket.", "We meten elk kwartaal.",
            "Samen met KHN Breda.", "Extra aandacht voor de binnenstad.");
    static final List<String> SET_VALUES = List.of("innovatie", "digitalisering", "circulariteit",
            "energietransitie", "GM0758", "GM0777", "GM0826", "liquiditeit-horeca");
    static final List<String> FIELD_NAMES = List.of("lead", "progress", "end", "toelichting", "GM0826");
    static final List<String> NEW_ACTIONS = List.of("GM0758-nieuw-loket", "GM0777-vouchers");
    static final Map<String, List<String>> NEW_KEYS = Map.of(
            "id", List.of("persbericht", "extra-loket", "bezoekers-binnenstad", "terrassen-vergund"),
            "code", List.of("GM0826", "GM0748", "GM0777"),
            "period", List.of("2026-Q2", "2026-Q3", "2026-Q4"),
            "role", List.of("woordvoerder", "secretaris"));

    PlanSnapshot applyTo(PlanSnapshot snapshot) {
        if (operation == Operation.ENTITY_ADD) {
            String id = RegionalPlans.pick(NEW_ACTIONS, entity);
            String path = "actions/" + id + ".yaml";
            return snapshot.contains(path) ? snapshot : snapshot.with(path, RegionalPlans.newAction(id, choice));
        }
        List<String> paths = new ArrayList<>(snapshot.documents().keySet());
        if (paths.isEmpty()) {
            return snapshot;
        }
        String path = RegionalPlans.pick(paths, entity);
        if (operation == Operation.ENTITY_DELETE) {
            return snapshot.without(path);
        }
        Node document = snapshot.document(path).orElseThrow();
        List<Spot> spots = spots(document).stream().filter(this::fits).toList();
        if (spots.isEmpty()) {
            return snapshot;
        }
        Spot chosen = RegionalPlans.pick(spots, spot);
        return replace(document, chosen.steps(), 0, this::change)
                .map(edited -> snapshot.with(path, edited))
                .orElseGet(() -> snapshot.without(path));
    }

    @Override
    public String toString() {
        return operation + "(" + entity + "," + spot + "," + choice + ")";
    }

    /** A place in a document: the keys and indexes leading to it. */
    private record Spot(List<Object> steps, Node node, boolean isKey) {
    }

    private boolean fits(Spot place) {
        Node node = place.node();
        boolean field = !place.steps().isEmpty() && place.steps().get(place.steps().size() - 1) instanceof String
                && !place.isKey();
        return switch (operation) {
            case SET_SCALAR -> node instanceof ScalarNode scalar && !scalar.isMultiline() && !place.isKey();
            case EDIT_TEXT -> node instanceof ScalarNode scalar && scalar.isMultiline();
            case SET_ADD -> node instanceof ListNode list && (list.size() == 0 || keyField(list).isEmpty());
            case SET_REMOVE -> node instanceof ListNode list && list.size() > 0 && keyField(list).isEmpty();
            case ELEMENT_ADD, ELEMENT_REMOVE -> node instanceof ListNode list && keyField(list).isPresent();
            case FIELD_REMOVE -> field;
            case FIELD_ADD -> node instanceof MapNode;
            case REORDER -> node instanceof ListNode list && list.size() > 1;
            case ENTITY_ADD, ENTITY_DELETE -> false;
        };
    }

    private Optional<Node> change(Node node) {
        return switch (operation) {
            case SET_SCALAR -> Optional.of(otherScalar((ScalarNode) node));
            case EDIT_TEXT -> Optional.of(editLine((ScalarNode) node));
            case SET_ADD -> Optional.of(addMember((ListNode) node));
            case SET_REMOVE, ELEMENT_REMOVE -> Optional.of(remove((ListNode) node, choice));
            case ELEMENT_ADD -> Optional.of(addElement((ListNode) node));
            case FIELD_REMOVE -> Optional.empty();
            case FIELD_ADD -> Optional.of(((MapNode) node).with(RegionalPlans.pick(FIELD_NAMES, choice),
                    choice / 5 % 2 == 0 ? ScalarNode.string(RegionalPlans.pick(WORDS, choice / 10))
                            : ScalarNode.integer(RegionalPlans.pick(NUMBERS, choice / 10))));
            case REORDER -> Optional.of(moveToFront((ListNode) node));
            case ENTITY_ADD, ENTITY_DELETE -> Optional.of(node);
        };
    }

    private ScalarNode otherScalar(ScalarNode scalar) {
        return switch (scalar.type()) {
            case INTEGER, DECIMAL -> ScalarNode.integer(RegionalPlans.pick(NUMBERS, choice));
            case BOOLEAN -> ScalarNode.bool(!Boolean.parseBoolean(scalar.text()));
            default -> ScalarNode.string(RegionalPlans.pick(WORDS, choice));
        };
    }

    private ScalarNode editLine(ScalarNode text) {
        List<String> lines = new ArrayList<>(LineMerge.lines(text.text()));
        int at = Math.floorMod(choice / 3, lines.size());
        String line = RegionalPlans.pick(TEXT_LINES, choice / 7) + "\n";
        switch (choice % 3) {
            case 0 -> lines.set(at, line);
            case 1 -> lines.add(at, line);
            default -> {
                if (lines.size() > 1) {
                    lines.remove(at);
                }
            }
        }
        return ScalarNode.string(String.join("", lines));
    }

    private ListNode addMember(ListNode list) {
        Node member = list.size() > 0 && list.items().get(0) instanceof MapNode
                ? Documents.map("date", "2026-0" + (4 + choice % 5) + "-01", "topic",
                        RegionalPlans.pick(List.of("Terrasseizoen", "Energiekosten", "Evaluatie"), choice / 5))
                : ScalarNode.string(RegionalPlans.pick(SET_VALUES, choice));
        if (list.items().contains(member)) {
            return list;
        }
        return insert(list, member);
    }

    private ListNode addElement(ListNode list) {
        String keyField = keyField(list).orElseThrow();
        String key = RegionalPlans.pick(NEW_KEYS.get(keyField), choice / 5);
        if (ListShape.byKey(list, keyField).containsKey(key)) {
            return list;
        }
        MapNode template = (MapNode) RegionalPlans.pick(list.items(), choice);
        return insert(list, template.with(keyField, ScalarNode.string(key)));
    }

    private ListNode insert(ListNode list, Node item) {
        List<Node> items = new ArrayList<>(list.items());
        items.add(Math.floorMod(choice / 13, items.size() + 1), item);
        return ListNode.of(items);
    }

    private static ListNode remove(ListNode list, int choice) {
        List<Node> items = new ArrayList<>(list.items());
        items.remove(Math.floorMod(choice, items.size()));
        return ListNode.of(items);
    }

    private ListNode moveToFront(ListNode list) {
        List<Node> items = new ArrayList<>(list.items());
        int from = Math.floorMod(choice, items.size());
        items.add(0, items.remove(from == 0 ? 1 : from));
        return ListNode.of(items);
    }

    private static Optional<String> keyField(ListNode list) {
        return list.size() == 0 ? Optional.empty() : ListShape.commonKeyField(list);
    }

    private static List<Spot> spots(Node document) {
        List<Spot> spots = new ArrayList<>();
        visit(document, new ArrayList<>(), false, null, spots);
        return spots;
    }

    private static void visit(Node node, List<Object> steps, boolean isKey, String elementKey, List<Spot> spots) {
        spots.add(new Spot(List.copyOf(steps), node, isKey));
        if (node instanceof MapNode map) {
            for (Map.Entry<String, Node> entry : map.entries().entrySet()) {
                steps.add(entry.getKey());
                visit(entry.getValue(), steps, entry.getKey().equals(elementKey), null, spots);
                steps.remove(steps.size() - 1);
            }
        } else if (node instanceof ListNode list) {
            String key = keyField(list).orElse(null);
            for (int i = 0; i < list.size(); i++) {
                steps.add(i);
                visit(list.items().get(i), steps, false, key, spots);
                steps.remove(steps.size() - 1);
            }
        }
    }

    private static Optional<Node> replace(Node node, List<Object> steps, int depth,
            Function<Node, Optional<Node>> change) {
        if (depth == steps.size()) {
            return change.apply(node);
        }
        Object step = steps.get(depth);
        if (step instanceof String key) {
            MapNode map = (MapNode) node;
            Optional<Node> child = replace(map.get(key).orElseThrow(), steps, depth + 1, change);
            return Optional.of(child.map(value -> map.with(key, value)).orElseGet(() -> map.without(key)));
        }
        int index = (Integer) step;
        List<Node> items = new ArrayList<>(((ListNode) node).items());
        Optional<Node> child = replace(items.get(index), steps, depth + 1, change);
        if (child.isPresent()) {
            items.set(index, child.get());
        } else {
            items.remove(index);
        }
        return Optional.of(ListNode.of(items));
    }
}
