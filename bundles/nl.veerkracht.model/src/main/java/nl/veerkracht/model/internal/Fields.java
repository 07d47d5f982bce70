package nl.veerkracht.model.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.veerkracht.model.Vocabulary;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/**
 * Typed access to a map that {@link ShapeChecker} has cleaned: every value that is there is valid for
 * its field, so nothing here checks again.
 */
final class Fields {

    private final MapNode map;

    Fields(MapNode map) {
        this.map = map;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Optional<String> text(String key) {
        return scalar(key).map(ScalarNode::text);
    }

    /** A field the schema requires; a cleaned map that is bound has it. */
    String required(String key) {
        return text(key).orElseThrow(() -> new IllegalStateException("bound without " + key));
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(Values::date);
    }

    Optional<Long> amount(String key) {
        return text(key).flatMap(text -> Values.whole(text, Long.MAX_VALUE));
    }

    Optional<Integer> whole(String key) {
        return text(key).flatMap(text -> Values.whole(text, Integer.MAX_VALUE)).map(Long::intValue);
    }

    Optional<BigDecimal> number(String key) {
        return text(key).flatMap(Values::number);
    }

    Optional<Boolean> bool(String key) {
        return text(key).map(Boolean::parseBoolean);
    }

    <E extends Enum<E> & Vocabulary> Optional<E> choice(String key, Class<E> vocabulary) {
        return text(key).flatMap(code -> Vocabulary.fromCode(vocabulary, code));
    }

    <E extends Enum<E> & Vocabulary> E requiredChoice(String key, Class<E> vocabulary) {
        return choice(key, vocabulary).orElseThrow(() -> new IllegalStateException("bound without " + key));
    }

    List<String> texts(String key) {
        return items(key).stream().map(item -> ((ScalarNode) item).text()).toList();
    }

    <E extends Enum<E> & Vocabulary> List<E> choices(String key, Class<E> vocabulary) {
        return texts(key).stream().map(code -> Vocabulary.fromCode(vocabulary, code).orElseThrow()).toList();
    }

    List<Fields> maps(String key) {
        return items(key).stream().map(item -> new Fields((MapNode) item)).toList();
    }

    Optional<Fields> map(String key) {
        return Optional.ofNullable(map.entries().get(key)).map(node -> new Fields((MapNode) node));
    }

    Map<String, Long> amounts(String key) {
        Map<String, Long> amounts = new TreeMap<>();
        map(key).ifPresent(dictionary -> dictionary.map.entries()
                .forEach((code, value) -> amounts.put(code, Long.parseLong(((ScalarNode) value).text()))));
        return amounts;
    }

    /** A dictionary of texts, such as an indicator's {@code dimensions}, sorted by key. */
    Map<String, String> textsByKey(String key) {
        Map<String, String> texts = new TreeMap<>();
        map(key).ifPresent(dictionary -> dictionary.map.entries()
                .forEach((name, value) -> texts.put(name, ((ScalarNode) value).text())));
        return texts;
    }

    private Optional<ScalarNode> scalar(String key) {
        Node node = map.entries().get(key);
        return node instanceof ScalarNode scalar ? Optional.of(scalar) : Optional.empty();
    }

    private List<Node> items(String key) {
        Node node = map.entries().get(key);
        return node instanceof ListNode list ? list.items() : List.of();
    }
}
