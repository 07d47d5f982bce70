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
import nl.veerkracht.model.Lesson;

/** A lesson from the crisis ({@code lessons/<id>.md}): front matter and text. */
@Entity
@Table(name = "vk_lesson")
public class IndexedLesson extends IndexedEntity {

    @Column(name = "title")
    private String title;

    @Column(name = "source")
    private String source;

    @Column(name = "body")
    private String body;

    @ElementCollection
    @CollectionTable(name = "vk_lesson_action", joinColumns = @JoinColumn(name = "entity_key"))
    @Column(name = "action_id")
    @BatchFetch(BatchFetchType.IN)
    private List<String> actions = new ArrayList<>();

    protected IndexedLesson() {
    }

    public IndexedLesson(EntitySource source, Lesson lesson) {
        super(source, lesson.id());
        title = lesson.title();
        this.source = lesson.source().orElse(null);
        body = lesson.body();
        actions.addAll(lesson.actions());
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("title", title).put("source", source).put("body", body).list("actions", actions);
    }
}
