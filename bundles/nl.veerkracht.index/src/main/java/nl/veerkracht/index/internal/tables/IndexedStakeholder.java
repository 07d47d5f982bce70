package nl.veerkracht.index.internal.tables;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.veerkracht.model.Stakeholder;

/** A stakeholder of the network ({@code stakeholders/<id>.yaml}) with its consultations. */
@Entity
@Table(name = "vk_stakeholder")
public class IndexedStakeholder extends IndexedEntity {

    @Column(name = "organisation")
    private String organisation;

    @Column(name = "sector")
    private String sector;

    @Column(name = "stakeholder_role")
    private String role;

    @ElementCollection
    @CollectionTable(name = "vk_stakeholder_consultation", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedConsultation> consultations = new ArrayList<>();

    protected IndexedStakeholder() {
    }

    public IndexedStakeholder(EntitySource source, Stakeholder stakeholder) {
        super(source, stakeholder.id());
        organisation = stakeholder.organisation();
        sector = stakeholder.sector().code();
        role = stakeholder.role().orElse(null);
        stakeholder.consultations().forEach(consultation -> consultations.add(new IndexedConsultation(
                consultation.date().orElse(null), consultation.topic().orElse(null))));
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("organisation", organisation).put("sector", sector).put("role", role)
                .list("consultations", consultations);
    }
}
