package nl.veerkracht.model;

/** Where money comes from (checklist point 1): the existing budget, extra money, the province or the region. */
public enum BudgetSource implements Vocabulary {
    EXISTING("existing"),
    EXTRA("extra"),
    PROVINCE("province"),
    REGION("region");

    private final String code;

    BudgetSource(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
