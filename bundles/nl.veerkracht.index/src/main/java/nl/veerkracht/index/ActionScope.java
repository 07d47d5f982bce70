package nl.veerkracht.index;

import nl.veerkracht.model.Vocabulary;

/** Which repositories a question about actions looks in ({@code --scope}). */
public enum ActionScope implements Vocabulary {
    /** {@code plan/}: the workspace's own plan. */
    PLAN("plan"),
    /** {@code region/<id>/}: the regional plans. */
    REGION("region"),
    /** {@code members/<code>/}: the mirrors of the other members' plans. */
    MEMBERS("members"),
    /** Every repository, the province's programmes included. */
    ALL("all");

    private final String code;

    ActionScope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
