package nl.veerkracht.index.internal.tables;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of a region ({@code members} of a regional plan.yaml). */
@Embeddable
public class IndexedMember {

    @Column(name = "code")
    private String code;

    @Column(name = "name")
    private String name;

    @Column(name = "url")
    private String url;

    @Column(name = "plan_url")
    private String planUrl;

    @Column(name = "signing_key")
    private String signingKey;

    protected IndexedMember() {
    }

    public IndexedMember(String code, String name, String url, String planUrl, String signingKey) {
        this.code = code;
        this.name = name;
        this.url = url;
        this.planUrl = planUrl;
        this.signingKey = signingKey;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return Facts.item("code", code, "name", name, "url", url, "plan_url", planUrl, "key", signingKey);
    }
}
