package nl.veerkracht.province.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.province.FollowReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceException;
import nl.veerkracht.province.ProvinceOverview;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RemoteAccess;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.WorkspaceLock;

/** Following a province: the mirror made from its URL, and the reports kept of its pulls. */
@Component(service = ProvinceService.class)
public final class JGitProvinceService implements ProvinceService {

    private static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    private final ProvinceSyncStep reports;

    @Activate
    public JGitProvinceService(@Reference PlanStore store) {
        this.reports = new ProvinceSyncStep(store);
    }

    @Override
    public FollowReport follow(Workspace workspace, String url, boolean replace) {
        String source = location(RemoteUrls.requireNoPassword(url));
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            Path staging = ReadOnlyMirror.staging(workspace);
            try {
                String code = provinceIn(workspace, staging, source);
                RepositoryName name = RepositoryName.province(code);
                if (replace) {
                    refuseAnotherProvince(workspace, source, code);
                }
                if (workspace.has(name)) {
                    if (!replace) {
                        throw new ProvinceException("province.followed", code, workspace.directoryOf(name));
                    }
                    return replaced(workspace, ReadOnlyMirror.replace(workspace, name, code, staging, source));
                }
                ReadOnlyMirror.moveIntoPlace(staging, workspace.directoryOf(name));
                MirrorUpdate cloned;
                try (PlanRepository mirror = workspace.open(name)) {
                    cloned = new MirrorUpdate(name, code, MirrorUpdate.Status.CLONED, Optional.empty(), mirror.head(), 0,
                            Optional.empty(), Optional.of(source));
                }
                return new FollowReport(new ProvinceStepReport.Pull(cloned, reports.reportOf(workspace, cloned)),
                        List.of(), new PlanDiff(List.of()));
            } finally {
                ReadOnlyMirror.removeQuietly(staging.getParent());
            }
        } catch (IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
    }

    /**
     * A location as it keeps working from any folder: a URL as it is, a local folder as its absolute path (a
     * relative one would be read from wherever the next command runs).
     */
    static String location(String url) {
        return RemoteUrls.isLocalFolder(url) && !url.startsWith("file://")
                ? Path.of(url).toAbsolutePath().normalize().toString() : url;
    }

    /** Clones {@code url} into {@code staging}; answers the code of the province whose plan it holds. */
    private static String provinceIn(Workspace workspace, Path staging, String url) {
        try (PlanRepository clone = PlanRepository.cloneFrom(RemoteAccess.of(workspace), url, staging)) {
            String tip = clone.head().orElseThrow(() -> new ProvinceException("province.empty", url));
            byte[] plan = clone.filesAt(tip).get("plan.yaml");
            Optional<LocalPlan> province = plan == null ? Optional.empty()
                    : PlanFiles.readAll(Map.of("plan.yaml", plan)).contents().plan()
                            .filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast)
                            .filter(local -> local.kind() == PlanKind.PROVINCE);
            return province.map(LocalPlan::code)
                    .orElseThrow(() -> new ProvinceException("province.notProvince", url));
        }
    }

    /**
     * {@code --replace} brings a mirror to another history of the same province, never to another province's:
     * a mirror of another province that follows this very URL is not replaced by this one.
     */
    private static void refuseAnotherProvince(Workspace workspace, String source, String code) {
        for (RepositoryName other : workspace.repositories()) {
            if (other.kind() != RepositoryName.Kind.PROVINCE || other.name().equals(code)) {
                continue;
            }
            try (PlanRepository mirror = workspace.open(other)) {
                if (mirror.remoteUrl(ReadOnlyMirror.REMOTE).map(JGitProvinceService::location).equals(Optional.of(source))) {
                    throw new ProvinceException("province.replaceOther", source, code,
                            other.name(), workspace.directoryOf(other));
                }
            }
        }
    }

    /** The follow report of a mirror that {@code --replace} brought to the new history. */
    private FollowReport replaced(Workspace workspace, ReadOnlyMirror.Replacement replacement) {
        MirrorUpdate update = replacement.update();
        PlanDiff differences = new PlanDiff(List.of());
        if (update.status() == MirrorUpdate.Status.REPLACED) {
            differences = SemanticDiff.between(
                    WorkspaceFiles.programme(workspace, update.repository(), update.from()).snapshot(),
                    WorkspaceFiles.programme(workspace, update.repository(), update.to()).snapshot());
        }
        Optional<ProvinceReport> report = reports.reportOf(workspace, update);
        return new FollowReport(new ProvinceStepReport.Pull(update, report), replacement.dropped(), differences);
    }

    @Override
    public ProvinceOverview overview(Workspace workspace, String province, LocalDate today) {
        RepositoryName name = RepositoryName.province(province);
        if (!workspace.has(name)) {
            throw new ProvinceException("province.notFollowed", province);
        }
        Optional<String> head;
        try (PlanRepository mirror = workspace.open(name)) {
            head = mirror.head();
        }
        return ProvinceOverviews.of(province, head, WorkspaceFiles.programme(workspace, name, head),
                WorkspaceFiles.provinceLinks(workspace), today);
    }

    @Override
    public List<ProvinceReport> reports(Workspace workspace, String province) {
        return ReportFiles.all(workspace, province);
    }
}
