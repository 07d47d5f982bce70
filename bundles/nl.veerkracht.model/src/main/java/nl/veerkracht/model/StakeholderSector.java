package nl.veerkracht.model;

/** The sector a stakeholder belongs to (checklist point 3: a diverse, cross-sector network). */
public enum StakeholderSector implements Vocabulary {
    ENTREPRENEURS("entrepreneurs"),
    CULTURE("culture"),
    SOCIETAL("societal"),
    EDUCATION("education"),
    PROVINCE("province"),
    REGION("region"),
    FINANCE("finance"),
    OTHER("other");

    private final String code;

    StakeholderSector(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
