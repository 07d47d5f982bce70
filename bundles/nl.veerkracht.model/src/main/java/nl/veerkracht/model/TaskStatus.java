package nl.veerkracht.model;

/** Whether a province's transition task is still open to link to. */
public enum TaskStatus implements Vocabulary {
    ACTIVE("active"),
    CLOSED("closed");

    private final String code;

    TaskStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
