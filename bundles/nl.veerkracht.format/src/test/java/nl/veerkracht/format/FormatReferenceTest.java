package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.schema.Field;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.ProblemMessages;

/** FORMAT-REFERENCE.md, the format's documentation, names every field of the schema and every message. */
class FormatReferenceTest {

    private static String reference() throws IOException {
        return Files.readString(Path.of("FORMAT-REFERENCE.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyFieldOfEveryFileIsDocumented() throws IOException {
        String reference = reference();
        Set<String> undocumented = new TreeSet<>();
        for (EntityKind kind : EntityKind.values()) {
            for (String field : fields(Schema.of(kind), "")) {
                if (!reference.contains("`" + field + "`")) {
                    undocumented.add(kind + " " + field);
                }
            }
        }
        assertEquals(Set.of(), undocumented);
    }

    @Test
    void everyProblemIsDocumented() throws IOException {
        String reference = reference();
        Set<String> undocumented = new TreeSet<>();
        for (String key : ProblemMessages.keys(Language.EN)) {
            if (!key.equals("alternatives.or") && !reference.contains("`" + key + "`")) {
                undocumented.add(key);
            }
        }
        assertEquals(Set.of(), undocumented);
    }

    /** The paths of the fields of the maps in {@code shape}: {@code budget.lines[].amount}; rows of a CSV by column. */
    private static List<String> fields(Shape shape, String prefix) {
        List<String> fields = new ArrayList<>();
        if (shape instanceof MapShape map) {
            for (Field field : map.fields()) {
                String path = prefix + field.name();
                fields.add(path);
                if (field.shape() instanceof MapShape) {
                    fields.addAll(fields(field.shape(), path + "."));
                } else if (field.shape() instanceof ListShape list) {
                    fields.addAll(fields(list.element(), path + "[]."));
                }
            }
        } else if (shape instanceof ListShape list) {
            fields.addAll(fields(list.element(), ""));
        }
        return fields;
    }
}
