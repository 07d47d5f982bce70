package nl.veerkracht.merge;

import static nl.veerkracht.junit.Documents.list;
import static nl.veerkracht.junit.Documents.map;
import static nl.veerkracht.junit.Documents.snapshot;
import static nl.veerkracht.junit.Documents.text;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.PlanSnapshot;

/** The regional plan of West-Brabant as the examples' common base. */
final class WestBrabant {

    static final String PLAN = "plan.yaml";
    static final String TERRASSEN = "actions/GM0758-terrassen-verruimen.yaml";
    static final String LOKET = "actions/GM0777-ondernemersloket.yaml";
    static final String TERUGVAL = "scenarios/terugval.yaml";
    static final String VESTIGINGEN = "indicators/vestigingen.yaml";
    static final String OBSERVATIONS = "indicators/vestigingen.csv";
    static final String KHN = "stakeholders/khn-breda.yaml";

    private WestBrabant() {
    }

    static PlanSnapshot base() {
        return snapshot(PLAN, plan(), TERRASSEN, terrassenVerruimen(), LOKET, ondernemersloket(), TERUGVAL, terugval(),
                VESTIGINGEN, vestigingen(), OBSERVATIONS, observations(), KHN, khnBreda());
    }

    static MapNode plan() {
        return map("kind", "region", "id", "west-brabant", "name", "West-Brabant", "province", "PV30",
                "coordinator", "GM0758", "require_signed", false,
                "vision", text("West-Brabant herstelt samen.", "Binnensteden blijven levendig.",
                        "Het mkb wordt digitaal sterker."),
                "members", list(
                        map("code", "GM0758", "name", "Breda", "url", "https://git.example.nl/breda/regio.git"),
                        map("code", "GM0777", "name", "Etten-Leur", "url", "/srv/etten-leur/region/west-brabant")));
    }

    static MapNode terrassenVerruimen() {
        return map("id", "GM0758-terrassen-verruimen", "title", "Terrassen verruimen",
                "description", text("Tijdelijk ruimere terrassen in de binnenstad.", "Zonder extra leges.",
                        "Handhaving met de horeca afgestemd."),
                "term", "short", "recovery_line", "ontmoeten", "themes", list("innovatie", "circulariteit"),
                "department", "economische-zaken", "lead", "J. de Vries", "needs", list("liquiditeit-horeca"),
                "budget", map("amount", 10000, "source", "existing", "line", "ez-2026"),
                "indicators", list(map("id", "terrassen-vergund", "target", 120)),
                "status", "running", "progress", 40,
                "lead_municipality", "GM0758", "participants", list("GM0758", "GM0777"),
                "contributions", map("GM0758", 20000, "GM0777", 10000));
    }

    static MapNode ondernemersloket() {
        return map("id", "GM0777-ondernemersloket", "title", "Eén ondernemersloket", "term", "medium",
                "themes", list("digitalisering"), "budget", map("amount", 30000, "source", "region"),
                "status", "planned", "lead_municipality", "GM0777", "participants", list("GM0777"),
                "contributions", map("GM0777", 30000));
    }

    static MapNode terugval() {
        return map("id", "terugval", "title", "Terugval naar een lockdown", "kind", "fallback",
                "triggers", list("Landelijke versoepelingen worden teruggedraaid"), "reviewed", "2026-09-01",
                "roles", list(map("role", "crisiscoördinator", "who", "J. de Vries")),
                "runbook", list(
                        map("id", "loket-opschalen", "what", "Ondernemersloket opschalen", "who", "economische-zaken",
                                "within_days", 2),
                        map("id", "raad-informeren", "what", "Raad informeren over inzet", "who", "A. Jansen",
                                "within_days", 7)));
    }

    static MapNode vestigingen() {
        return map("id", "vestigingen", "title", "Vestigingen in de regio", "source", "cbs", "unit", "vestigingen",
                "baseline", 14500, "target", 15000);
    }

    static ListNode observations() {
        return list(map("period", "2025", "value", 14420, "source", "cbs"),
                map("period", "2026-Q1", "value", 14510, "source", "cbs"));
    }

    static MapNode khnBreda() {
        return map("id", "khn-breda", "organisation", "KHN afdeling Breda", "sector", "entrepreneurs",
                "role", "vertegenwoordigt horecaondernemers",
                "consultations", list(map("date", "2026-03-10", "topic", "Terrasseizoen")));
    }
}
