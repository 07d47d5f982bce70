package nl.veerkracht.index.internal.tables;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.veerkracht.model.Indicator;

/** An indicator ({@code indicators/<id>.yaml}); its observations are {@link IndexedObservations}. */
@Entity
@Table(name = "vk_indicator")
public class IndexedIndicator extends IndexedEntity {

    @Column(name = "title")
    private String title;

    @Column(name = "source")
    private String source;

    @Column(name = "source_table")
    private String table;

    @Column(name = "measure")
    private String measure;

    @Column(name = "region")
    private String region;

    @Column(name = "unit")
    private String unit;

    @Column(name = "baseline")
    private BigDecimal baseline;

    @Column(name = "target")
    private BigDecimal target;

    protected IndexedIndicator() {
    }

    public IndexedIndicator(EntitySource source, Indicator indicator) {
        super(source, indicator.id());
        title = indicator.title();
        this.source = indicator.source().code();
        table = indicator.table().orElse(null);
        measure = indicator.measure().orElse(null);
        region = indicator.region().orElse(null);
        unit = indicator.unit().orElse(null);
        baseline = indicator.baseline().orElse(null);
        target = indicator.target().orElse(null);
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("title", title).put("source", source).put("table", table).put("measure", measure)
                .put("region", region).put("unit", unit).put("baseline", baseline).put("target", target);
    }
}
