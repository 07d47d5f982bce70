package nl.veerkracht.cli.internal;

import java.io.PrintStream;
import java.io.StringWriter;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/** Machine output ({@code --format json}): one JSON document, pretty printed, on standard output. */
public final class JsonOutput {

    private JsonOutput() {
    }

    public static void print(PrintStream out, JsonValue value) {
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(value);
        }
        out.println(text.toString().strip());
    }
}
