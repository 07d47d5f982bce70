package nl.veerkracht.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.model.ProvinceCode;

/** What single values of the format look like: ids, codes, dates, periods, links, numbers. */
public final class Values {

    private static final String PLAIN_ID = "[a-z0-9][a-z0-9-]*";
    private static final Pattern ID = Pattern.compile("(" + MunicipalityCode.PATTERN + "-)?" + PLAIN_ID);
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");
    private static final Pattern REGION_ACTION_LINK = Pattern.compile(PLAIN_ID + "/" + ID.pattern());
    private static final Pattern PROVINCE_TASK_LINK = Pattern.compile(ProvinceCode.PATTERN + "/" + ID.pattern());
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private Values() {
    }

    /** {@code scheme://user:password@}: a URL whose user info holds a password. */
    private static final Pattern URL_WITH_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/@\\s:]*:[^/@\\s]*@");

    /** Whether {@code text} holds a URL with a password in it ({@code https://user:secret@host/...}). */
    public static boolean hasPassword(String text) {
        return URL_WITH_PASSWORD.matcher(text).find();
    }

    /** An id: {@code terrassen-verruimen}, or a regional one, {@code GM0758-binnenstadfonds}. */
    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    public static boolean isMunicipalityCode(String text) {
        return MunicipalityCode.isValid(text);
    }

    public static boolean isProvinceCode(String text) {
        return ProvinceCode.isValid(text);
    }

    public static boolean isRegionActionLink(String text) {
        return REGION_ACTION_LINK.matcher(text).matches();
    }

    public static boolean isProvinceTaskLink(String text) {
        return PROVINCE_TASK_LINK.matcher(text).matches();
    }

    /** A date written as yyyy-mm-dd that exists (no 2026-02-30). */
    public static Optional<LocalDate> date(String text) {
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A period: a year, a quarter (2025-Q1), a month (2025-03) or a day (2025-03-31). */
    public static boolean isPeriod(String text) {
        return PERIOD.matcher(text).matches() || date(text).isPresent();
    }

    /**
     * The largest amount a plan may hold, in whole euros: 10^12, a thousand billion, beyond any
     * municipality's, region's or province's budget. A larger amount is a mistake (or an attempt to
     * make a sum overflow), and validation says so.
     */
    public static final long MAX_AMOUNT = 1_000_000_000_000L;

    /** Whether {@code text} is a whole number written with digits only, however large. */
    public static boolean isWhole(String text) {
        return WHOLE.matcher(text).matches();
    }

    /** A whole number written with digits only, if it is at most {@code max}. */
    public static Optional<Long> whole(String text, long max) {
        if (!WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text);
        return value.compareTo(BigInteger.valueOf(max)) <= 0 ? Optional.of(value.longValueExact()) : Optional.empty();
    }

    /** A number written as digits with an optional minus and decimal part: 120, -2, 3.5. */
    public static Optional<BigDecimal> number(String text) {
        return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }
}
