package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A crisis role of a scenario and who fills it. */
@Embeddable
public class IndexedCrisisRole {

    @Column(name = "crisis_role")
    private String role;

    @Column(name = "who")
    private String who;

    protected IndexedCrisisRole() {
    }

    public IndexedCrisisRole(String role, String who) {
        this.role = role;
        this.who = who;
    }

    @Override
    public String toString() {
        return Facts.item("role", role, "who", who);
    }
}
