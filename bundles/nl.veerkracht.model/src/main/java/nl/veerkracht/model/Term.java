package nl.veerkracht.model;

/** The term of an action and of the plan's goals (checklist point 9). */
public enum Term implements Vocabulary {
    SHORT("short"),
    MEDIUM("medium"),
    LONG("long");

    private final String code;

    Term(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
