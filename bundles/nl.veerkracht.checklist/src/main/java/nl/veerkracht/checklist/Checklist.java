package nl.veerkracht.checklist;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The ten-point check as a service: it gathers what a workspace knows of a plan, runs every
 * {@link ChecklistRule} service there is at that moment, and scores each point.
 */
@ProviderType
public interface Checklist {

    /**
     * The persistent id of the check's configuration in Configuration Admin: every rule's threshold
     * is a key of it ({@link RuleSettings}), and {@code rules.disabled} lists the ids of rules that
     * are not run.
     */
    String PID = "nl.veerkracht.checklist";

    /**
     * Checks a plan of the workspace as its working tree has it now.
     *
     * @param repository the plan ({@link RepositoryName#PLAN}) or another member's ({@code members/<code>});
     *        a regional plan is not a municipality's herstelaanpak and scores missing on most points
     * @param today the date to judge ages by
     * @throws StoreException when the workspace has no such repository, or it cannot be read
     * @throws InvalidSettingException when a configured threshold cannot be used
     * @throws nl.veerkracht.store.SettingsFile.MalformedException when the workspace's own thresholds,
     *         {@code .veerkracht/checklist.cfg}, cannot be read; where that file sets a key, its value is
     *         used instead of the configured one
     */
    Scorecard check(Workspace workspace, RepositoryName repository, LocalDate today);

    /** What the workspace knows of a plan: what {@link #check} judges. */
    PlanFacts facts(Workspace workspace, RepositoryName repository);

    /**
     * Judges facts gathered before (or made by hand) with the rules there are now.
     *
     * @throws InvalidSettingException when a configured threshold cannot be used
     */
    Scorecard assess(PlanFacts facts, LocalDate today);

    /** The rules the next check runs (disabled ones left out), by point and id. */
    List<ChecklistRule> rules();

    /** The thresholds the next check uses. */
    RuleSettings settings();
}
