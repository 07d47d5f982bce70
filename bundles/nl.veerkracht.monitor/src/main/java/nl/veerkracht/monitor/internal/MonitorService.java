package nl.veerkracht.monitor.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Indicator;
import nl.veerkracht.model.IndicatorSource;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.Observation;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.model.validation.Severity;
import nl.veerkracht.monitor.CsvColumns;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.IndicatorUpdate;
import nl.veerkracht.monitor.Monitor;
import nl.veerkracht.monitor.MonitorException;
import nl.veerkracht.monitor.MonitorProblem;
import nl.veerkracht.monitor.status.StatusCalculation;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The monitor on a workspace's own plan, in its working tree. Each indicator's file is written whole or not
 * at all: the new text goes to a hidden file beside it that is then moved over it.
 */
@Component(service = Monitor.class)
public final class MonitorService implements Monitor {

    private static final SourcePosition START = new SourcePosition(1, 1);

    private final Function<Duration, Fetcher> fetchers;

    public MonitorService() {
        this(HttpFetcher::new);
    }

    /** With another way to fetch (a table of answers in tests). */
    MonitorService(Function<Duration, Fetcher> fetchers) {
        this.fetchers = fetchers;
    }

    @Override
    public List<IndicatorUpdate> update(Workspace workspace, List<String> indicators) {
        MonitorSettings settings = MonitorSettings.of(workspace);
        RemoteAccess remote = RemoteAccess.of(workspace);
        Path plan = planOf(workspace);
        PlanRead read = read(plan);
        List<String> ids = new ArrayList<>();
        if (indicators.isEmpty()) {
            for (String id : indicatorIds(plan)) {
                Indicator indicator = read.contents().indicators().get(id);
                if (indicator == null || indicator.source() == IndicatorSource.CBS) {
                    ids.add(id);
                }
            }
        } else {
            for (String id : indicators) {
                Indicator indicator = known(plan, read, id);
                if (indicator != null && indicator.source() != IndicatorSource.CBS) {
                    throw new MonitorException(MonitorProblem.of("notCbs", id, indicator.source().code()));
                }
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        Fetcher fetcher = fetchers.apply(Duration.ofSeconds(remote.timeoutSeconds()));
        Optional<String> ownCode = read.contents().plan().filter(LocalPlan.class::isInstance)
                .map(p -> ((LocalPlan) p).code());
        List<IndicatorUpdate> updates = new ArrayList<>();
        for (String id : ids) {
            updates.add(updateOne(plan, read, id, settings, fetcher, ownCode));
        }
        return updates;
    }

    private IndicatorUpdate updateOne(Path plan, PlanRead read, String id, MonitorSettings settings, Fetcher fetcher,
            Optional<String> ownCode) {
        String yaml = EntityKind.INDICATOR.pathOf(id);
        String csv = EntityKind.OBSERVATIONS.pathOf(id);
        Optional<Problem> problem = firstError(read, yaml, csv);
        if (problem.isPresent()) {
            return IndicatorUpdate.failed(id, csv, MonitorProblem.ofFile(problem.get()));
        }
        Indicator indicator = read.contents().indicators().get(id);
        MapNode document = (MapNode) read.snapshot().documents().get(yaml);
        CbsRequest request;
        try {
            request = request(yaml, indicator, document, ownCode);
        } catch (ResolveFailure e) {
            return IndicatorUpdate.failed(id, csv, e.problem());
        }
        CbsFigures figures;
        try {
            figures = new CbsReader(fetcher, indicator.cbsApi(), settings.base(indicator.cbsApi())).read(request);
        } catch (SourceFailure e) {
            return IndicatorUpdate.failed(id, csv, e.problem(yaml));
        } catch (ResolveFailure e) {
            return IndicatorUpdate.failed(id, csv, e.problem());
        }
        SeriesMerge.Result merged = SeriesMerge.merge(read.contents().observationsOf(id),
                new TreeMap<>(figures.values()), Optional.of(IndicatorSource.CBS));
        return write(plan, id, merged, SeriesMerge.provisional(merged, figures.provisional()));
    }

    @Override
    public IndicatorUpdate importCsv(Workspace workspace, String id, Path export, CsvColumns columns) {
        Path plan = planOf(workspace);
        PlanRead read = read(plan);
        Indicator indicator = known(plan, read, id);
        String csv = EntityKind.OBSERVATIONS.pathOf(id);
        Optional<Problem> problem = firstError(read, EntityKind.INDICATOR.pathOf(id), csv);
        if (problem.isPresent()) {
            throw new MonitorException(MonitorProblem.ofFile(problem.get()));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(export)))
                    .toString();
        } catch (CharacterCodingException e) {
            try {
                text = new String(Files.readAllBytes(export), StandardCharsets.ISO_8859_1);
            } catch (IOException again) {
                throw new MonitorException(MonitorProblem.of("exportUnreadable", export, again.getMessage()));
            }
        } catch (IOException e) {
            throw new MonitorException(MonitorProblem.of("exportUnreadable", export, String.valueOf(e.getMessage())));
        }
        List<CsvExport.Row> rows;
        try {
            rows = CsvExport.read(export.toString(), text, columns.period(), columns.value());
        } catch (CsvExport.ExportException e) {
            throw new MonitorException(e.problem());
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        rows.forEach(row -> values.put(row.period(), row.value()));
        SeriesMerge.Result merged = SeriesMerge.merge(read.contents().observationsOf(id), values,
                columns.source().or(() -> Optional.of(indicator.source())));
        IndicatorUpdate update = write(plan, id, merged, List.of());
        update.failure().ifPresent(failure -> {
            throw new MonitorException(failure);
        });
        return update;
    }

    @Override
    public List<IndicatorStatus> status(Workspace workspace, LocalDate today) {
        Path plan = planOf(workspace);
        PlanRead read = read(plan);
        return StatusCalculation.of(read.contents(), today);
    }

    /** What the indicator file asks of CBS; the region by default the plan's own municipality. */
    static CbsRequest request(String file, Indicator indicator, MapNode document, Optional<String> ownCode)
            throws ResolveFailure {
        if (indicator.table().isEmpty()) {
            throw new ResolveFailure(MonitorProblem.of("noTable", file, START.line(), START.column()));
        }
        if (indicator.measure().isEmpty()) {
            throw new ResolveFailure(MonitorProblem.of("noMeasure", file, START.line(), START.column()));
        }
        CbsRequest.Typed measure = typed(document, "measure", indicator.measure().get());
        Optional<CbsRequest.Typed> region = indicator.region().map(code -> typed(document, "region", code))
                .or(() -> ownCode.map(code -> new CbsRequest.Typed(code, START)));
        List<CbsRequest.Dimension> dimensions = new ArrayList<>();
        SourcePosition dimensionsAt = START;
        Optional<Node> node = document.get("dimensions");
        if (node.isPresent() && node.get() instanceof MapNode map) {
            dimensionsAt = document.keyPosition("dimensions");
            for (Map.Entry<String, String> entry : indicator.dimensions().entrySet()) {
                SourcePosition keyAt = map.keyPosition(entry.getKey());
                SourcePosition valueAt = map.get(entry.getKey()).map(Node::position).orElse(keyAt);
                dimensions.add(new CbsRequest.Dimension(new CbsRequest.Typed(entry.getKey(), keyAt),
                        new CbsRequest.Typed(entry.getValue(), valueAt)));
            }
        }
        return new CbsRequest(file, indicator.table().get(), measure, region, dimensions, dimensionsAt);
    }

    private static CbsRequest.Typed typed(MapNode document, String key, String text) {
        SourcePosition at = document.get(key).map(Node::position).orElse(START);
        return new CbsRequest.Typed(text, at);
    }

    private static IndicatorUpdate write(Path plan, String id, SeriesMerge.Result merged, List<String> provisional) {
        String csv = EntityKind.OBSERVATIONS.pathOf(id);
        if (merged.changed()) {
            List<Node> rows = new ArrayList<>();
            for (Observation observation : merged.series()) {
                Map<String, Node> row = new LinkedHashMap<>();
                row.put("period", ScalarNode.string(observation.period()));
                row.put("value", ScalarNode.string(observation.value().toPlainString()));
                observation.source().ifPresent(source -> row.put("source", ScalarNode.string(source.code())));
                rows.add(MapNode.of(row));
            }
            byte[] bytes = PlanFiles.write(csv, ListNode.of(rows));
            Path target = plan.resolve(csv);
            Path temporary = target.resolveSibling("." + id + ".csv.new");
            try {
                Files.createDirectories(target.getParent());
                Files.write(temporary, bytes);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the hidden file is not a plan file; the next write replaces it
                }
                return IndicatorUpdate.failed(id, csv, MonitorProblem.of("write", csv, String.valueOf(e.getMessage())));
            }
        }
        return new IndicatorUpdate(id, csv, merged.added(), merged.revised(), provisional, Optional.empty());
    }

    private static Optional<Problem> firstError(PlanRead read, String... files) {
        List<String> paths = List.of(files);
        return read.problems().stream().filter(p -> p.severity() == Severity.ERROR && paths.contains(p.path()))
                .findFirst();
    }

    private static Indicator known(Path plan, PlanRead read, String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9-]*") || !Files.isRegularFile(plan.resolve(EntityKind.INDICATOR.pathOf(id)))) {
            throw new MonitorException(MonitorProblem.of("unknownIndicator", id));
        }
        return read.contents().indicators().get(id);
    }

    private static Path planOf(Workspace workspace) {
        Path plan = workspace.directoryOf(RepositoryName.PLAN);
        if (!Files.isDirectory(plan)) {
            throw new MonitorException(MonitorProblem.of("noPlan", plan));
        }
        return plan;
    }

    private static List<String> indicatorIds(Path plan) {
        Path folder = plan.resolve("indicators");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .filter(name -> !name.startsWith(".")).map(name -> name.substring(0, name.length() - 5)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new MonitorException(MonitorProblem.of("exportUnreadable", folder, String.valueOf(e.getMessage())));
        }
    }

    /** plan.yaml and the indicators' files, read and validated together. */
    private static PlanRead read(Path plan) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Path planFile = plan.resolve("plan.yaml");
            if (Files.isRegularFile(planFile)) {
                files.put("plan.yaml", Files.readAllBytes(planFile));
            }
            Path folder = plan.resolve("indicators");
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    for (Path file : list.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (!name.startsWith(".") && Files.isRegularFile(file)
                                && Files.size(file) <= PlanFiles.MAX_FILE_BYTES) {
                            files.put("indicators/" + name, Files.readAllBytes(file));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new MonitorException(MonitorProblem.of("exportUnreadable", plan, String.valueOf(e.getMessage())));
        }
        return PlanFiles.readAll(files);
    }
}
