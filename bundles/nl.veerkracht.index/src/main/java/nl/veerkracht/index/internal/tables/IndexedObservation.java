package nl.veerkracht.index.internal.tables;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One observation of an indicator: a line of {@code indicators/<id>.csv}. */
@Embeddable
public class IndexedObservation {

    @Column(name = "period")
    private String period;

    @Column(name = "observed_value")
    private BigDecimal value;

    @Column(name = "source")
    private String source;

    protected IndexedObservation() {
    }

    public IndexedObservation(String period, BigDecimal value, String source) {
        this.period = period;
        this.value = value;
        this.source = source;
    }

    @Override
    public String toString() {
        return Facts.item("period", period, "value", value, "source", source);
    }
}
