package nl.veerkracht.cli.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;

/** A plan document as JSON: maps as objects, lists as arrays, numbers as numbers, codes as strings. */
public final class NodeJson {

    private NodeJson() {
    }

    public static JsonValue of(Optional<Node> node) {
        return node.map(NodeJson::of).orElse(JsonValue.NULL);
    }

    public static JsonValue of(Node node) {
        if (node instanceof MapNode map) {
            JsonObjectBuilder object = JsonOutput.object();
            map.entries().forEach((key, value) -> object.add(key, of(value)));
            return object.build();
        }
        if (node instanceof ListNode list) {
            JsonArrayBuilder array = JsonOutput.array();
            list.items().forEach(item -> array.add(of(item)));
            return array.build();
        }
        ScalarNode scalar = (ScalarNode) node;
        return switch (scalar.type()) {
            case STRING -> JsonOutput.value(scalar.text());
            case INTEGER -> JsonOutput.value(new BigInteger(scalar.text()));
            case DECIMAL -> JsonOutput.value(new BigDecimal(scalar.text()));
            case BOOLEAN -> Boolean.parseBoolean(scalar.text()) ? JsonValue.TRUE : JsonValue.FALSE;
            case NULL -> JsonValue.NULL;
        };
    }
}
