package nl.veerkracht.index.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.index.IndexException;
import nl.veerkracht.store.SettingsFile;
import nl.veerkracht.store.Workspace;

/**
 * {@code .veerkracht/index.cfg}: which database holds a workspace's index, when it is not the embedded
 * one. Lines {@code key = value} (or {@code key: value}); {@code #} and {@code !} start a comment line;
 * values are taken as written, without escapes. Keys: {@code url} (required), {@code user},
 * {@code password}. Anything else is an error naming the file, line and column.
 *
 * <pre>
 * url = jdbc:postgresql://localhost:5432/veerkracht
 * user = veerkracht
 * password = geheim
 * </pre>
 */
public final class WorkspaceDatabaseFile {

    /** The file, relative to the workspace's state folder. */
    public static final String NAME = "index.cfg";

    private static final Set<String> KEYS = Set.of("url", "user", "password");

    private WorkspaceDatabaseFile() {
    }

    public static Path of(Workspace workspace) {
        return workspace.stateDirectory().resolve(NAME);
    }

    /** The settings the workspace's file names; empty when it has none. */
    public static Optional<DatabaseSettings> read(Workspace workspace) {
        Path file = of(workspace);
        try {
            return SettingsFile.read(file).map(WorkspaceDatabaseFile::settings);
        } catch (SettingsFile.MalformedException e) {
            throw malformed(e);
        }
    }

    static DatabaseSettings parse(Path file, String text) {
        try {
            return settings(SettingsFile.parse(file, text));
        } catch (SettingsFile.MalformedException e) {
            throw malformed(e);
        }
    }

    private static DatabaseSettings settings(SettingsFile settings) {
        Path file = settings.file();
        try {
            settings.requireKnown(KEYS::contains);
        } catch (SettingsFile.MalformedException e) {
            throw malformed(e);
        }
        Optional<String> url = settings.setting("url").map(SettingsFile.Setting::value).filter(v -> !v.isEmpty());
        if (url.isEmpty()) {
            throw new IndexException("index.settings.missingUrl", file);
        }
        DatabaseSettings database = new DatabaseSettings(url.get(),
                settings.setting("user").map(SettingsFile.Setting::value).filter(v -> !v.isEmpty()),
                settings.setting("password").map(SettingsFile.Setting::value).filter(v -> !v.isEmpty()));
        database.kind();
        return database;
    }

    private static IndexException malformed(SettingsFile.MalformedException e) {
        return switch (e.reason()) {
            case UNREADABLE -> new IndexException(e, "index.settings.unreadable", e.file(), e.detail());
            case SYNTAX -> new IndexException("index.settings.syntax", e.file(), e.line(), e.column());
            case UNKNOWN_KEY -> new IndexException("index.settings.unknownKey", e.file(), e.line(), e.column(), e.key());
            case DUPLICATE_KEY -> new IndexException("index.settings.duplicateKey", e.file(), e.line(), e.column(),
                    e.key());
        };
    }
}
