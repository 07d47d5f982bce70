package nl.veerkracht.store;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.veerkracht.model.EntityKind;

/**
 * Veerkracht's rules on the files of a commit that comes from another repository, one entry at a time: a plan
 * holds regular files (mode 100644) only, each where the plan's layout ({@link EntityKind}) puts it, within a
 * size limit per file and a count limit per commit. So a peer cannot send a symbolic link, a submodule, an
 * executable file, a {@code .gitattributes} or {@code .gitmodules}, a {@code README.md} or a 100 MB file.
 * Pure: the store walks a commit's tree and asks these rules about each folder and file.
 */
public final class TreeRules {

    /** Git's mode of a regular file, the only kind of file a plan holds. */
    public static final int REGULAR_FILE = 0100644;

    /** What a plan file's name is made of before its suffix: an id's characters ({@code GM0758-fonds}). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private TreeRules() {
    }

    /**
     * How much one commit of a plan may hold.
     *
     * @param files how many files, at most
     * @param fileBytes how many bytes one file holds, at most
     */
    public record Limits(int files, long fileBytes) {

        /**
         * 10,000 files of at most 1 MiB each: a file that is larger is not read as a plan file anyway (see
         * FORMAT-REFERENCE, "Reading").
         */
        public static final Limits DEFAULT = new Limits(10_000, 1024 * 1024);

        /** These limits with {@code files} files at most. */
        public Limits withFiles(int files) {
            return new Limits(files, fileBytes);
        }
    }

    /**
     * A rule that a commit's files break.
     *
     * @param rule the rule
     * @param subject what breaks it: the path, and the mode or size where that is the reason
     */
    public record Breach(ReceiveRule rule, List<String> subject) {

        public Breach {
            subject = List.copyOf(subject);
        }
    }

    /** A folder at {@code path} (no trailing slash): only the layout's own folders, at the top. */
    public static Optional<Breach> folder(String path) {
        for (EntityKind kind : EntityKind.values()) {
            if (kind != EntityKind.PLAN && kind.folder().equals(path + "/")) {
                return Optional.empty();
            }
        }
        return Optional.of(new Breach(ReceiveRule.PLAN_LAYOUT, List.of(path + "/")));
    }

    /** Anything else than a folder at {@code path}, with its Git mode: a regular file where the layout puts one. */
    public static Optional<Breach> file(String path, int mode) {
        if (mode != REGULAR_FILE) {
            return Optional.of(new Breach(ReceiveRule.REGULAR_FILES, List.of(path, Integer.toOctalString(mode))));
        }
        if (!inLayout(path)) {
            return Optional.of(new Breach(ReceiveRule.PLAN_LAYOUT, List.of(path)));
        }
        return Optional.empty();
    }

    /** The file at {@code path} holds {@code bytes} bytes. */
    public static Optional<Breach> size(String path, long bytes, Limits limits) {
        return bytes > limits.fileBytes()
                ? Optional.of(new Breach(ReceiveRule.FILE_SIZE, List.of(path, bytes + " bytes")))
                : Optional.empty();
    }

    /** A commit holds {@code files} files (or at least that many: counting stops at the first one too many). */
    public static Optional<Breach> count(int files, Limits limits) {
        return files > limits.files()
                ? Optional.of(new Breach(ReceiveRule.FILE_COUNT, List.of(Integer.toString(files))))
                : Optional.empty();
    }

    /** Whether {@code path} is where the layout puts a plan file, named with an id's characters. */
    static boolean inLayout(String path) {
        Optional<EntityKind> kind = EntityKind.ofPath(path);
        if (kind.isEmpty()) {
            return false;
        }
        return kind.get() == EntityKind.PLAN || NAME.matcher(EntityKind.idOf(path).orElse("")).matches();
    }
}
