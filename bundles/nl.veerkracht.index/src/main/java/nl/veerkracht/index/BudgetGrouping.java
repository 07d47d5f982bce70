package nl.veerkracht.index;

import nl.veerkracht.model.Vocabulary;

/** How budget totals are grouped ({@code --by}). */
public enum BudgetGrouping implements Vocabulary {
    /** Per repository, per term of the actions (short, medium, long). */
    TERM("term"),
    /** Per repository, per {@code budget.source} (existing, extra, province, region; none). */
    SOURCE("source"),
    /**
     * Per municipality: a municipal (or provincial) plan's actions count for its own code; a regional
     * plan's {@code contributions} count for each contributing member, the action's own
     * {@code budget.amount} not at all.
     */
    MUNICIPALITY("municipality");

    private final String code;

    BudgetGrouping(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
