package nl.veerkracht.monitor.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veerkracht.monitor.status.ObservationPeriods;

/**
 * Periods: CBS's codes ({@code 2024KW02}), the CSV's periods ({@code 2024-Q2}) and the spellings of the
 * portals' exports ({@code 2e kwartaal 2024}).
 */
public final class Periods {

    private static final Pattern CBS = Pattern.compile("(\\d{4})(JJ|KW|MM)(\\d{2})");

    private static final List<String> MONTHS_NL = List.of("januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december");
    private static final List<String> MONTHS_EN = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static final String Q = "(?:q|k|kw|kwartaal|quarter)";
    private static final List<Pattern> QUARTERS = List.of(
            // 2024 Q2, 2024-Q2, 2024Q2, 2024 K2, 2024KW02, 2024 kwartaal 2
            Pattern.compile("(?<y>\\d{4})\\s*[-/ ]?\\s*" + Q + "\\s*0?(?<q>[1-4])"),
            // Q2 2024, K2-2024, kwartaal 2 2024
            Pattern.compile(Q + "\\s*0?(?<q>[1-4])\\s*[-/ ]?\\s*(?<y>\\d{4})"),
            // 2e kwartaal 2024, 2de kwartaal 2024, 2nd quarter 2024, tweede kwartaal 2024
            Pattern.compile("(?<q>[1-4])\\s*(?:e|de|ste|st|nd|rd|th)?\\s+(?:kwartaal|quarter)\\s*[-/ ]?\\s*(?<y>\\d{4})"),
            // 2024 2e kwartaal
            Pattern.compile("(?<y>\\d{4})\\s*[-/ ]?\\s*(?<q>[1-4])\\s*(?:e|de|ste|st|nd|rd|th)?\\s+(?:kwartaal|quarter)"));
    private static final List<String> ORDINALS = List.of("eerste", "tweede", "derde", "vierde");

    private Periods() {
    }

    /** CBS's period code as a CSV period: {@code 2023JJ00} 2023, {@code 2024KW02} 2024-Q2, {@code 2024MM05} 2024-05. */
    public static Optional<String> fromCbs(String code) {
        Matcher m = CBS.matcher(code.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String year = m.group(1);
        int n = Integer.parseInt(m.group(3));
        return switch (m.group(2)) {
            case "JJ" -> n == 0 ? Optional.of(year) : Optional.empty();
            case "KW" -> n >= 1 && n <= 4 ? Optional.of(year + "-Q" + n) : Optional.empty();
            default -> n >= 1 && n <= 12 ? Optional.of(String.format(Locale.ROOT, "%s-%02d", year, n))
                    : Optional.empty();
        };
    }

    /**
     * A period as a portal's export writes it, as a CSV period: years ({@code 2024}), quarters ({@code 2024 Q2},
     * {@code 2024-Q2}, {@code 2e kwartaal 2024}, {@code 2024KW02}), months ({@code 2024-05}, {@code mei 2024},
     * {@code 2024MM05}, {@code 05-2024}) and days ({@code 2024-05-31}). A trailing {@code *} (CBS's mark of a
     * provisional figure) is ignored.
     */
    public static Optional<String> fromExport(String text) {
        String t = text.trim().replaceAll("\\*+$", "").trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Optional<String> cbs = fromCbs(t.toUpperCase(Locale.ROOT));
        if (cbs.isPresent()) {
            return cbs;
        }
        if (ObservationPeriods.kindOf(t.toUpperCase(Locale.ROOT)).isPresent()) {
            return Optional.of(t.toUpperCase(Locale.ROOT));
        }
        for (int i = 0; i < ORDINALS.size(); i++) {
            t = t.replaceAll("\\b" + ORDINALS.get(i) + "\\b", Integer.toString(i + 1));
        }
        for (Pattern pattern : QUARTERS) {
            Matcher m = pattern.matcher(t);
            if (m.matches()) {
                return Optional.of(m.group("y") + "-Q" + m.group("q"));
            }
        }
        Matcher numeric = Pattern.compile("(\\d{4})[-/ ](\\d{1,2})|(\\d{1,2})[-/ ](\\d{4})").matcher(t);
        if (numeric.matches()) {
            String year = numeric.group(1) != null ? numeric.group(1) : numeric.group(4);
            int month = Integer.parseInt(numeric.group(1) != null ? numeric.group(2) : numeric.group(3));
            return month >= 1 && month <= 12 ? Optional.of(String.format(Locale.ROOT, "%s-%02d", year, month))
                    : Optional.empty();
        }
        Matcher named = Pattern.compile("([a-z]+)\\.? (\\d{4})|(\\d{4}) ([a-z]+)\\.?").matcher(t);
        if (named.matches()) {
            String name = named.group(1) != null ? named.group(1) : named.group(4);
            String year = named.group(1) != null ? named.group(2) : named.group(3);
            int month = monthOf(name);
            return month == 0 ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "%s-%02d", year, month));
        }
        return Optional.empty();
    }

    /** The month called {@code name} in Dutch or English, in full or by at least three letters; 0 if none. */
    private static int monthOf(String name) {
        for (List<String> months : List.of(MONTHS_NL, MONTHS_EN)) {
            for (int i = 0; i < months.size(); i++) {
                String month = months.get(i);
                if (month.equals(name) || name.length() >= 3 && month.startsWith(name)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }
}
