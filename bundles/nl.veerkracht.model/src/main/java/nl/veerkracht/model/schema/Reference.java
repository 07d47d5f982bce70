package nl.veerkracht.model.schema;

/** What a value refers to; validation checks that it exists in the same repository. */
public enum Reference {
    /** {@code needs/<id>.yaml} */
    NEED,
    /** {@code stakeholders/<id>.yaml} */
    STAKEHOLDER,
    /** {@code indicators/<id>.yaml} */
    INDICATOR,
    /** {@code actions/<id>.yaml} */
    ACTION,
    /** {@code scenarios/<id>.yaml} */
    SCENARIO,
    /** an id of {@code recovery_lines} in plan.yaml */
    RECOVERY_LINE,
    /** an id of {@code budget.lines} in plan.yaml */
    BUDGET_LINE,
    /** a code of {@code members} in a regional plan.yaml */
    MEMBER
}
