package nl.veerkracht.province.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceException;
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
    public ProvinceStepReport.Pull follow(Workspace workspace, String url) {
        try (WorkspaceLock lock = workspace.lock(LOCK_WAIT, owner -> { })) {
            java.nio.file.Path staging = ReadOnlyMirror.staging(workspace);
            String code;
            String tip;
            try (PlanRepository clone = PlanRepository.cloneFrom(RemoteAccess.of(workspace),
                    RemoteUrls.requireNoPassword(url), staging)) {
                tip = clone.head().orElseThrow(() -> new ProvinceException("province.empty", url));
                byte[] plan = clone.filesAt(tip).get("plan.yaml");
                Optional<LocalPlan> province = plan == null ? Optional.empty()
                        : PlanFiles.readAll(Map.of("plan.yaml", plan)).contents().plan()
                                .filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast)
                                .filter(local -> local.kind() == PlanKind.PROVINCE);
                code = province.map(LocalPlan::code).orElseThrow(() -> new ProvinceException("province.notProvince", url));
            } catch (RuntimeException e) {
                ReadOnlyMirror.removeQuietly(staging.getParent());
                throw e;
            }
            RepositoryName name = RepositoryName.province(code);
            if (workspace.has(name)) {
                ReadOnlyMirror.removeQuietly(staging.getParent());
                throw new ProvinceException("province.followed", code, workspace.directoryOf(name));
            }
            ReadOnlyMirror.moveIntoPlace(staging, workspace.directoryOf(name));
            MirrorUpdate cloned = new MirrorUpdate(name, code, MirrorUpdate.Status.CLONED, Optional.empty(),
                    Optional.of(tip), 0, Optional.empty());
            return new ProvinceStepReport.Pull(cloned, reports.reportOf(workspace, cloned));
        } catch (java.io.IOException e) {
            throw new StoreException(e, "workspace.lockFailed", workspace.root(), e.getMessage());
        }
    }

    @Override
    public List<ProvinceReport> reports(Workspace workspace, String province) {
        return ReportFiles.all(workspace, province);
    }
}
