package nl.veerkracht.index.internal.tables;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An output indicator of an action with its target. */
@Embeddable
public class IndexedActionIndicator {

    @Column(name = "indicator_id")
    private String indicatorId;

    @Column(name = "target")
    private BigDecimal target;

    protected IndexedActionIndicator() {
    }

    public IndexedActionIndicator(String indicatorId, BigDecimal target) {
        this.indicatorId = indicatorId;
        this.target = target;
    }

    @Override
    public String toString() {
        return Facts.item("id", indicatorId, "target", target);
    }
}
