package nl.veerkracht.monitor.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.veerkracht.monitor.MonitorProblem;

/**
 * A portal's CSV export as people download it (CBS StatLine, KVK Regiodata, Waarstaatjegemeente,
 * Arbeidsmarktinzicht): a header row, the separator {@code ;} or {@code ,} (whichever the header has more
 * of, outside quotes), values in double quotes where needed, Dutch or English numbers. Rows whose value is
 * empty or a mark of a missing figure ({@code .}, {@code -}, {@code x}) are left out.
 */
public final class CsvExport {

    /** One period and its value, with the line it was read from. */
    public record Row(String period, BigDecimal value, int line) {
    }

    private static final Pattern PERIOD_HEADER = Pattern.compile(
            "(?i).*(perio|jaar|kwartaal|maand|year|quarter|month|datum|date|tijd|time).*");
    private static final Pattern VALUE_HEADER = Pattern.compile("(?i).*(waarde|value|aantal|count).*");
    private static final List<String> MISSING = List.of("", ".", "-", "x", "?", "..", "n/a", "na");

    private CsvExport() {
    }

    /**
     * The rows of an export.
     *
     * @param file the export's name, for problems
     * @param text its text (a byte-order mark is ignored)
     * @param periodColumn the column of the periods: its header or its number from 1; chosen when empty
     * @param valueColumn the column of the values; chosen when empty
     * @throws ExportException with a {@link MonitorProblem} naming the file and line
     */
    public static List<Row> read(String file, String text, Optional<String> periodColumn,
            Optional<String> valueColumn) {
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new ExportException(MonitorProblem.of("exportEmpty", file));
        }
        String header = lines.get(0);
        char separator = count(header, ';') > count(header, ',') ? ';' : ',';
        List<String> headers = split(header, separator).stream().map(String::trim).toList();
        int period = column(file, headers, periodColumn, PERIOD_HEADER, 0);
        int value = column(file, headers, valueColumn, VALUE_HEADER, headers.size() - 1);
        if (period == value) {
            throw new ExportException(MonitorProblem.of("exportColumn", file, valueColumn.orElse(headers.get(value)),
                    String.join(", ", headers)));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            rows.add(lines.get(i).isBlank() ? List.of() : split(lines.get(i), separator));
        }
        Numbers.Style style = style(rows, value, separator);
        List<Row> result = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int line = i + 2;
            if (cells.isEmpty()) {
                continue;
            }
            String periodText = period < cells.size() ? cells.get(period).trim() : "";
            String valueText = value < cells.size() ? cells.get(value).trim() : "";
            if (periodText.isEmpty() && MISSING.contains(valueText.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String csvPeriod = Periods.fromExport(periodText)
                    .orElseThrow(() -> new ExportException(MonitorProblem.of("exportPeriod", file, line, periodText)));
            if (MISSING.contains(valueText.toLowerCase(Locale.ROOT))) {
                continue;
            }
            BigDecimal number = Numbers.parse(valueText, style)
                    .orElseThrow(() -> new ExportException(MonitorProblem.of("exportValue", file, line, valueText)));
            if (seen.put(csvPeriod, line) != null) {
                throw new ExportException(MonitorProblem.of("exportTwice", file, line, csvPeriod));
            }
            result.add(new Row(csvPeriod, number, line));
        }
        return result;
    }

    /**
     * Dutch when the separator is {@code ;} or a value has a comma that can only be a decimal comma
     * ({@code 3,5}, {@code 1.234,5}); English otherwise.
     */
    static Numbers.Style style(List<List<String>> rows, int value, char separator) {
        if (separator == ';') {
            return Numbers.Style.DUTCH;
        }
        for (List<String> cells : rows) {
            if (value < cells.size()) {
                String v = cells.get(value).trim();
                if (v.matches("-?\\d+,\\d{1,2}") || v.matches("-?\\d{1,3}(\\.\\d{3})+,\\d+")
                        || v.matches("-?\\d+,\\d{4,}")) {
                    return Numbers.Style.DUTCH;
                }
            }
        }
        return Numbers.Style.ENGLISH;
    }

    private static int column(String file, List<String> headers, Optional<String> asked, Pattern usual,
            int otherwise) {
        if (asked.isPresent()) {
            String name = asked.get().trim();
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            if (name.matches("\\d{1,3}")) {
                int number = Integer.parseInt(name);
                if (number >= 1 && number <= headers.size()) {
                    return number - 1;
                }
            }
            throw new ExportException(MonitorProblem.of("exportColumn", file, name, String.join(", ", headers)));
        }
        for (int i = 0; i < headers.size(); i++) {
            if (usual.matcher(headers.get(i)).matches()) {
                return i;
            }
        }
        return otherwise;
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** The cells of one line: RFC 4180 quoting, a quote in a quoted cell written twice. */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** An export that cannot be taken; nothing is written. */
    public static final class ExportException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient MonitorProblem problem;

        ExportException(MonitorProblem problem) {
            super(problem.key() + " " + problem.arguments(), null, false, false);
            this.problem = problem;
        }

        public MonitorProblem problem() {
            return problem;
        }
    }
}
