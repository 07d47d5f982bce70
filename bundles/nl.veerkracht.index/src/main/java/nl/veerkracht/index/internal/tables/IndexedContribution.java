package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What one member contributes to a regional action ({@code contributions}), in whole euros. */
@Embeddable
public class IndexedContribution {

    @Column(name = "municipality")
    private String municipality;

    @Column(name = "amount")
    private long amount;

    protected IndexedContribution() {
    }

    public IndexedContribution(String municipality, long amount) {
        this.municipality = municipality;
        this.amount = amount;
    }

    public String municipality() {
        return municipality;
    }

    public long amount() {
        return amount;
    }

    @Override
    public String toString() {
        return Facts.item("municipality", municipality, "amount", amount);
    }
}
