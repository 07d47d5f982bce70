package nl.veerkracht.index.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import nl.veerkracht.index.IndexException;
import nl.veerkracht.store.Workspace;

/**
 * The database of a workspace's index, as Configuration Admin says: a factory configuration of
 * {@value #FACTORY_PID} whose {@code workspace} is the workspace's folder, with {@code url}, {@code user}
 * and {@code .password} (or {@code password}); none means embedded H2 in the workspace.
 *
 * <p>The workspace's {@code .veerkracht/index.cfg} (see {@link WorkspaceDatabaseFile}) is read into
 * Configuration Admin first, as the configuration named after the workspace with {@code source} set to
 * the file: updated when the file changed, deleted when the file is gone. A configuration put there by
 * other means (a provisioning tool, an embedding application) and without {@code source} is left
 * alone, and used when the workspace has no file.
 */
final class ConfiguredDatabases implements DatabaseChoice {

    static final String FACTORY_PID = "nl.veerkracht.index.database";
    static final String WORKSPACE = "workspace";
    static final String SOURCE = "source";

    private final ConfigurationAdmin configurationAdmin;

    ConfiguredDatabases(ConfigurationAdmin configurationAdmin) {
        this.configurationAdmin = configurationAdmin;
    }

    @Override
    public DatabaseSettings settingsFor(Workspace workspace) {
        String root = workspace.root().toString();
        String file = WorkspaceDatabaseFile.of(workspace).toString();
        Optional<DatabaseSettings> fromFile = WorkspaceDatabaseFile.read(workspace);
        try {
            if (fromFile.isPresent()) {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put(WORKSPACE, root);
                properties.put(SOURCE, file);
                properties.put("url", fromFile.get().url());
                fromFile.get().user().ifPresent(user -> properties.put("user", user));
                fromFile.get().password().ifPresent(password -> properties.put(".password", password));
                configurationAdmin.getFactoryConfiguration(FACTORY_PID, nameOf(root), "?").updateIfDifferent(properties);
            } else {
                for (Configuration configuration : configurations(root)) {
                    if (file.equals(configuration.getProperties().get(SOURCE))) {
                        configuration.delete();
                    }
                }
            }
            Configuration[] configurations = configurations(root);
            if (configurations.length == 0) {
                return DatabaseSettings.embedded(workspace);
            }
            Dictionary<String, Object> chosen = configurations[0].getProperties();
            Object url = chosen.get("url");
            if (!(url instanceof String text) || text.isBlank()) {
                throw new IndexException("index.settings.configurationWithoutUrl", configurations[0].getPid());
            }
            Object password = chosen.get(".password") != null ? chosen.get(".password") : chosen.get("password");
            return new DatabaseSettings(text, Optional.ofNullable(chosen.get("user")).map(Object::toString),
                    Optional.ofNullable(password).map(Object::toString));
        } catch (IOException e) {
            throw new IndexException(e, "index.settings.configurationFailed", root, e.getMessage());
        }
    }

    /** The workspace's configurations, by PID, so that the choice among several is stable. */
    private Configuration[] configurations(String root) throws IOException {
        try {
            Configuration[] found = configurationAdmin.listConfigurations("(&(" + ConfigurationAdmin.SERVICE_FACTORYPID
                    + "=" + FACTORY_PID + ")(" + WORKSPACE + "=" + escape(root) + "))");
            if (found == null) {
                return new Configuration[0];
            }
            Arrays.sort(found, Comparator.comparing(Configuration::getPid));
            return found;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a filter for " + root + ": " + e.getMessage(), e);
        }
    }

    /** A stable configuration name for a workspace folder: the start of its SHA-256. */
    static String nameOf(String root) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(root.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Escapes a value for an LDAP filter (RFC 1960: {@code \ * ( )}). */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '*' || c == '(' || c == ')') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
