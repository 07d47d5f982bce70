package nl.veerkracht.monitor.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.model.CbsApi;
import nl.veerkracht.monitor.MonitorException;
import nl.veerkracht.monitor.MonitorProblem;
import nl.veerkracht.store.SettingsFile;
import nl.veerkracht.store.Workspace;

/**
 * Where CBS's services are, so that mirrors and tests can stand in for CBS: {@code .veerkracht/monitor.cfg},
 * read like {@code index.cfg}:
 *
 * <pre>
 * cbs.v3.url = https://opendata.cbs.nl/ODataApi/odata
 * cbs.v4.url = https://odata4.cbs.nl/CBS
 * </pre>
 */
public record MonitorSettings(String v3, String v4) {

    public static final String FILE = "monitor.cfg";
    public static final String V3_KEY = "cbs.v3.url";
    public static final String V4_KEY = "cbs.v4.url";
    public static final String V3_DEFAULT = "https://opendata.cbs.nl/ODataApi/odata";
    public static final String V4_DEFAULT = "https://odata4.cbs.nl/CBS";

    public static MonitorSettings defaults() {
        return new MonitorSettings(V3_DEFAULT, V4_DEFAULT);
    }

    /** The service for {@code api}. */
    public String base(CbsApi api) {
        return api == CbsApi.V3 ? v3 : v4;
    }

    /**
     * The workspace's settings over the defaults.
     *
     * @throws MonitorException {@code settings} naming the file, line and column of a mistake
     */
    public static MonitorSettings of(Workspace workspace) {
        Path file = workspace.stateDirectory().resolve(FILE);
        Optional<SettingsFile> settings;
        try {
            settings = SettingsFile.read(file).map(read -> read.requireKnown(Set.of(V3_KEY, V4_KEY)::contains));
        } catch (SettingsFile.MalformedException e) {
            throw new MonitorException(switch (e.reason()) {
                case UNREADABLE -> MonitorProblem.of("settingsUnreadable", file, e.detail());
                case SYNTAX -> MonitorProblem.of("settingsSyntax", file, e.line(), e.column());
                case UNKNOWN_KEY -> MonitorProblem.of("settingsUnknownKey", file, e.line(), e.column(), e.key(),
                        V3_KEY + ", " + V4_KEY);
                case DUPLICATE_KEY -> MonitorProblem.of("settingsDuplicateKey", file, e.line(), e.column(), e.key());
            });
        }
        if (settings.isEmpty()) {
            return defaults();
        }
        return new MonitorSettings(url(settings.get(), V3_KEY, V3_DEFAULT), url(settings.get(), V4_KEY, V4_DEFAULT));
    }

    private static String url(SettingsFile settings, String key, String otherwise) {
        Optional<SettingsFile.Setting> setting = settings.setting(key);
        if (setting.isEmpty()) {
            return otherwise;
        }
        String value = setting.get().value().trim();
        try {
            URI uri = new URI(value);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null && uri.getQuery() == null) {
                return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new MonitorException(MonitorProblem.of("settingsUrl", settings.file(), setting.get().line(),
                setting.get().column(), key, value));
    }
}
