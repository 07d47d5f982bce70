package nl.veerkracht.format.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.Schema;

/**
 * An indicator's observations, {@code indicators/<id>.csv}: the header {@code period,value,source},
 * then one observation a line. Read strictly (RFC 4180 quoting, no empty lines) with the position of
 * every value; written with commons-csv, LF line endings and quotes only where needed. Each line
 * becomes a map {period, value, source}: period and source are text, value a number when it looks
 * like one; an empty value is left out.
 */
public final class ObservationsCsv {

    private static final String HEADER = String.join(",", Schema.OBSERVATION_COLUMNS);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final String path;
    private final String text;
    private int index;
    private int line = 1;
    private int column = 1;

    private ObservationsCsv(String path, String text) {
        this.path = path;
        this.text = text;
    }

    public static ListNode read(String path, String text) throws PlanFileException {
        return new ObservationsCsv(path, text).rows();
    }

    private ListNode rows() throws PlanFileException {
        int headerEnd = text.indexOf('\n');
        String header = headerEnd < 0 ? text : text.substring(0, headerEnd);
        if (!header.equals(HEADER)) {
            throw PlanText.fail(path, new SourcePosition(1, 1), "csv.header", header);
        }
        if (headerEnd < 0) {
            return ListNode.of(List.of(), new SourcePosition(1, 1));
        }
        index = headerEnd + 1;
        line = 2;
        List<Node> rows = new ArrayList<>();
        while (index < text.length()) {
            rows.add(row());
        }
        return ListNode.of(rows, new SourcePosition(1, 1));
    }

    private MapNode row() throws PlanFileException {
        SourcePosition start = here();
        if (text.charAt(index) == '\n') {
            throw PlanText.fail(path, start, "csv.emptyLine");
        }
        List<ScalarNode> values = new ArrayList<>();
        while (true) {
            values.add(value());
            if (index >= text.length()) {
                break;
            }
            char separator = text.charAt(index);
            advance();
            if (separator == '\n') {
                break;
            }
        }
        if (values.size() < 2 || values.size() > Schema.OBSERVATION_COLUMNS.size()) {
            throw PlanText.fail(path, start, "csv.fieldCount", Integer.toString(values.size()));
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            ScalarNode value = values.get(i);
            if (value.text().isEmpty()) {
                continue;
            }
            String column = Schema.OBSERVATION_COLUMNS.get(i);
            if (column.equals("value")) {
                ScalarNode.Type type = Scalars.resolvePlain(value.text());
                boolean number = type == ScalarNode.Type.INTEGER || type == ScalarNode.Type.DECIMAL;
                value = ScalarNode.of(number ? type : ScalarNode.Type.STRING, value.text(), value.position());
            }
            entries.put(column, value);
            keyPositions.put(column, value.position());
        }
        return MapNode.of(entries, keyPositions, start);
    }

    /** One value, quoted or not; stops before the comma or newline that ends it. */
    private ScalarNode value() throws PlanFileException {
        SourcePosition start = here();
        StringBuilder value = new StringBuilder();
        if (index < text.length() && text.charAt(index) == '"') {
            advance();
            while (true) {
                if (index >= text.length()) {
                    throw PlanText.fail(path, start, "csv.unclosedQuote");
                }
                char c = text.charAt(index);
                if (c == '"') {
                    advance();
                    if (index < text.length() && text.charAt(index) == '"') {
                        value.append('"');
                        advance();
                        continue;
                    }
                    break;
                }
                value.append(c);
                advance();
            }
            if (index < text.length() && text.charAt(index) != ',' && text.charAt(index) != '\n') {
                throw PlanText.fail(path, here(), "csv.afterQuote");
            }
        } else {
            while (index < text.length() && text.charAt(index) != ',' && text.charAt(index) != '\n') {
                if (text.charAt(index) == '"') {
                    throw PlanText.fail(path, here(), "csv.quoteInValue");
                }
                value.append(text.charAt(index));
                advance();
            }
        }
        return ScalarNode.of(ScalarNode.Type.STRING, value.toString(), start);
    }

    private void advance() {
        char c = text.charAt(index++);
        if (c == '\n') {
            line++;
            column = 1;
        } else if (!Character.isHighSurrogate(c)) {
            column++;
        }
    }

    private SourcePosition here() {
        return new SourcePosition(line, column);
    }

    public static String write(ListNode observations) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(Schema.OBSERVATION_COLUMNS);
            for (Node row : observations.items()) {
                if (!(row instanceof MapNode map)) {
                    throw new IllegalArgumentException("an observation is a map {period, value, source}, not " + row);
                }
                List<String> values = new ArrayList<>();
                for (String column : Schema.OBSERVATION_COLUMNS) {
                    values.add(cell(map.entries().get(column)));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    private static String cell(Node node) {
        if (node == null) {
            return "";
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new IllegalArgumentException("an observation's value is a single value, not " + node);
        }
        scalar.text().codePoints().filter(c -> !PlanText.isAllowed(c)).findFirst().ifPresent(c -> {
            throw new IllegalArgumentException(String.format("an observation cannot hold U+%04X", c));
        });
        return scalar.text();
    }
}
