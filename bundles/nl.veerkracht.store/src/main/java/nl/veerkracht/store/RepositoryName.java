package nl.veerkracht.store;

import java.util.regex.Pattern;

import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.model.ProvinceCode;

/**
 * Which repository of a workspace: {@code plan} (my own), {@code region/<id>} (a regional plan),
 * {@code province/<code>} (a province's programme, read-only) or {@code members/<code>} (another
 * member's plan, read-only). As {@code --repo} takes it, and as its folder is named.
 */
public record RepositoryName(Kind kind, String name) {

    /** The four kinds of repository in a workspace. */
    public enum Kind {
        PLAN(""), REGION("region/"), PROVINCE("province/"), MEMBER("members/");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public static final RepositoryName PLAN = new RepositoryName(Kind.PLAN, "plan");

    public static RepositoryName region(String id) {
        return parse("region/" + id);
    }

    public static RepositoryName province(String code) {
        return parse("province/" + code);
    }

    public static RepositoryName member(String code) {
        return parse("members/" + code);
    }

    /**
     * Reads {@code plan}, {@code region/west-brabant}, {@code province/PV30}, {@code members/GM0777}.
     *
     * @throws StoreException when the text names no repository of a workspace
     */
    public static RepositoryName parse(String text) {
        if (text.equals("plan")) {
            return PLAN;
        }
        int slash = text.indexOf('/');
        if (slash > 0) {
            String folder = text.substring(0, slash + 1);
            String name = text.substring(slash + 1);
            if (folder.equals(Kind.REGION.folder) && ID.matcher(name).matches()) {
                return new RepositoryName(Kind.REGION, name);
            }
            if (folder.equals(Kind.PROVINCE.folder) && ProvinceCode.isValid(name)) {
                return new RepositoryName(Kind.PROVINCE, name);
            }
            if (folder.equals(Kind.MEMBER.folder) && MunicipalityCode.isValid(name)) {
                return new RepositoryName(Kind.MEMBER, name);
            }
        }
        throw new StoreException("repositoryName.invalid", text);
    }

    /** The folder of this repository, relative to the workspace root. */
    public String folder() {
        return kind == Kind.PLAN ? "plan" : kind.folder + name;
    }

    /** Whether Veerkracht only ever fast-forwards it (a province, another member's plan). */
    public boolean isReadOnly() {
        return kind == Kind.PROVINCE || kind == Kind.MEMBER;
    }

    @Override
    public String toString() {
        return folder();
    }
}
