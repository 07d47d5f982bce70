package nl.veerkracht.monitor.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The periods of {@code indicators/<id>.csv}: {@code 2025}, {@code 2025-Q2}, {@code 2025-05}, {@code 2025-05-31}. */
public final class ObservationPeriods {

    /** What a period spans. */
    public enum Kind {
        YEAR, QUARTER, MONTH, DAY
    }

    /** Periods in time order: by their last day (text that is no period last), then by their text. */
    public static final Comparator<String> ORDER = Comparator
            .<String, LocalDate>comparing(period -> end(period).orElse(LocalDate.MAX))
            .thenComparing(Comparator.naturalOrder());

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ObservationPeriods() {
    }

    /** The kind of a period; empty for text that is no period. */
    public static Optional<Kind> kindOf(String period) {
        if (YEAR.matcher(period).matches()) {
            return Optional.of(Kind.YEAR);
        }
        if (QUARTER.matcher(period).matches()) {
            return Optional.of(Kind.QUARTER);
        }
        Matcher month = MONTH.matcher(period);
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            return m >= 1 && m <= 12 ? Optional.of(Kind.MONTH) : Optional.empty();
        }
        if (DAY.matcher(period).matches()) {
            try {
                LocalDate.parse(period);
                return Optional.of(Kind.DAY);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The last day of a period; empty for text that is no period. */
    public static Optional<LocalDate> end(String period) {
        return kindOf(period).map(kind -> switch (kind) {
            case YEAR -> LocalDate.of(Integer.parseInt(period), 12, 31);
            case QUARTER -> YearMonth.of(Integer.parseInt(period.substring(0, 4)),
                    Integer.parseInt(period.substring(6)) * 3).atEndOfMonth();
            case MONTH -> YearMonth.parse(period).atEndOfMonth();
            case DAY -> LocalDate.parse(period);
        });
    }
}
