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

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
