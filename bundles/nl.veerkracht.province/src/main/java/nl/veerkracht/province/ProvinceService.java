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
    default ProvinceStepReport.Pull follow(Workspace workspace, String url) {
        return follow(workspace, url, false).pull();
    }

    /**
     * Follows the province at {@code url} as {@link #follow(Workspace, String)} does; with {@code replace}, a
     * province that is followed already is brought to the history at {@code url} even when that history was
     * rewritten (a force-push): its mirror's {@code main} moves there, after the old history's commits that the
     * new one lacks and the differences between the two are taken down for the report. Until {@code main}
     * moves the old mirror is untouched; a move that a crash interrupts is finished by the next command.
     *
     * @throws nl.veerkracht.store.StoreException as {@link #follow(Workspace, String)}, without {@code replace}
     *         for a province that is followed already; with it, when the mirror that follows {@code url} is of
     *         another province, or when its files were changed by hand
     */
    FollowReport follow(Workspace workspace, String url, boolean replace);

    /**
     * The programme of the followed province {@code province} (PV30) as its mirror holds it at its head, seen from
     * this workspace's plan on {@code today}: tasks with the actions that link to them, deadlines in date order
     * (those within {@link ProvinceOverview#CLOSING_SOON} marked), broken links.
     *
     * @throws ProvinceException {@code province.notFollowed} when the workspace does not follow that province
     */
    ProvinceOverview overview(Workspace workspace, String province, java.time.LocalDate today);

    /** The reports kept for a province, newest first (each pull that brought something keeps one). */
    List<ProvinceReport> reports(Workspace workspace, String province);

    /** The newest report kept for a province, if any. */
    default Optional<ProvinceReport> lastReport(Workspace workspace, String province) {
        return reports(workspace, province).stream().findFirst();
    }
}
