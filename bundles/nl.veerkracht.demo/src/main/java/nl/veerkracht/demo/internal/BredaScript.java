package nl.veerkracht.demo.internal;

import java.time.LocalDate;
import java.util.List;

import nl.veerkracht.store.Author;

/**
 * Breda's recovery plan as a series of commits, the way a policy officer builds it up over a
 * spring: the vision and terms first, then the needs from the entrepreneurs' survey and the
 * stakeholders, the first actions, the council's approval, an adjustment after the summer, and
 * the fallback scenario. The files are resources in {@code breda/<step>/}.
 */
final class BredaScript {

    static final String CODE = "GM0758";
    static final String NAME = "Breda";
    static final String PROVINCE = "PV30";

    static final Author OFFICIAL = new Author("J. de Vries", "j.devries@breda.nl");
    static final Author ALDERMAN = new Author("A. Jansen", "a.jansen@breda.nl");

    /** One commit: the files it writes (paths in the plan, from the resource folder) and why. */
    record Commit(String folder, List<String> files, Author author, String message) {
    }

    static final List<Commit> BEFORE_APPROVAL = List.of(
            new Commit("1-plan", List.of("plan.yaml"), OFFICIAL,
                    "Visie, herstellijnen, termijnen en trekkers vastgelegd"),
            new Commit("2-needs", List.of(
                    "needs/liquiditeit-horeca.yaml", "needs/ruimte-op-straat.yaml", "needs/een-aanspreekpunt.yaml",
                    "needs/digitale-vaardigheden.yaml", "stakeholders/khn-breda.yaml",
                    "stakeholders/ondernemersvereniging-binnenstad.yaml", "stakeholders/chasse-theater.yaml",
                    "stakeholders/avans-hogeschool.yaml", "stakeholders/rabobank-breda.yaml"), OFFICIAL,
                    "Behoeften uit de ondernemerspeiling en belanghebbenden toegevoegd"),
            new Commit("3-actions", List.of(
                    "actions/terrassen-verruimen.yaml", "actions/ondernemersloket.yaml",
                    "actions/binnenstad-digitaal.yaml", "actions/cultuur-in-de-wijk.yaml",
                    "actions/circulaire-binnenstad.yaml", "indicators/terrassen-vergund.yaml",
                    "indicators/terrassen-vergund.csv", "indicators/vestigingen.yaml", "indicators/vestigingen.csv",
                    "indicators/vragen-loket.yaml", "indicators/winkels-online.yaml"), OFFICIAL,
                    "Eerste acties voor de korte, middellange en lange termijn"));

    static final LocalDate APPROVAL_DATE = LocalDate.of(2026, 5, 12);

    /** The day the story is told on; the dates in the plan's files are written towards it. */
    static final LocalDate STORY_DAY = LocalDate.of(2026, 11, 28);

    static final String APPROVAL_MESSAGE = "Herstelaanpak vastgesteld door de gemeenteraad";

    static final List<Commit> AFTER_APPROVAL = List.of(
            new Commit("4-terrassen", List.of("actions/terrassen-verruimen.yaml", "indicators/terrassen-vergund.csv"),
                    ALDERMAN, "Terrassen verruimen: budget verhoogd en doorgetrokken tot na de zomer"),
            new Commit("5-terugval", List.of("scenarios/terugval.yaml", "lessons/een-ondernemersloket.md"), OFFICIAL,
                    "Terugvalscenario met draaiboek en een les uit de crisis"));

    /** The indicator fed from CBS, from the responses the demo ships in {@code cbs/<table>/}. */
    static final String CBS_INDICATOR = "vestigingen";
    static final String CBS_TABLE = "81575NED";
    static final String CBS_MESSAGE = "Vestigingen bijgewerkt uit CBS StatLine (tabel 81575NED): twee kwartalen erbij, "
            + "het eerste kwartaal herzien";

    private BredaScript() {
    }
}
