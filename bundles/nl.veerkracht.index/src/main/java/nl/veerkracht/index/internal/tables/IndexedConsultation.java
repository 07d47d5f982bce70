package nl.veerkracht.index.internal.tables;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A consultation of a stakeholder. */
@Embeddable
public class IndexedConsultation {

    @Column(name = "consulted_on")
    private LocalDate consultedOn;

    @Column(name = "topic")
    private String topic;

    protected IndexedConsultation() {
    }

    public IndexedConsultation(LocalDate consultedOn, String topic) {
        this.consultedOn = consultedOn;
        this.topic = topic;
    }

    @Override
    public String toString() {
        return Facts.item("date", consultedOn, "topic", topic);
    }
}
