package nl.veerkracht.model.schema;

/** How the items of a list relate: what a merge may assume about them. */
public enum ListKind {
    /** Items in an order that means something; items may repeat. */
    ORDERED,
    /** Single values, each at most once; the order carries no meaning (ids, codes, goals). */
    SET,
    /** Maps, each named by the value of one key field that is unique in the list (runbook by id). */
    KEYED
}
