package nl.veerkracht.checklist.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veerkracht.model.Observation;

/** The periods of observations ({@code 2025}, {@code 2025-Q1}, {@code 2025-03}, {@code 2025-03-31}) as dates. */
final class ObservationPeriods {

    private static final Pattern YEAR = Pattern.compile("([0-9]{4})");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-(0[1-9]|1[0-2])");

    private ObservationPeriods() {
    }

    /** The last day of a period; empty for text that is no period. */
    static Optional<LocalDate> end(String period) {
        Matcher matcher = YEAR.matcher(period);
        if (matcher.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), 12, 31));
        }
        matcher = QUARTER.matcher(period);
        if (matcher.matches()) {
            return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) * 3)
                    .atEndOfMonth());
        }
        matcher = MONTH.matcher(period);
        if (matcher.matches()) {
            return Optional.of(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)))
                    .atEndOfMonth());
        }
        try {
            return Optional.of(LocalDate.parse(period));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The observation of the most recent period (the last in the file among equals). */
    static Optional<Observation> latest(List<Observation> observations) {
        Observation latest = null;
        LocalDate latestEnd = null;
        for (Observation observation : observations) {
            Optional<LocalDate> end = end(observation.period());
            if (end.isPresent() && (latestEnd == null || !end.get().isBefore(latestEnd))) {
                latest = observation;
                latestEnd = end.get();
            }
        }
        return Optional.ofNullable(latest);
    }
}
