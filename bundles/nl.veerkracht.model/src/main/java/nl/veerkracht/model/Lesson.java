package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lesson from the crisis ({@code lessons/<id>.md}, checklist point 6): front matter and text.
 *
 * @param id the file name
 * @param title the lesson in one line
 * @param source where it was learnt
 * @param actions ids of the actions that build on it
 * @param body the text after the front matter; "" when there is none
 */
public record Lesson(String id, String title, Optional<String> source, List<String> actions, String body)
        implements Entity {

    public Lesson {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(source);
        actions = List.copyOf(actions);
        Objects.requireNonNull(body);
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.LESSON;
    }
}
