package nl.veerkracht.monitor.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.veerkracht.model.CbsApi;
import nl.veerkracht.monitor.MonitorProblem;

/**
 * Reads one indicator's figures from a CBS table, through OData v3 or v4, with a {@link Fetcher}.
 *
 * <p>v3 ({@code <base>/<table>/...}): {@code DataProperties} lists the table's topics ({@code Type: Topic})
 * and dimensions ({@code Dimension}, {@code GeoDimension}, {@code TimeDimension}) by {@code Key} and
 * {@code Title}; {@code /<dimension key>} lists a dimension's categories ({@code Key}, {@code Title}, for
 * periods {@code Status}); {@code TypedDataSet?$filter=...&$select=<periods>,<topic>} gives the figures,
 * paged by {@code odata.nextLink}. Region keys are padded with spaces ({@code 'GM0758    '}) and are
 * filtered on as CBS writes them.
 *
 * <p>v4: {@code MeasureCodes} and {@code Dimensions} (with {@code Kind}) by {@code Identifier} and
 * {@code Title}; {@code /<dimension>Codes} lists the categories; {@code Observations} has {@code Measure},
 * {@code Value}, {@code ValueAttribute} and a column per dimension, paged by {@code @odata.nextLink}.
 */
public final class CbsReader {

    /** The most pages a list may span: more is a server that pages without end. */
    static final int MAX_PAGES = 1_000;

    /** {@code ValueAttribute}s that mark a cell without a figure. */
    private static final Set<String> MISSING = Set.of("Missing", "Impossible", "Confidential", "NotAvailable",
            "Unknown");

    private final Fetcher fetcher;
    private final CbsApi api;
    private final String base;

    /**
     * @param base the service's address without a trailing slash: {@code https://opendata.cbs.nl/ODataApi/odata}
     *        or {@code https://odata4.cbs.nl/CBS}
     */
    public CbsReader(Fetcher fetcher, CbsApi api, String base) {
        this.fetcher = fetcher;
        this.api = api;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The figures the request means. */
    public CbsFigures read(CbsRequest request) throws SourceFailure, ResolveFailure {
        String table = base + "/" + segment(request.table());
        return api == CbsApi.V3 ? readV3(request, table) : readV4(request, table);
    }

    private CbsFigures readV3(CbsRequest request, String table) throws SourceFailure, ResolveFailure {
        List<JsonObject> properties = list(table + "/DataProperties");
        List<Choices.Item> topics = new ArrayList<>();
        List<Choices.Item> dimensions = new ArrayList<>();
        Optional<String> geo = Optional.empty();
        Optional<String> time = Optional.empty();
        URI at = URI.create(table + "/DataProperties");
        for (JsonObject property : properties) {
            String type = text(property, "Type", at);
            Choices.Item item = new Choices.Item(text(property, "Key", at), text(property, "Title", at), "");
            switch (type) {
                case "Topic" -> topics.add(item);
                case "Dimension" -> dimensions.add(item);
                case "GeoDimension" -> geo = geo.or(() -> Optional.of(item.key()));
                case "TimeDimension" -> time = time.or(() -> Optional.of(item.key()));
                default -> {
                    // TopicGroup and the like: headings, not data
                }
            }
        }
        if (time.isEmpty()) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, at, "no TimeDimension");
        }
        Choices.Item measure = Choices.resolve(request.file(), request.measure(), "measure", topics);
        List<String> filters = new ArrayList<>();
        dimensionFilters(request, table, dimensions, "", "Key", "Title", filters);
        if (geo.isPresent()) {
            filters.add(geo.get() + " eq '" + region(request, categories(table + "/" + segment(geo.get()),
                    "Key", "Title")).key().replace("'", "''") + "'");
        }
        Map<String, String> statuses = statuses(categories(table + "/" + segment(time.get()), "Key", "Title"));
        String query = "$filter=" + encode(String.join(" and ", filters)) + "&$select="
                + encode(time.get() + "," + measure.key());
        if (filters.isEmpty()) {
            query = "$select=" + encode(time.get() + "," + measure.key());
        }
        String url = table + "/TypedDataSet?" + query;
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<String> provisional = new HashSet<>();
        for (Page page : pages(url)) {
            for (JsonObject row : page.rows()) {
                String code = text(row, time.get(), page.uri());
                JsonValue value = row.get(measure.key());
                if (value == null) {
                    throw new SourceFailure(SourceFailure.Kind.MALFORMED, page.uri(), "no " + measure.key());
                }
                add(code, value, page.uri(), statuses, values, provisional);
            }
        }
        return new CbsFigures(values, provisional);
    }

    private CbsFigures readV4(CbsRequest request, String table) throws SourceFailure, ResolveFailure {
        Choices.Item measure = Choices.resolve(request.file(), request.measure(), "measure",
                categories(table + "/MeasureCodes", "Identifier", "Title"));
        URI at = URI.create(table + "/Dimensions");
        List<Choices.Item> dimensions = new ArrayList<>();
        Optional<String> geo = Optional.empty();
        Optional<String> time = Optional.empty();
        for (JsonObject dimension : list(table + "/Dimensions")) {
            String kind = text(dimension, "Kind", at);
            Choices.Item item = new Choices.Item(text(dimension, "Identifier", at), text(dimension, "Title", at), "");
            if (kind.equals("TimeDimension")) {
                time = time.or(() -> Optional.of(item.key()));
            } else if (kind.startsWith("Geo")) {
                geo = geo.or(() -> Optional.of(item.key()));
            } else {
                dimensions.add(item);
            }
        }
        if (time.isEmpty()) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, at, "no TimeDimension");
        }
        List<String> filters = new ArrayList<>();
        filters.add("Measure eq '" + measure.key().replace("'", "''") + "'");
        dimensionFilters(request, table, dimensions, "Codes", "Identifier", "Title", filters);
        if (geo.isPresent()) {
            filters.add(geo.get() + " eq '" + region(request, categories(table + "/" + segment(geo.get() + "Codes"),
                    "Identifier", "Title")).key().replace("'", "''") + "'");
        }
        Map<String, String> statuses = statuses(categories(table + "/" + segment(time.get() + "Codes"), "Identifier",
                "Title"));
        String url = table + "/Observations?$filter=" + encode(String.join(" and ", filters)) + "&$select="
                + encode(time.get() + ",Value,ValueAttribute");
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Set<String> provisional = new HashSet<>();
        for (Page page : pages(url)) {
            for (JsonObject row : page.rows()) {
                String code = text(row, time.get(), page.uri());
                JsonValue attribute = row.get("ValueAttribute");
                if (attribute instanceof JsonString marked && MISSING.contains(marked.getString())) {
                    continue;
                }
                JsonValue value = row.get("Value");
                if (value == null) {
                    throw new SourceFailure(SourceFailure.Kind.MALFORMED, page.uri(), "no Value");
                }
                add(code, value, page.uri(), statuses, values, provisional);
            }
        }
        return new CbsFigures(values, provisional);
    }

    private void dimensionFilters(CbsRequest request, String table, List<Choices.Item> dimensions, String suffix,
            String key, String title, List<String> filters) throws SourceFailure, ResolveFailure {
        Set<String> named = new HashSet<>();
        for (CbsRequest.Dimension wanted : request.dimensions()) {
            Choices.Item dimension = Choices.resolve(request.file(), wanted.dimension(), "dimension", dimensions);
            if (!named.add(dimension.key())) {
                throw new ResolveFailure(MonitorProblem.of("manyMatches", request.file(), wanted.dimension().at().line(),
                        wanted.dimension().at().column(), "dimension", wanted.dimension().text(), dimension.key()));
            }
            Choices.Item category = Choices.resolve(request.file(), wanted.category(), dimension.title().trim(),
                    categories(table + "/" + segment(dimension.key() + suffix), key, title));
            filters.add(dimension.key() + " eq '" + category.key().replace("'", "''") + "'");
        }
        for (Choices.Item dimension : dimensions) {
            if (!named.contains(dimension.key())) {
                List<Choices.Item> categories = categories(table + "/" + segment(dimension.key() + suffix), key, title);
                throw new ResolveFailure(MonitorProblem.of("dimensionMissing", request.file(),
                        request.dimensionsAt().line(), request.dimensionsAt().column(),
                        dimension.key() + " (" + dimension.title().trim() + ")",
                        String.join(", ", categories.stream().limit(3).map(c -> "'" + c.title().trim() + "'").toList())));
            }
        }
    }

    private static Choices.Item region(CbsRequest request, List<Choices.Item> regions) throws ResolveFailure {
        CbsRequest.Typed region = request.region().orElseThrow(() -> new ResolveFailure(
                MonitorProblem.of("noRegion", request.file(), 1, 1)));
        return Choices.resolve(request.file(), region, "region", regions);
    }

    private static Map<String, String> statuses(List<Choices.Item> periods) {
        Map<String, String> statuses = new LinkedHashMap<>();
        periods.forEach(period -> statuses.put(period.key().trim(), period.status()));
        return statuses;
    }

    private static void add(String code, JsonValue value, URI uri, Map<String, String> statuses,
            Map<String, BigDecimal> values, Set<String> provisional) throws SourceFailure {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, uri, "a value that is no number");
        }
        Optional<String> period = Periods.fromCbs(code);
        if (period.isEmpty()) {
            return; // a period the CSV cannot hold (CBS's multi-year codes): not an observation of this indicator
        }
        if (values.put(period.get(), number.bigDecimalValue()) != null) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, uri, "period " + code + " twice");
        }
        if ("Voorlopig".equalsIgnoreCase(statuses.getOrDefault(code.trim(), ""))) {
            provisional.add(period.get());
        }
    }

    /** The entries of a CBS list, by key and title (and {@code Status} where there is one). */
    private List<Choices.Item> categories(String url, String key, String title) throws SourceFailure {
        List<Choices.Item> items = new ArrayList<>();
        for (Page page : pages(url)) {
            for (JsonObject row : page.rows()) {
                JsonValue status = row.get("Status");
                items.add(new Choices.Item(text(row, key, page.uri()), optionalText(row, title),
                        status instanceof JsonString s ? s.getString() : ""));
            }
        }
        return items;
    }

    private List<JsonObject> list(String url) throws SourceFailure {
        List<JsonObject> rows = new ArrayList<>();
        for (Page page : pages(url)) {
            rows.addAll(page.rows());
        }
        return rows;
    }

    private record Page(URI uri, List<JsonObject> rows) {
    }

    /** Every page of a list, following the next links (on the same server only). */
    private List<Page> pages(String url) throws SourceFailure {
        List<Page> pages = new ArrayList<>();
        URI next = URI.create(url);
        URI first = next;
        while (next != null) {
            if (pages.size() == MAX_PAGES) {
                throw new SourceFailure(SourceFailure.Kind.MALFORMED, first, "more than " + MAX_PAGES + " pages");
            }
            JsonObject page = fetcher.get(next);
            JsonValue value = page.get("value");
            if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
                throw new SourceFailure(SourceFailure.Kind.MALFORMED, next, "no value array");
            }
            List<JsonObject> rows = new ArrayList<>();
            for (JsonValue row : value.asJsonArray()) {
                if (row.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw new SourceFailure(SourceFailure.Kind.MALFORMED, next, "a row that is no object");
                }
                rows.add(row.asJsonObject());
            }
            pages.add(new Page(next, rows));
            JsonValue link = page.get(api == CbsApi.V3 ? "odata.nextLink" : "@odata.nextLink");
            if (link == null || link.getValueType() == JsonValue.ValueType.NULL) {
                next = null;
            } else if (link instanceof JsonString text) {
                next = sameServer(first, next, text.getString());
            } else {
                throw new SourceFailure(SourceFailure.Kind.MALFORMED, next, "a next link that is no text");
            }
        }
        return pages;
    }

    private static URI sameServer(URI first, URI current, String link) throws SourceFailure {
        URI next;
        try {
            next = current.resolve(link.replace(" ", "%20").replace("'", "%27"));
        } catch (IllegalArgumentException e) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, current, "a next link that is no URL");
        }
        if (!first.getScheme().equalsIgnoreCase(String.valueOf(next.getScheme()))
                || !first.getHost().equalsIgnoreCase(String.valueOf(next.getHost()))
                || first.getPort() != next.getPort()) {
            throw new SourceFailure(SourceFailure.Kind.MALFORMED, current, "a next link to another server");
        }
        return next;
    }

    private static String text(JsonObject row, String key, URI uri) throws SourceFailure {
        JsonValue value = row.get(key);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new SourceFailure(SourceFailure.Kind.MALFORMED, uri, "no " + key);
    }

    private static String optionalText(JsonObject row, String key) {
        return row.get(key) instanceof JsonString text ? text.getString() : "";
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$")
                .replace("%2C", ",");
    }
}
