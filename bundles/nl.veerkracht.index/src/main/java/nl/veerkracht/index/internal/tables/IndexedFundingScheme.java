package nl.veerkracht.index.internal.tables;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A funding scheme of a provincial task. */
@Embeddable
public class IndexedFundingScheme {

    @Column(name = "scheme_id")
    private String schemeId;

    @Column(name = "title")
    private String title;

    @Column(name = "deadline")
    private LocalDate deadline;

    protected IndexedFundingScheme() {
    }

    public IndexedFundingScheme(String schemeId, String title, LocalDate deadline) {
        this.schemeId = schemeId;
        this.title = title;
        this.deadline = deadline;
    }

    @Override
    public String toString() {
        return Facts.item("id", schemeId, "title", title, "deadline", deadline);
    }
}
