package nl.veerkracht.province;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.Workspace;

/** Following a province's programme from a workspace. */
@ProviderType
public interface ProvinceService {

    /**
     * Mirrors the province's plan at {@code url} into {@code province/<code>}, read-only, and reports
     * what it means for this workspace's plan right away (links that lead nowhere, the programmes).
     *
     * @throws nl.veerkracht.store.StoreException when the URL cannot be fetched, does not hold a
     *         province's plan, or that province is followed already
     */
    ProvinceStepReport.Pull follow(Workspace workspace, String url);

    /** The reports kept for a province, newest first (each pull that brought something keeps one). */
    List<ProvinceReport> reports(Workspace workspace, String province);

    /** The newest report kept for a province, if any. */
    default Optional<ProvinceReport> lastReport(Workspace workspace, String province) {
        return reports(workspace, province).stream().findFirst();
    }
}
