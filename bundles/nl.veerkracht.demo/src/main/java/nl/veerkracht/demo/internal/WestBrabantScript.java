package nl.veerkracht.demo.internal;

import java.util.List;

import nl.veerkracht.store.Author;

/**
 * The region West-Brabant in the demo: Breda coordinates; Etten-Leur, Roosendaal and Bergen op Zoom
 * join; the province of Noord-Brabant publishes its recovery programme. The files are resources in
 * {@code <folder>/}; the edits are made to the documents, as a user would in an editor.
 */
final class WestBrabantScript {

    static final String REGION = "west-brabant";
    static final String REGION_NAME = "West-Brabant";
    static final String FUND = "GM0758-regionaal-ondernemersfonds";
    static final String JOBS = "GM0777-werkgelegenheid-bedrijventerreinen";

    /** A municipality of the region other than Breda: its workspace folder, resources and who works there. */
    record Member(String code, String name, String folder, List<String> files, Author author) {
    }

    static final List<Member> NEIGHBOURS = List.of(
            new Member("GM0777", "Etten-Leur", "etten-leur", List.of("plan.yaml", "actions/zonnedaken.yaml"),
                    new Author("P. Bakker", "p.bakker@etten-leur.nl")),
            new Member("GM1674", "Roosendaal", "roosendaal", List.of("plan.yaml", "actions/winkels-online.yaml"),
                    new Author("L. de Graaf", "l.degraaf@roosendaal.nl")),
            new Member("GM0748", "Bergen op Zoom", "bergen-op-zoom",
                    List.of("plan.yaml", "actions/vestingstad-evenementen.yaml"),
                    new Author("E. Verhoeven", "e.verhoeven@bergenopzoom.nl")));

    static final String PROVINCE_CODE = "PV30";
    static final String PROVINCE_NAME = "Noord-Brabant";
    static final String PROVINCE_FOLDER = "noord-brabant";
    static final Author PROVINCE_AUTHOR = new Author("M. van Dijk", "m.vandijk@brabant.nl");
    static final List<String> PROGRAMME = List.of("plan.yaml", "tasks/energietransitie-bedrijventerreinen.yaml",
            "tasks/digitalisering-mkb.yaml", "tasks/vrijetijdseconomie.yaml");
    static final List<String> PROGRAMME_UPDATE = List.of("tasks/digitalisering-mkb.yaml",
            "tasks/vrijetijdseconomie.yaml", "tasks/circulaire-maakindustrie.yaml");

    /** The value Etten-Leur settles the fund's budget at, after it and Roosendaal both raised it. */
    static final String AGREED_FUND_BUDGET = "430000";

    private WestBrabantScript() {
    }
}
