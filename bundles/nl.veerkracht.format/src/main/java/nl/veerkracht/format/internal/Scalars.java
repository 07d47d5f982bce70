package nl.veerkracht.format.internal;

import java.util.Locale;
import java.util.regex.Pattern;

import nl.veerkracht.model.document.ScalarNode;

/**
 * What an unquoted value means, and when a text must be quoted so that it reads back as text.
 *
 * <p>Reading follows the YAML 1.2 core schema: {@code null ~} and nothing are null, {@code true false}
 * (three spellings) booleans, {@code 12 0o14 0xC} integers, {@code 1.5 1e3 .inf} decimals; everything
 * else is text ({@code NO}, {@code yes}, {@code 2026-04-01}). Writing is more careful: a text that YAML
 * 1.1 tools would read as something else ({@code yes}, {@code 012345}, {@code 1_000}) is quoted too.
 */
public final class Scalars {

    private static final Pattern YAML11_SPECIAL = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<"
                    + "|[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
                    + "|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"
                    + "|[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*");
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`.";

    private Scalars() {
    }

    /** The characters a null, boolean or number can start with, in YAML 1.2 or 1.1. */
    private static final String SPECIAL_STARTS = "0123456789+-.~nNtTfFyYoO=<";

    /**
     * The type of an unquoted value, by the YAML 1.2 core schema. Written out by hand rather than with
     * the schema's regular expressions, because every unquoted value of every file read comes through
     * here; {@code ScalarsPropertiesTest} holds it to those expressions.
     */
    public static ScalarNode.Type resolvePlain(String text) {
        if (!text.isEmpty() && SPECIAL_STARTS.indexOf(text.charAt(0)) < 0) {
            return ScalarNode.Type.STRING;
        }
        switch (text) {
            case "", "~", "null", "Null", "NULL":
                return ScalarNode.Type.NULL;
            case "true", "True", "TRUE", "false", "False", "FALSE":
                return ScalarNode.Type.BOOLEAN;
            default:
                break;
        }
        if (isCoreInteger(text)) {
            return ScalarNode.Type.INTEGER;
        }
        if (isCoreDecimal(text)) {
            return ScalarNode.Type.DECIMAL;
        }
        return ScalarNode.Type.STRING;
    }

    /** {@code [-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+} */
    private static boolean isCoreInteger(String text) {
        if (text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'o' || text.charAt(1) == 'x')) {
            String radixDigits = text.charAt(1) == 'o' ? "01234567" : "0123456789abcdefABCDEF";
            for (int i = 2; i < text.length(); i++) {
                if (radixDigits.indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }
        int start = text.isEmpty() || text.charAt(0) != '-' && text.charAt(0) != '+' ? 0 : 1;
        return start < text.length() && digits(text, start) == text.length();
    }

    /**
     * {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)}
     */
    private static boolean isCoreDecimal(String text) {
        switch (text) {
            case ".nan", ".NaN", ".NAN":
                return true;
            default:
                break;
        }
        int i = text.isEmpty() || text.charAt(0) != '-' && text.charAt(0) != '+' ? 0 : 1;
        switch (text.substring(i)) {
            case ".inf", ".Inf", ".INF":
                return true;
            default:
                break;
        }
        int whole = digits(text, i) - i;
        i += whole;
        if (i < text.length() && text.charAt(i) == '.') {
            int fraction = digits(text, i + 1) - (i + 1);
            if (whole == 0 && fraction == 0) {
                return false;
            }
            i += 1 + fraction;
        } else if (whole == 0) {
            return false;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            int exponent = digits(text, i) - i;
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == text.length();
    }

    /** The index of the first character from {@code start} on that is not an ASCII digit. */
    private static int digits(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** A boolean as the format writes it: {@code true} or {@code false}. */
    static String canonicalBoolean(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code text} must be quoted to read back as the same text: because it would read as a
     * null, boolean or number (in YAML 1.2 or 1.1), because of where a character stands, or because it
     * holds a character that only an escape can write.
     */
    static boolean needsQuotes(String text) {
        if (text.isEmpty() || resolvePlain(text) != ScalarNode.Type.STRING
                || SPECIAL_STARTS.indexOf(text.charAt(0)) >= 0 && YAML11_SPECIAL.matcher(text).matches()) {
            return true;
        }
        if (INDICATORS.indexOf(text.charAt(0)) >= 0 || text.charAt(0) == ' ' || text.endsWith(" ")
                || text.endsWith(":") || text.contains(": ") || text.contains(" #")) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isPlainSafe(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether the character can be written as it is in a value without quotes or in a literal block. */
    static boolean isPlainSafe(int c) {
        return c != '\t' && c != '\n' && c != 0x85 && c != 0x2028 && c != 0x2029 && PlanText.isAllowed(c);
    }

    /** {@code text} between double quotes, with escapes for what cannot be written as it is. */
    static String doubleQuoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case 0 -> out.append("\\0");
                default -> {
                    if (isPlainSafe(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFF) {
                        out.append(String.format(Locale.ROOT, "\\x%02X", c));
                    } else if (c <= 0xFFFF) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.append(String.format(Locale.ROOT, "\\U%08X", c));
                    }
                }
            }
            i += Character.charCount(c);
        }
        return out.append('"').toString();
    }
}
