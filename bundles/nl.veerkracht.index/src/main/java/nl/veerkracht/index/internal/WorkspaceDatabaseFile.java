package nl.veerkracht.index.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.index.IndexException;
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
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IndexException(e, "index.settings.unreadable", file, "UTF-8");
        } catch (IOException e) {
            throw new IndexException(e, "index.settings.unreadable", file, e.getMessage());
        }
        return Optional.of(parse(file, text));
    }

    static DatabaseSettings parse(Path file, String text) {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("!")) {
                continue;
            }
            int column = line.indexOf(content) + 1;
            int separator = firstSeparator(content);
            if (separator <= 0) {
                throw new IndexException("index.settings.syntax", file, number, column);
            }
            String key = content.substring(0, separator).strip();
            if (!KEYS.contains(key)) {
                throw new IndexException("index.settings.unknownKey", file, number, column, key);
            }
            if (values.containsKey(key)) {
                throw new IndexException("index.settings.duplicateKey", file, number, column, key);
            }
            values.put(key, content.substring(separator + 1).strip());
        }
        String url = values.get("url");
        if (url == null || url.isEmpty()) {
            throw new IndexException("index.settings.missingUrl", file);
        }
        DatabaseSettings settings = new DatabaseSettings(url, Optional.ofNullable(values.get("user")).filter(v -> !v.isEmpty()),
                Optional.ofNullable(values.get("password")).filter(v -> !v.isEmpty()));
        settings.kind();
        return settings;
    }

    private static int firstSeparator(String content) {
        int equals = content.indexOf('=');
        int colon = content.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }
}
