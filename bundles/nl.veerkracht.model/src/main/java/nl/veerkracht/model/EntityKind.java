package nl.veerkracht.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of files in a plan repository and where each lives: one entity, one file, named by
 * its id ({@code actions/<id>.yaml}). The layout is the file format's (see FORMAT.md).
 */
public enum EntityKind {
    PLAN("", "plan.yaml"),
    ACTION("actions/", ".yaml"),
    NEED("needs/", ".yaml"),
    STAKEHOLDER("stakeholders/", ".yaml"),
    INDICATOR("indicators/", ".yaml"),
    /** The observations of an indicator, one a line: {@code indicators/<id>.csv}. */
    OBSERVATIONS("indicators/", ".csv"),
    LESSON("lessons/", ".md"),
    SCENARIO("scenarios/", ".yaml"),
    /** A transition task of a province's programme. */
    TASK("tasks/", ".yaml");

    /** The id of the plan itself, whose file is {@code plan.yaml}. */
    public static final String PLAN_ID = "plan";

    private final String folder;
    private final String suffix;

    EntityKind(String folder, String suffix) {
        this.folder = folder;
        this.suffix = suffix;
    }

    /** The folder, with its trailing slash ("" for the plan itself). */
    public String folder() {
        return folder;
    }

    /** The file suffix; for {@link #PLAN} the whole file name. */
    public String suffix() {
        return suffix;
    }

    /** The path of the entity with this id. */
    public String pathOf(String id) {
        return this == PLAN ? suffix : folder + id + suffix;
    }

    /** How files of this kind are named, for messages: {@code actions/<id>.yaml}, {@code plan.yaml}. */
    public String pattern() {
        return this == PLAN ? suffix : folder + "<id>" + suffix;
    }

    /**
     * The kinds whose folder {@code path} lies in ({@code actions/x.yml}: ACTION; {@code indicators/x.txt}:
     * INDICATOR and OBSERVATIONS); empty for a path outside every entity folder ({@code README.md},
     * {@code .veerkracht/config}). A file there that is not a plan file is probably misnamed.
     */
    public static List<EntityKind> inFolderOf(String path) {
        return Arrays.stream(values())
                .filter(kind -> kind != PLAN && path.startsWith(kind.folder))
                .toList();
    }

    /** The kind of file at {@code path}, if it is a plan file at all. */
    public static Optional<EntityKind> ofPath(String path) {
        if (path.equals(PLAN.suffix)) {
            return Optional.of(PLAN);
        }
        for (EntityKind kind : values()) {
            if (kind != PLAN && path.startsWith(kind.folder) && path.endsWith(kind.suffix)) {
                String name = path.substring(kind.folder.length(), path.length() - kind.suffix.length());
                if (!name.isEmpty() && name.indexOf('/') < 0) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** The id that the file name at {@code path} gives its entity, if it is a plan file. */
    public static Optional<String> idOf(String path) {
        return ofPath(path).map(kind -> kind == PLAN ? PLAN_ID
                : path.substring(kind.folder.length(), path.length() - kind.suffix.length()));
    }
}
