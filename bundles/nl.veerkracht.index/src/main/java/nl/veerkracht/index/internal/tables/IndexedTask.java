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
import nl.veerkracht.model.Task;

/** A transition task of a province's programme ({@code tasks/<id>.yaml}) with its funding schemes. */
@Entity
@Table(name = "vk_task")
public class IndexedTask extends IndexedEntity {

    @Column(name = "title")
    private String title;

    @Column(name = "theme")
    private String theme;

    @Column(name = "programme")
    private String programme;

    @Column(name = "status")
    private String status;

    @ElementCollection
    @CollectionTable(name = "vk_task_funding", joinColumns = @JoinColumn(name = "entity_key"))
    @BatchFetch(BatchFetchType.IN)
    private List<IndexedFundingScheme> funding = new ArrayList<>();

    protected IndexedTask() {
    }

    public IndexedTask(EntitySource source, Task task) {
        super(source, task.id());
        title = task.title();
        theme = task.theme().map(value -> value.code()).orElse(null);
        programme = task.programme().orElse(null);
        status = task.status().code();
        task.funding().forEach(scheme -> funding.add(new IndexedFundingScheme(scheme.id(), scheme.title().orElse(null),
                scheme.deadline().orElse(null))));
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("title", title).put("theme", theme).put("programme", programme).put("status", status)
                .list("funding", funding);
    }
}
