package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A step of a scenario's runbook. */
@Embeddable
public class IndexedRunbookStep {

    @Column(name = "step_id")
    private String stepId;

    @Column(name = "what")
    private String what;

    @Column(name = "who")
    private String who;

    @Column(name = "within_days")
    private Integer withinDays;

    protected IndexedRunbookStep() {
    }

    public IndexedRunbookStep(String stepId, String what, String who, Integer withinDays) {
        this.stepId = stepId;
        this.what = what;
        this.who = who;
        this.withinDays = withinDays;
    }

    @Override
    public String toString() {
        return Facts.item("id", stepId, "what", what, "who", who, "within_days", withinDays);
    }
}
