package nl.veerkracht.model;

/** Where an action stands. */
public enum ActionStatus implements Vocabulary {
    IDEA("idea"),
    PLANNED("planned"),
    RUNNING("running"),
    /** On hold while a fallback scenario that suspends it is active ({@code suspended_by}). */
    SUSPENDED("suspended"),
    DONE("done"),
    STOPPED("stopped");

    private final String code;

    ActionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
