package nl.veerkracht.index.internal.tables;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.veerkracht.model.ObservationSeries;

/** The observations of one indicator ({@code indicators/<id>.csv}), one row each in {@code vk_observation}. */
@Entity
@Table(name = "vk_observation_series")
public class IndexedObservations extends IndexedEntity {

    @ElementCollection
    @CollectionTable(name = "vk_observation", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedObservation> observations = new ArrayList<>();

    protected IndexedObservations() {
    }

    public IndexedObservations(EntitySource source, ObservationSeries series) {
        super(source, series.indicator());
        series.observations().forEach(observation -> observations.add(new IndexedObservation(observation.period(),
                observation.value(), observation.source().map(value -> value.code()).orElse(null))));
    }

    @Override
    protected void describe(Facts facts) {
        facts.list("observations", observations);
    }
}
