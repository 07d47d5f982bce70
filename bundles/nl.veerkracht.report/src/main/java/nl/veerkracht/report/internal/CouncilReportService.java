package nl.veerkracht.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RegionFacts;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.Plan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.report.CouncilReport;
import nl.veerkracht.report.ReportException;
import nl.veerkracht.report.ReportFormat;
import nl.veerkracht.report.ReportRequest;
import nl.veerkracht.report.WrittenReport;
import nl.veerkracht.report.internal.content.ReportBuilder;
import nl.veerkracht.report.internal.content.ReportContent;
import nl.veerkracht.report.internal.content.ReportInput;
import nl.veerkracht.report.internal.content.ReportTexts;
import nl.veerkracht.report.internal.render.ReportHtml;
import nl.veerkracht.report.internal.render.ReportPdf;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StateFile;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/**
 * The council report as a service: reads the plan at its last commit, the diff and the commits since the
 * compared version (the latest approval by default, the first commit when there is none) through the store,
 * the check and what the workspace knows of the region and the province through the checklist, builds the
 * content and writes it as PDF or HTML, whole or not at all.
 */
@Component(service = CouncilReport.class)
public final class CouncilReportService implements CouncilReport {

    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final PlanStore store;
    private final Checklist checklist;

    @Activate
    public CouncilReportService(@Reference PlanStore store, @Reference Checklist checklist) {
        this.store = store;
        this.checklist = checklist;
    }

    @Override
    public WrittenReport write(Workspace workspace, ReportRequest request) {
        RepositoryName repository = request.repository();
        boolean regional = repository.kind() == RepositoryName.Kind.REGION;
        if (request.informed() && regional) {
            throw new ReportException(ReportException.Reason.NOT_INFORMABLE, repository.folder());
        }
        ReportInput input = gather(workspace, request);
        ReportContent content = ReportBuilder.build(input, ReportTexts.of(request.language()));
        byte[] bytes = request.format() == ReportFormat.PDF ? ReportPdf.render(content)
                : ReportHtml.render(content, ReportHtml.Charts.SVG).getBytes(StandardCharsets.UTF_8);
        String code = input.plan().plan().map(Plan::identifier).orElse(repository.name());
        Path file = request.file().orElseGet(() -> request.folder()
                .resolve("veerkracht-" + code + "-" + request.date() + "." + request.format().extension()));
        try {
            StateFile.at(file.toAbsolutePath()).write(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(ReportException.Reason.WRITE_FAILED, e, file.toString(), String.valueOf(
                    e.getMessage()));
        }
        Optional<String> informed = Optional.empty();
        if (request.informed()) {
            informed = Optional.of(recordInformed(workspace, repository, request));
        }
        return new WrittenReport(file, input.reported().commitId(), input.compared().revision(),
                input.compared().commit(), input.compared().firstCommit(), informed);
    }

    private ReportInput gather(Workspace workspace, ReportRequest request) {
        RepositoryName repository = request.repository();
        String head;
        HistoryEntry reported;
        ReportInput.Compared compared;
        List<HistoryEntry> commits;
        List<CouncilApproval> approvals;
        try (PlanRepository git = workspace.open(repository)) {
            head = git.head().orElseThrow(
                    () -> new ReportException(ReportException.Reason.NO_COMMIT, repository.folder()));
            reported = git.commit(head);
            approvals = git.approvals();
            if (request.since().isPresent()) {
                String revision = request.since().get();
                // the diff's own errors for a revision that does not exist, as `diff` gives them
                store.diff(workspace, repository, revision, Optional.of(head));
                String commit = git.resolve(revision);
                Optional<CouncilApproval> approval = approvals.stream()
                        .filter(a -> a.tagName().equals(revision)).findFirst();
                compared = new ReportInput.Compared(revision, commit, approval.map(CouncilApproval::date), false);
            } else if (!approvals.isEmpty()) {
                CouncilApproval last = approvals.get(approvals.size() - 1);
                compared = new ReportInput.Compared(last.tagName(), last.commitId(), Optional.of(last.date()), false);
            } else {
                String first = git.commitsBetween(Optional.empty(), head).get(0).commitId();
                compared = new ReportInput.Compared(first, first, Optional.empty(), true);
            }
            commits = git.commitsBetween(Optional.of(compared.commit()), head);
        }
        PlanVersion committed = store.readAt(workspace, repository, head);
        if (committed.contents().plan().isEmpty()) {
            throw new ReportException(ReportException.Reason.NO_PLAN, repository.folder());
        }
        PlanDiff diff = store.diff(workspace, repository, compared.commit(), Optional.of(head));
        Optional<Scorecard> scorecard = Optional.empty();
        List<RegionFacts> regions = List.of();
        TreeMap<String, PlanContents> provinces = new TreeMap<>();
        if (repository.kind() != RepositoryName.Kind.REGION) {
            PlanFacts known = checklist.facts(workspace, repository);
            PlanFacts facts = new PlanFacts(known.repository(), committed.contents(), committed.snapshot(),
                    committed.problems(), approvals, known.regions(), known.provinces());
            scorecard = Optional.of(checklist.assess(facts, request.date()));
            regions = facts.regions();
            provinces.putAll(facts.provinces());
        }
        return new ReportInput(repository.folder(), committed.contents(), reported, compared, diff, commits, scorecard,
                regions, provinces, request.date());
    }

    /** Sets {@code council.last_informed} in the working tree's plan.yaml, written canonically; nothing is committed. */
    private String recordInformed(Workspace workspace, RepositoryName repository, ReportRequest request) {
        String path = EntityKind.PLAN.pathOf(EntityKind.PLAN_ID);
        Path file = workspace.directoryOf(repository).resolve(path);
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            MapNode plan = (MapNode) PlanFiles.read(path, Files.readAllBytes(file));
            MapNode council = plan.get("council").filter(MapNode.class::isInstance).map(MapNode.class::cast)
                    .orElse(MapNode.empty());
            MapNode updated = plan.with("council",
                    council.with("last_informed", ScalarNode.string(request.date().toString())));
            StateFile.at(file).write(PlanFiles.write(path, updated));
        } catch (IOException | PlanFileException | ClassCastException e) {
            throw new ReportException(ReportException.Reason.INFORMED_FAILED, e, file.toString(),
                    String.valueOf(e.getMessage()));
        }
        return repository.folder() + "/" + path;
    }
}
