package nl.veerkracht.model;

/** The kind of a scenario; the format knows one, the fallback scenario of checklist point 10. */
public enum ScenarioKind implements Vocabulary {
    FALLBACK("fallback");

    private final String code;

    ScenarioKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
