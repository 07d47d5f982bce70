package nl.veerkracht.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.veerkracht.model.document.ScalarNode;

/**
 * {@link Scalars#resolvePlain} is written out by hand for speed; the YAML 1.2 core schema's own
 * regular expressions are the oracle it must agree with, on values made of the characters that
 * matter to them.
 */
class ScalarsPropertiesTest {

    private static final Pattern CORE_NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern CORE_BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern CORE_INTEGER = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern CORE_DECIMAL = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private static ScalarNode.Type bySchema(String text) {
        if (CORE_NULL.matcher(text).matches()) {
            return ScalarNode.Type.NULL;
        }
        if (CORE_BOOLEAN.matcher(text).matches()) {
            return ScalarNode.Type.BOOLEAN;
        }
        if (CORE_INTEGER.matcher(text).matches()) {
            return ScalarNode.Type.INTEGER;
        }
        if (CORE_DECIMAL.matcher(text).matches()) {
            return ScalarNode.Type.DECIMAL;
        }
        return ScalarNode.Type.STRING;
    }

    @Property(tries = 10_000)
    void resolvesEveryPlainValueAsTheCoreSchemaDoes(@ForAll("plainValues") String text) {
        assertEquals(bySchema(text), Scalars.resolvePlain(text), () -> "'" + text + "'");
    }

    @Provide
    Arbitrary<String> plainValues() {
        Arbitrary<String> pieces = Arbitraries.of("0", "1", "7", "9", "+", "-", ".", "e", "E", "o", "x", "a", "F", "f",
                "inf", "Inf", "INF", "nan", "NaN", "null", "Null", "true", "False", "~", "_", " ", ":", "2026-05-12");
        return pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    }

    @Example
    void knownValues() {
        String[][] cases = {
            {"", "NULL"}, {"~", "NULL"}, {"NULL", "NULL"}, {"nul", "STRING"}, {"TRUE", "BOOLEAN"}, {"tRue", "STRING"},
            {"012345", "INTEGER"}, {"-5", "INTEGER"}, {"0o17", "INTEGER"}, {"0o18", "STRING"}, {"0x1F", "INTEGER"},
            {"0x", "STRING"}, {"+", "STRING"}, {"1.", "DECIMAL"}, {".5", "DECIMAL"}, {".", "STRING"},
            {"1e5", "DECIMAL"}, {"1e", "STRING"}, {"-.inf", "DECIMAL"}, {"-.nan", "STRING"}, {".NaN", "DECIMAL"},
            {"2026-05-12", "STRING"}, {"15000", "INTEGER"}, {"1_000", "STRING"},
        };
        for (String[] example : cases) {
            assertEquals(ScalarNode.Type.valueOf(example[1]), Scalars.resolvePlain(example[0]), example[0]);
            assertEquals(bySchema(example[0]), Scalars.resolvePlain(example[0]), example[0]);
        }
    }
}
