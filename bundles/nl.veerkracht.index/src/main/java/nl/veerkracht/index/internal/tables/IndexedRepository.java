package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A repository of the workspace and the commit the index holds it at: every entity row of this
 * repository was read at {@link #indexedCommit()}, and is replaced in the same transaction that moves it.
 */
@Entity
@Table(name = "vk_repository")
public class IndexedRepository {

    @Id
    @Column(name = "name")
    private String name;

    @Column(name = "repository_kind")
    private String kind;

    @Column(name = "indexed_commit")
    private String indexedCommit;

    protected IndexedRepository() {
    }

    /**
     * @param name {@code plan}, {@code region/west-brabant}, {@code province/PV30}, {@code members/GM0777}
     * @param kind {@code plan}, {@code region}, {@code province} or {@code members}
     */
    public IndexedRepository(String name, String kind) {
        this.name = name;
        this.kind = kind;
    }

    public String name() {
        return name;
    }

    public String kind() {
        return kind;
    }

    /** The commit the index holds this repository at; null for a repository without commits. */
    public String indexedCommit() {
        return indexedCommit;
    }

    public void indexedAt(String commit) {
        this.indexedCommit = commit;
    }
}
