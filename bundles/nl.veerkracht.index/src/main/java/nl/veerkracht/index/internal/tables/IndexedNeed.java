package nl.veerkracht.index.internal.tables;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.veerkracht.model.Need;

/** An entrepreneurs' need ({@code needs/<id>.yaml}). */
@Entity
@Table(name = "vk_need")
public class IndexedNeed extends IndexedEntity {

    @Column(name = "title")
    private String title;

    @Column(name = "sector")
    private String sector;

    @Column(name = "source")
    private String source;

    @Column(name = "noted_on")
    private LocalDate notedOn;

    @Column(name = "urgency")
    private String urgency;

    protected IndexedNeed() {
    }

    public IndexedNeed(EntitySource source, Need need) {
        super(source, need.id());
        title = need.title();
        sector = need.sector().orElse(null);
        this.source = need.source().orElse(null);
        notedOn = need.date().orElse(null);
        urgency = need.urgency().map(value -> value.code()).orElse(null);
    }

    @Override
    protected void describe(Facts facts) {
        facts.put("title", title).put("sector", sector).put("source", source).put("date", notedOn)
                .put("urgency", urgency);
    }
}
