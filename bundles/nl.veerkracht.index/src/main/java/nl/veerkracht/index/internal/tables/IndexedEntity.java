package nl.veerkracht.index.internal.tables;

import java.util.SortedMap;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One plan entity (one file) of one repository as the index holds it: the repository it comes from
 * (whose {@link IndexedRepository#indexedCommit()} is the commit it was read at), its file, its id and
 * the Git object id of the file's content at that commit.
 */
@MappedSuperclass
public abstract class IndexedEntity {

    @Id
    @Column(name = "entity_key")
    private String entityKey;

    @Column(name = "repository")
    private String repository;

    @Column(name = "path")
    private String path;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "blob_id")
    private String blobId;

    protected IndexedEntity() {
    }

    protected IndexedEntity(EntitySource source, String entityId) {
        this.entityKey = keyOf(source.repository(), source.path());
        this.repository = source.repository();
        this.path = source.path();
        this.entityId = entityId;
        this.blobId = source.blobId();
    }

    /** The primary key of every entity table: {@code <repository>:<path>}, unique in the workspace. */
    public static String keyOf(String repository, String path) {
        return repository + ":" + path;
    }

    public String entityKey() {
        return entityKey;
    }

    /** The repository, as {@code plan}, {@code region/west-brabant}, {@code members/GM0777}. */
    public String repository() {
        return repository;
    }

    /** The file in its repository: {@code actions/terrassen-verruimen.yaml}. */
    public String path() {
        return path;
    }

    /** The entity's id, its file name ({@code plan} for plan.yaml). */
    public String entityId() {
        return entityId;
    }

    /** The Git object id of the file's content. */
    public String blobId() {
        return blobId;
    }

    /** Everything the index holds about this entity, by field (see {@link Facts}). */
    public final SortedMap<String, String> facts() {
        Facts facts = new Facts().put("id", entityId).put("blob", blobId);
        describe(facts);
        return facts.asMap();
    }

    /** Adds this kind's fields to {@code facts}. */
    protected abstract void describe(Facts facts);
}
