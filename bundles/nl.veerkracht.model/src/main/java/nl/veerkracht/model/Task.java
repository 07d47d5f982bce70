package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A transition task of a province's programme ({@code tasks/<id>.yaml}); municipal actions link to it
 * as {@code <province code>/<id>}.
 *
 * @param id the file name
 * @param title what the task is
 * @param theme the transition theme
 * @param programme the provincial programme it belongs to
 * @param funding funding schemes municipalities can apply to
 * @param status active or closed
 */
public record Task(String id, String title, Optional<Theme> theme, Optional<String> programme,
        List<FundingScheme> funding, TaskStatus status) implements Entity {

    public Task {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(theme);
        Objects.requireNonNull(programme);
        funding = List.copyOf(funding);
        Objects.requireNonNull(status);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.TASK;
    }
}
