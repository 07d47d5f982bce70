package nl.veerkracht.model;

/** How urgent an entrepreneurs' need is. */
public enum Urgency implements Vocabulary {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String code;

    Urgency(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
