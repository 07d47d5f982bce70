package nl.veerkracht.index.internal.tables;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a plan says about one term ({@code terms.short}, ...); goals and principles one a line. */
@Embeddable
public class IndexedTermPlan {

    @Column(name = "term")
    private String term;

    @Column(name = "horizon_weeks")
    private Integer horizonWeeks;

    @Column(name = "until_date")
    private LocalDate until;

    @Column(name = "goals")
    private String goals;

    @Column(name = "principles")
    private String principles;

    protected IndexedTermPlan() {
    }

    public IndexedTermPlan(String term, Integer horizonWeeks, LocalDate until, String goals, String principles) {
        this.term = term;
        this.horizonWeeks = horizonWeeks;
        this.until = until;
        this.goals = goals;
        this.principles = principles;
    }

    @Override
    public String toString() {
        return Facts.item("term", term, "horizon_weeks", horizonWeeks, "until", until, "goals", goals,
                "principles", principles);
    }
}
