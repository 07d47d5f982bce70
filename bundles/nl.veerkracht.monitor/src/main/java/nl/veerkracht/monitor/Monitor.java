package nl.veerkracht.monitor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.Workspace;

/**
 * Fills and reads the observations of the indicators of a workspace's own plan ({@code plan/}), in its
 * working tree: the user reviews the result with {@code diff} and records it with {@code commit}.
 */
@ProviderType
public interface Monitor {

    /**
     * Fetches every indicator whose {@code source} is {@code cbs} (or only those named) from CBS's open data
     * services and writes its observations into {@code indicators/<id>.csv}. An indicator whose source fails
     * is reported with its problem and its file is not touched; the others are still done.
     *
     * @param indicators the ids to update; empty for every CBS indicator
     * @throws MonitorException when the workspace's settings are wrong or a named indicator does not exist
     *         or is not fed from CBS
     */
    List<IndicatorUpdate> update(Workspace workspace, List<String> indicators);

    /**
     * Takes a portal's CSV export (separator {@code ;} or {@code ,}, Dutch or English numbers, periods as
     * years, quarters or months) into {@code indicators/<id>.csv}.
     *
     * @throws MonitorException when the indicator does not exist or the export cannot be read; nothing is
     *         written then
     */
    IndicatorUpdate importCsv(Workspace workspace, String indicator, Path export, CsvColumns columns);

    /** Every indicator of the plan with its status on {@code today}, by id. */
    List<IndicatorStatus> status(Workspace workspace, LocalDate today);
}
