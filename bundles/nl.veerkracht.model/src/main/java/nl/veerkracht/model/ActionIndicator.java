package nl.veerkracht.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An output indicator of an action with its target ({@code indicators} in an action).
 *
 * @param id the indicator ({@code indicators/<id>.yaml})
 * @param target the value the action aims for
 */
public record ActionIndicator(String id, Optional<BigDecimal> target) {

    public ActionIndicator {
        Objects.requireNonNull(id);
        Objects.requireNonNull(target);
    }
}
