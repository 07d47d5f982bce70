package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A recovery line of a plan ({@code recovery_lines}). */
@Embeddable
public class IndexedRecoveryLine {

    @Column(name = "line_id")
    private String lineId;

    @Column(name = "title")
    private String title;

    protected IndexedRecoveryLine() {
    }

    public IndexedRecoveryLine(String lineId, String title) {
        this.lineId = lineId;
        this.title = title;
    }

    @Override
    public String toString() {
        return Facts.item("id", lineId, "title", title);
    }
}
