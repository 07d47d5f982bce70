package nl.veerkracht.model;

/** Whose plan a repository holds: {@code kind} in {@code plan.yaml}. */
public enum PlanKind implements Vocabulary {
    MUNICIPALITY("municipality"),
    REGION("region"),
    PROVINCE("province");

    private final String code;

    PlanKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
