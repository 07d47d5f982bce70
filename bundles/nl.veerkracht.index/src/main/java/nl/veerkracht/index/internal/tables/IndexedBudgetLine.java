package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A budget line of a plan ({@code budget.lines}). */
@Embeddable
public class IndexedBudgetLine {

    @Column(name = "line_id")
    private String lineId;

    @Column(name = "title")
    private String title;

    @Column(name = "source")
    private String source;

    @Column(name = "amount")
    private Long amount;

    protected IndexedBudgetLine() {
    }

    public IndexedBudgetLine(String lineId, String title, String source, Long amount) {
        this.lineId = lineId;
        this.title = title;
        this.source = source;
        this.amount = amount;
    }

    @Override
    public String toString() {
        return Facts.item("id", lineId, "title", title, "source", source, "amount", amount);
    }
}
