package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.validation.Language;

class TextsTest {

    @Test
    void dutchAndEnglishHaveTheSameTexts() throws IOException {
        assertEquals(keys("texts.properties"), keys("texts_en.properties"));
    }

    @Test
    void dutchIsTheDefaultWhateverTheJvmsLocaleAndEnglishIsAsked() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.ENGLISH);
            assertEquals("Tienpuntencheck", Texts.of(Language.NL).get("tab.scorecard"));
            assertEquals("Ten-point check", Texts.of(Language.EN).get("tab.scorecard"));
            assertEquals("Scenario's", Texts.of(Language.NL).get("kind.scenario"));
            assertEquals("3 problemen", Texts.of(Language.NL).get("tree.problems", 3));
            assertEquals("1 problem", Texts.of(Language.EN).get("tree.problems", 1));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void everyFieldOfTheSchemaHasALabelSoNoFormShowsARawKey() throws IOException {
        Set<String> labels = keys("texts.properties");
        Set<String> missing = new TreeSet<>();
        for (nl.veerkracht.model.EntityKind kind : nl.veerkracht.model.EntityKind.values()) {
            if (kind == nl.veerkracht.model.EntityKind.PLAN) {
                for (nl.veerkracht.model.PlanKind plan : nl.veerkracht.model.PlanKind.values()) {
                    fieldNames(nl.veerkracht.model.schema.Schema.plan(plan), missing, labels);
                }
            } else if (kind != nl.veerkracht.model.EntityKind.OBSERVATIONS) {
                fieldNames(nl.veerkracht.model.schema.Schema.of(kind), missing, labels);
            }
        }
        assertEquals(Set.of(), missing, "fields without a label field.<name> in texts.properties");
    }

    private static void fieldNames(nl.veerkracht.model.schema.Shape shape, Set<String> missing, Set<String> labels) {
        if (shape instanceof nl.veerkracht.model.schema.MapShape map) {
            for (nl.veerkracht.model.schema.Field field : map.fields()) {
                if (!labels.contains("field." + field.name())) {
                    missing.add(field.name());
                }
                fieldNames(field.shape(), missing, labels);
            }
        } else if (shape instanceof nl.veerkracht.model.schema.ListShape list) {
            fieldNames(list.element(), missing, labels);
        } else if (shape instanceof nl.veerkracht.model.schema.DictionaryShape dictionary) {
            fieldNames(dictionary.value(), missing, labels);
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
