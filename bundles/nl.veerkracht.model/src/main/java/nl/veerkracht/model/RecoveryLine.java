package nl.veerkracht.model;

import java.util.Objects;
import java.util.Optional;

/** A recovery line (herstellijn) of the plan: {@code recovery_lines} in {@code plan.yaml}. */
public record RecoveryLine(String id, Optional<String> title) {

    public RecoveryLine {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
    }
}
