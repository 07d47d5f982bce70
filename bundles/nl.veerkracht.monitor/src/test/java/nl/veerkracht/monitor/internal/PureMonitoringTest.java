package nl.veerkracht.monitor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.Observation;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.MonitorProblem;
import nl.veerkracht.monitor.Trend;
import nl.veerkracht.monitor.status.ObservationPeriods;
import nl.veerkracht.monitor.status.StatusCalculation;

/** Periods, numbers, CSV exports and status: the monitor's pure parts. */
class PureMonitoringTest {

    @ParameterizedTest
    @CsvSource({"2023JJ00,2023", "2024KW02,2024-Q2", "2024MM05,2024-05", "2024MM12,2024-12"})
    void cbsPeriodCodesBecomeCsvPeriods(String code, String period) {
        assertEquals(Optional.of(period), Periods.fromCbs(code));
    }

    @ParameterizedTest
    @CsvSource({"2020G300", "2024KW05", "2024MM13", "2024JJ01", "2024"})
    void otherCbsCodesAreNoPeriod(String code) {
        assertEquals(Optional.empty(), Periods.fromCbs(code));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024|2024", "2024 Q2|2024-Q2", "2024-Q2|2024-Q2", "2024Q2|2024-Q2",
            "2e kwartaal 2024|2024-Q2", "2de kwartaal 2024|2024-Q2", "tweede kwartaal 2024|2024-Q2",
            "2024 2e kwartaal|2024-Q2", "Q2 2024|2024-Q2", "2024 K2|2024-Q2", "2024KW02|2024-Q2", "2024 4e kwartaal*|2024-Q4",
            "2024-05|2024-05", "2024-5|2024-05", "mei 2024|2024-05", "2024 mei|2024-05", "March 2024|2024-03",
            "okt 2024|2024-10", "05-2024|2024-05", "2024MM05|2024-05", "2024*|2024", "2024-05-31|2024-05-31"})
    void exportPeriodsInTheirUsualSpellings(String text, String period) {
        assertEquals(Optional.of(period), Periods.fromExport(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5e kwartaal 2024", "2024-13", "ergens 2024", "Q2"})
    void textsThatAreNoPeriod(String text) {
        assertEquals(Optional.empty(), Periods.fromExport(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.234,5|DUTCH|1234.5", "1,234.5|ENGLISH|1234.5", "1.234,5|ENGLISH|1234.5",
            "14.510|DUTCH|14510", "14,510|ENGLISH|14510", "3,5|DUTCH|3.5", "3.5|DUTCH|3.5", "3.5|ENGLISH|3.5",
            "1.234.567|DUTCH|1234567", "-12,25|DUTCH|-12.25", "1 234,5|DUTCH|1234.5", "120|DUTCH|120",
            "1,234|DUTCH|1.234"})
    void numbersInBothStyles(String text, Numbers.Style style, String value) {
        assertEquals(Optional.of(new BigDecimal(value)), Numbers.parse(text, style));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {".", "-", "1.2.3,4,5", "abc", "1,2,3|", "12a"})
    void textsThatAreNoNumber(String text) {
        assertEquals(Optional.empty(), Numbers.parse(text, Numbers.Style.DUTCH));
    }

    @Test
    void aDutchExportWithSemicolonsQuotesAndMissingFigures() {
        String text = "\ufeff\"Perioden\";\"Regio's\";\"Vestigingen (aantal)\"\n"
                + "\"2e kwartaal 2024\";\"Breda\";\"14.510\"\n"
                + "\"3e kwartaal 2024\";\"Breda\";\".\"\n"
                + "\"4e kwartaal 2024\";\"Breda\";\"14.612,5\"\n";

        assertEquals(List.of(new CsvExport.Row("2024-Q2", new BigDecimal("14510"), 2),
                new CsvExport.Row("2024-Q4", new BigDecimal("14612.5"), 4)),
                CsvExport.read("export.csv", text, Optional.empty(), Optional.empty()));
    }

    @Test
    void anEnglishExportWithCommasAndAColumnChosenByName() {
        String text = "Year,Region,Jobs,Share\n2023,Breda,\"101,300\",0.5\n2024,Breda,\"102,000.5\",0.6\n";

        assertEquals(List.of(new CsvExport.Row("2023", new BigDecimal("101300"), 2),
                new CsvExport.Row("2024", new BigDecimal("102000.5"), 3)),
                CsvExport.read("export.csv", text, Optional.empty(), Optional.of("jobs")));
        assertEquals(List.of(new BigDecimal("0.5"), new BigDecimal("0.6")),
                CsvExport.read("export.csv", text, Optional.of("1"), Optional.of("4")).stream()
                        .map(CsvExport.Row::value).toList());
    }

    @Test
    void aCommaSeparatedExportWithDecimalCommasInQuotesIsReadAsDutch() {
        String text = "periode,waarde\n2023,\"3,5\"\n2024,\"4,25\"\n";

        assertEquals(List.of(new BigDecimal("3.5"), new BigDecimal("4.25")),
                CsvExport.read("x.csv", text, Optional.empty(), Optional.empty()).stream().map(CsvExport.Row::value)
                        .toList());
    }

    @Test
    void anExportsMistakesNameTheFileAndLine() {
        CsvExport.ExportException period = assertThrows(CsvExport.ExportException.class,
                () -> CsvExport.read("x.csv", "periode;waarde\n2023;1\nooit;2\n", Optional.empty(), Optional.empty()));
        assertEquals(MonitorProblem.of("exportPeriod", "x.csv", 3, "ooit"), period.problem());
        CsvExport.ExportException value = assertThrows(CsvExport.ExportException.class,
                () -> CsvExport.read("x.csv", "periode;waarde\n2023;veel\n", Optional.empty(), Optional.empty()));
        assertEquals(MonitorProblem.of("exportValue", "x.csv", 2, "veel"), value.problem());
        CsvExport.ExportException twice = assertThrows(CsvExport.ExportException.class,
                () -> CsvExport.read("x.csv", "periode;waarde\n2024 Q2;1\n2e kwartaal 2024;2\n", Optional.empty(),
                        Optional.empty()));
        assertEquals(MonitorProblem.of("exportTwice", "x.csv", 3, "2024-Q2"), twice.problem());
        CsvExport.ExportException column = assertThrows(CsvExport.ExportException.class,
                () -> CsvExport.read("x.csv", "periode;waarde\n", Optional.empty(), Optional.of("aantal")));
        assertEquals(MonitorProblem.of("exportColumn", "x.csv", "aantal", "periode, waarde"), column.problem());
    }

    @Test
    void mergingKeepsTheOrderReplacesRevisionsInPlaceAndAppendsNewPeriodsInTimeOrder() {
        List<Observation> existing = List.of(obs("2024", "10"), obs("2023", "9"));
        SeriesMerge.Result result = SeriesMerge.merge(existing, Map.of("2023", new BigDecimal("9.0"), "2024",
                new BigDecimal("11"), "2026", new BigDecimal("13"), "2025", new BigDecimal("12")),
                Optional.of(IndicatorSource.CBS));

        assertEquals(List.of("2024", "2023", "2025", "2026"), result.series().stream().map(Observation::period).toList());
        assertEquals(1, result.revised().size());
        assertEquals(new BigDecimal("9"), result.series().get(1).value());
    }

    @Test
    void periodsEndOnTheirLastDayAndSortInTimeOrder() {
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), ObservationPeriods.end("2025"));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 30)), ObservationPeriods.end("2025-Q2"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), ObservationPeriods.end("2024-02"));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 14)), ObservationPeriods.end("2025-03-14"));
        assertEquals(Optional.empty(), ObservationPeriods.end("Q2"));
        assertEquals(Optional.empty(), ObservationPeriods.end("2025-13"));
        assertEquals(List.of("2024", "2025-03", "2025-Q1", "2025", "2025-12", "2025-Q4", "x"),
                java.util.stream.Stream.of("x", "2025-Q4", "2025", "2025-03", "2024", "2025-12", "2025-Q1")
                        .sorted(ObservationPeriods.ORDER).toList());
    }

    @Test
    void statusOfAnIndicatorOnItsWayWithProgressTrendAndFreshness() {
        Indicator indicator = new Indicator("v", "Vestigingen", IndicatorSource.CBS, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("14500")),
                Optional.of(new BigDecimal("15000")));
        List<Observation> observations = List.of(obs("2024", "14610"), obs("2023", "14420"));

        IndicatorStatus status = StatusCalculation.of(indicator, observations, LocalDate.of(2025, 6, 1));

        assertEquals("2024", status.latest().orElseThrow().period());
        assertEquals(Optional.of(22), status.progress());
        assertEquals(Trend.RISING, status.trend());
        assertEquals(Optional.of(true), status.onTrack());
        assertEquals(false, status.stale());
        assertEquals(true, StatusCalculation.of(indicator, observations, LocalDate.of(2026, 1, 1)).stale());
    }

    @Test
    void quarterlyFiguresGoStaleAfterTwoQuartersAndFallingAwayFromTheTargetIsOffTrack() {
        Indicator indicator = new Indicator("w", "Werkloosheid", IndicatorSource.CBS, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("5")),
                Optional.of(new BigDecimal("4")));
        List<Observation> observations = List.of(obs("2024-Q1", "4.8"), obs("2024-Q2", "4.9"));

        IndicatorStatus status = StatusCalculation.of(indicator, observations, LocalDate.of(2024, 12, 30));
        assertEquals(Trend.RISING, status.trend());
        assertEquals(Optional.of(false), status.onTrack());
        assertEquals(Optional.of(10), status.progress());
        assertEquals(false, status.stale());
        assertEquals(true, StatusCalculation.of(indicator, observations, LocalDate.of(2025, 1, 1)).stale());
        IndicatorStatus empty = StatusCalculation.of(indicator, List.of(), LocalDate.of(2025, 1, 1));
        assertEquals(Trend.UNKNOWN, empty.trend());
        assertEquals(true, empty.stale());
        assertEquals(Optional.empty(), empty.onTrack());
    }

    private static Observation obs(String period, String value) {
        return new Observation(period, new BigDecimal(value), Optional.of(IndicatorSource.CBS));
    }
}
