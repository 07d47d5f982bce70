package nl.veerkracht.checklist.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.store.SettingsFile;
import nl.veerkracht.store.Workspace;

/**
 * {@code .veerkracht/checklist.cfg}: a workspace's own thresholds, {@code key = value} per line with the
 * keys of the configuration (for example {@code stakeholders.minimumSectors = 4}). They take the place
 * of the configured values in checks of that workspace, so that a municipality sets its thresholds
 * without touching the product.
 */
final class WorkspaceRuleSettings {

    /** The file, relative to the workspace's state folder. */
    static final String NAME = "checklist.cfg";

    /** The keys of {@link ChecklistConfiguration}: a method's name with {@code _} read as {@code .}. */
    private static final Set<String> BUILT_IN_KEYS = Arrays.stream(ChecklistConfiguration.class.getDeclaredMethods())
            .map(method -> method.getName().replace('_', '.'))
            .collect(Collectors.toUnmodifiableSet());

    private WorkspaceRuleSettings() {
    }

    static Path of(Workspace workspace) {
        return workspace.stateDirectory().resolve(NAME);
    }

    /**
     * The settings for checks of {@code workspace}: {@code configured}, with its file's keys in their place.
     *
     * @throws SettingsFile.MalformedException when the file cannot be read as settings, or sets a key no
     *         rule reads (a misspelt key would otherwise change nothing, silently)
     */
    static RuleSettings of(RuleSettings configured, Workspace workspace, Collection<ChecklistRule> rules) {
        Optional<SettingsFile> file = SettingsFile.read(of(workspace));
        if (file.isEmpty()) {
            return configured;
        }
        file.get().requireKnown(key -> isKnown(key, rules));
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (SettingsFile.Setting setting : file.get().settings().values()) {
            values.put(setting.key(), setting.value());
            origins.put(setting.key(), file.get().where(setting));
        }
        return configured.overriddenBy(values, origins);
    }

    /** A key of the configuration, or one a rule of another bundle reads: it starts with that rule's id and a dot. */
    static boolean isKnown(String key, Collection<ChecklistRule> rules) {
        return BUILT_IN_KEYS.contains(key) || rules.stream().anyMatch(rule -> key.startsWith(rule.id() + "."));
    }
}
