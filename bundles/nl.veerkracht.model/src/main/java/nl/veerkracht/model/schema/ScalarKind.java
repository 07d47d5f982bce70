package nl.veerkracht.model.schema;

/** What a single value must be. Text kinds hold a YAML string; the others a number or a boolean. */
public enum ScalarKind {
    /** Any text on one line (or more: it is written as a literal block then). */
    TEXT(true),
    /** Text that usually spans lines (vision, description, a lesson's body); merged line by line. */
    MULTILINE_TEXT(true),
    /**
     * An id: lowercase letters, digits and hyphens ({@code terrassen-verruimen}), or a regional id that
     * starts with a municipality code ({@code GM0758-binnenstadfonds}).
     */
    ID(true),
    /** A CBS municipality code: GM and four digits. */
    MUNICIPALITY_CODE(true),
    /** A CBS province code: PV and two digits. */
    PROVINCE_CODE(true),
    /** A CBS municipality or province code. */
    CBS_CODE(true),
    /**
     * Whose commits these are by e-mail: an address ({@code j.devries@breda.nl}), or {@code *} for the
     * whole local part and a domain ({@code *@etten-leur.nl}).
     */
    EMAIL_PATTERN(true),
    /**
     * Where a Git repository is fetched: any URL C Git takes, or a folder; never with a password in it
     * ({@code https://user:secret@...}), since a plan is shared and credentials belong in the user's files.
     */
    GIT_URL(true),
    /** A date, yyyy-mm-dd, that exists. */
    DATE(true),
    /** A period of an observation: 2025, 2025-Q1, 2025-03 or 2025-03-31. */
    PERIOD(true),
    /** A shared regional action: {@code <region id>/<action id>}. */
    REGION_ACTION_LINK(true),
    /** A provincial task: {@code <province code>/<task id>}. */
    PROVINCE_TASK_LINK(true),
    /** One of a closed vocabulary ({@link ScalarShape#choices()}). */
    CHOICE(true),
    /** Whole euros, 0 or more. */
    AMOUNT(false),
    /** A whole percentage, 0 to 100. */
    PERCENTAGE(false),
    /** A whole number, 0 or more. */
    WHOLE_NUMBER(false),
    /** A whole number, 1 or more. */
    POSITIVE_NUMBER(false),
    /** A number, whole or decimal, possibly negative: 120, 3.5, -2. */
    NUMBER(false),
    /** true or false. */
    BOOLEAN(false);

    private final boolean text;

    ScalarKind(boolean text) {
        this.text = text;
    }

    /**
     * Whether the value is text. A reader keeps an unquoted value that looks like a number or a
     * boolean ({@code 56}, {@code true}) as text where the schema says text.
     */
    public boolean isText() {
        return text;
    }
}
