package nl.veerkracht.itests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A test entity: one observation of an indicator, as the index will hold them. */
@Entity
public class IndicatorObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private String indicator;
    private String period;
    // VALUE is a reserved word in H2 2.x
    @Column(name = "observed_value")
    private long value;

    protected IndicatorObservation() {
    }

    public IndicatorObservation(String indicator, String period, long value) {
        this.indicator = indicator;
        this.period = period;
        this.value = value;
    }

    public String period() {
        return period;
    }

    public long value() {
        return value;
    }
}
