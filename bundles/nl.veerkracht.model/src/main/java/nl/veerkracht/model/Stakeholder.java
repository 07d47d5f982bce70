package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stakeholder of the network ({@code stakeholders/<id>.yaml}, checklist point 3).
 *
 * @param id the file name
 * @param organisation the organisation's name
 * @param sector the sector it belongs to
 * @param role what it does in the recovery
 * @param consultations when it was consulted, on what
 */
public record Stakeholder(String id, String organisation, StakeholderSector sector, Optional<String> role,
        List<Consultation> consultations) implements Entity {

    public Stakeholder {
        Objects.requireNonNull(id);
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(sector);
        Objects.requireNonNull(role);
        consultations = List.copyOf(consultations);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.STAKEHOLDER;
    }
}
