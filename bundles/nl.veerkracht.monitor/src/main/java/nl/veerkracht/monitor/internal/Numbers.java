package nl.veerkracht.monitor.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as the portals' exports write them: Dutch ({@code 1.234,5}) or English ({@code 1,234.5}), with
 * or without thousands separators, a minus sign or a spaced thousands separator.
 */
public final class Numbers {

    /** Which character separates the decimals when a number alone does not say. */
    public enum Style {
        /** Decimal comma, thousands dot: {@code 1.234,5}. */
        DUTCH,
        /** Decimal point, thousands comma: {@code 1,234.5}. */
        ENGLISH
    }

    private static final Pattern DIGITS = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED_DOT = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern GROUPED_COMMA = Pattern.compile("-?\\d{1,3}(,\\d{3})+");

    private Numbers() {
    }

    /**
     * The number {@code text} stands for in {@code style}; empty when it is no number ({@code .} and {@code -}
     * are CBS's marks of a missing figure, and are no number either).
     */
    public static Optional<BigDecimal> parse(String text, Style style) {
        String t = text.trim().replace("\u00a0", "").replace(" ", "").replace("\u2212", "-");
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.isEmpty() || !t.matches("-?[0-9.,]+") || !Character.isDigit(t.charAt(t.length() - 1))) {
            return Optional.empty();
        }
        int dot = t.lastIndexOf('.');
        int comma = t.lastIndexOf(',');
        String plain;
        if (dot >= 0 && comma >= 0) {
            // both: the last one separates the decimals, the other groups thousands
            char decimal = dot > comma ? '.' : ',';
            char thousands = decimal == '.' ? ',' : '.';
            String whole = t.substring(0, Math.max(dot, comma));
            if (whole.indexOf(decimal) >= 0 || !grouped(thousands).matcher(whole).matches()) {
                return Optional.empty();
            }
            plain = whole.replace(String.valueOf(thousands), "") + "." + t.substring(Math.max(dot, comma) + 1);
        } else if (dot >= 0 || comma >= 0) {
            char separator = dot >= 0 ? '.' : ',';
            boolean decimalInStyle = separator == (style == Style.DUTCH ? ',' : '.');
            boolean grouped = (separator == '.' ? GROUPED_DOT : GROUPED_COMMA).matcher(t).matches();
            if (decimalInStyle || !grouped) {
                if (t.indexOf(separator) != t.lastIndexOf(separator)) {
                    return Optional.empty();
                }
                plain = t.replace(separator, '.');
            } else {
                plain = t.replace(String.valueOf(separator), "");
            }
        } else {
            plain = t;
        }
        if (!DIGITS.matcher(plain.replace(".", "")).matches() || plain.startsWith(".") || plain.startsWith("-.")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    private static Pattern grouped(char thousands) {
        return thousands == '.' ? Pattern.compile("-?\\d{1,3}(\\.\\d{3})*") : Pattern.compile("-?\\d{1,3}(,\\d{3})*");
    }

    /** How a value is written in {@code indicators/<id>.csv}: plain, without trailing zeros after the point. */
    public static String csv(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
