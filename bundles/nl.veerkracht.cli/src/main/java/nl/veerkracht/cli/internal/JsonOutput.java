package nl.veerkracht.cli.internal;

import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;

/**
 * Machine output ({@code --format json}): one JSON document, pretty printed, on standard output; and
 * the builders every command makes its document with.
 *
 * <p>The JSON provider is looked up once. {@code jakarta.json.Json.createObjectBuilder()} and its kin
 * look it up on every call, which inside OSGi goes through the service loader and SPI Fly and reads the
 * bundles' {@code META-INF/services}: an answer of 100,000 actions spent 15 of its 21 seconds there.
 */
public final class JsonOutput {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonWriterFactory PRETTY = PROVIDER
            .createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonOutput() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return PROVIDER.createArrayBuilder(values);
    }

    public static JsonString value(String value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(BigInteger value) {
        return PROVIDER.createValue(value);
    }

    public static JsonNumber value(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    /**
     * Prints {@code value} pretty. Besides the C0 controls, which the generator escapes as JSON requires, DEL, the
     * C1 controls and the bidirectional controls are written as escapes too ({@link TerminalText#json}), so that
     * the document shows nothing raw on a terminal and still parses to exactly the same values.
     *
     * <p>The document is printed in one piece, as text whose line feeds are its own (the generator writes
     * {@code \n} and nothing else between the values): a line at a time would flush standard output once per
     * line, which an answer of 100,000 actions would feel.
     */
    public static void print(PrintStream out, JsonValue value) {
        StringWriter text = new StringWriter();
        try (var writer = PRETTY.createWriter(text)) {
            writer.write(value);
        }
        out.print(TerminalText.json(text.toString().strip()));
        out.println();
    }
}
