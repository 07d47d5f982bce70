package nl.veerkracht.model.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;

/**
 * Builds documents in memory, as a reader would produce them, with short Java.
 *
 * <p>The builders ({@code map}, {@code list}, {@code node}, {@code snapshot}) are also in the test-support
 * bundle, as {@code nl.veerkracht.junit.Documents}, which the tests of every later bundle use. The model's
 * tests keep this copy because they cannot use that bundle: it depends on the model, and a test-scope
 * dependency back from the model would be a cycle in the reactor, which Maven refuses.
 */
final class Documents {

    private Documents() {
    }

    /** A map from alternating keys and values; a value is a Node, a String, a number, a Boolean or null. */
    static MapNode map(Object... keysAndValues) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], node(keysAndValues[i + 1]));
        }
        return MapNode.of(entries);
    }

    static ListNode list(Object... items) {
        List<Node> nodes = new ArrayList<>();
        for (Object item : items) {
            nodes.add(node(item));
        }
        return ListNode.of(nodes);
    }

    static Node node(Object value) {
        if (value instanceof Node node) {
            return node;
        }
        if (value == null) {
            return ScalarNode.nullValue();
        }
        if (value instanceof String text) {
            return ScalarNode.string(text);
        }
        if (value instanceof Integer || value instanceof Long) {
            return ScalarNode.integer(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return ScalarNode.of(ScalarNode.Type.DECIMAL, decimal.toPlainString(), SourcePosition.UNKNOWN);
        }
        if (value instanceof Boolean bool) {
            return ScalarNode.bool(bool);
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }

    /** A snapshot from alternating paths and documents. */
    static PlanSnapshot snapshot(Object... pathsAndDocuments) {
        Map<String, Node> documents = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndDocuments.length; i += 2) {
            documents.put((String) pathsAndDocuments[i], (Node) pathsAndDocuments[i + 1]);
        }
        return PlanSnapshot.of(documents);
    }

    // ===== the examples of FORMAT.md, as documents

    static MapNode bredaPlan() {
        return map("kind", "municipality", "code", "GM0758", "name", "Breda", "province", "PV30",
                "regions", list("west-brabant"),
                "vision", "Breda komt sterker uit de crisis.\n",
                "recovery_lines", list(map("id", "recreeren", "title", "Recreëren"),
                        map("id", "werken", "title", "Werken"), map("id", "ontmoeten", "title", "Ontmoeten")),
                "terms", map(
                        "short", map("horizon_weeks", 4, "goals", list("Ondernemers houden liquiditeit"),
                                "principles", list("Binnen bestaande budgetten")),
                        "medium", map("until", "2026-07-01", "goals", list("Structurelere ondersteuning uitgewerkt"),
                                "principles", list("Aansluiten bij de regio")),
                        "long", map("goals", list("Andere keuzes in structurele investeringen"),
                                "principles", list("Transities geleidelijk inbedden"))),
                "leads", map(
                        "official", map("name", "J. de Vries", "role", "projectleider herstel",
                                "hours_freed_per_week", 24),
                        "administrative", map("name", "A. Jansen", "role", "wethouder economie")),
                "council", map("information_interval_weeks", 8, "last_informed", "2026-10-01"),
                "departments", list("economische-zaken", "onderwijs", "jeugd", "duurzaamheid"),
                "separate_recovery_organisation", false,
                "budget", map("lines", list(map("id", "ez-2026", "title", "Programmabegroting economie 2026",
                        "source", "existing", "amount", 250000)), "reserve", 50000));
    }

    static MapNode terrassenAction() {
        return map("id", "terrassen-verruimen", "title", "Terrassen verruimen",
                "description", "Tijdelijk ruimere terrassen in de binnenstad, zonder extra leges.\n",
                "term", "short", "recovery_line", "ontmoeten", "themes", list("innovatie"),
                "department", "economische-zaken", "lead", "J. de Vries",
                "needs", list("liquiditeit-horeca"), "stakeholders", list("khn-breda"),
                "budget", map("amount", 15000, "source", "existing", "line", "ez-2026"),
                "indicators", list(map("id", "terrassen-vergund", "target", 120)),
                "status", "running", "progress", 40, "start", "2026-04-01", "end", "2026-04-29",
                "links", map("region", "west-brabant/GM0758-binnenstadfonds", "province",
                        list("PV30/digitalisering-mkb")));
    }

    static MapNode need() {
        return map("id", "liquiditeit-horeca", "title", "Liquiditeit in de horeca", "sector", "56",
                "source", "ondernemerspeiling", "date", "2026-03-01", "urgency", "high");
    }

    static MapNode stakeholder() {
        return map("id", "khn-breda", "organisation", "KHN afdeling Breda", "sector", "entrepreneurs",
                "role", "vertegenwoordigt horecaondernemers",
                "consultations", list(map("date", "2026-03-10", "topic", "Terrasseizoen")));
    }

    static MapNode indicator(String id) {
        return map("id", id, "title", "Vestigingen in Breda", "source", "cbs", "table", "81575NED",
                "measure", "Vestigingen_1", "region", "GM0758", "unit", "vestigingen", "baseline", 14500,
                "target", 15000);
    }

    static ListNode observations() {
        return list(map("period", "2025", "value", 14420, "source", "cbs"),
                map("period", "2026-Q1", "value", 14510, "source", "cbs"));
    }

    static MapNode lesson() {
        return map("id", "een-ondernemersloket", "title", "Eén loket voor ondernemers",
                "source", "evaluatie coronasteun 2021", "actions", list("terrassen-verruimen"),
                "body", "Ondernemers vonden de weg snel toen er één loket was. Dat houden we vast.");
    }

    static MapNode scenario() {
        return map("id", "terugval", "title", "Terugval naar een lockdown", "kind", "fallback",
                "triggers", list("Landelijke versoepelingen worden teruggedraaid"), "reviewed", "2026-09-01",
                "roles", list(map("role", "crisiscoördinator", "who", "J. de Vries")),
                "runbook", list(
                        map("id", "loket-opschalen", "what", "Ondernemersloket opschalen", "who", "economische-zaken",
                                "within_days", 2),
                        map("id", "raad-informeren", "what", "Raad informeren over inzet", "who", "A. Jansen",
                                "within_days", 7)));
    }

    static MapNode regionPlan() {
        return map("kind", "region", "id", "west-brabant", "name", "West-Brabant", "province", "PV30",
                "coordinator", "GM0758", "require_signed", false,
                "members", list(
                        map("code", "GM0758", "name", "Breda",
                                "url", "https://git.example.nl/breda/regio-west-brabant.git",
                                "plan_url", "https://git.example.nl/breda/herstelplan.git",
                                "key", "ssh-ed25519 AAAAC3Nza... breda"),
                        map("code", "GM0777", "name", "Etten-Leur", "url", "/srv/etten-leur/region/west-brabant",
                                "plan_url", "/srv/etten-leur/plan")));
    }

    static MapNode regionalAction() {
        return map("id", "GM0758-binnenstadfonds", "title", "Binnenstadfonds", "term", "medium", "status", "planned",
                "lead_municipality", "GM0758", "participants", list("GM0758", "GM0777"),
                "contributions", map("GM0758", 20000, "GM0777", 10000));
    }

    static MapNode task() {
        return map("id", "digitalisering-mkb", "title", "Digitalisering van het mkb", "theme", "digitalisering",
                "programme", "Brabant Digitaal",
                "funding", list(map("id", "voucher-2027", "title", "Digitaliseringsvoucher", "deadline", "2027-01-31")),
                "status", "active");
    }

    /** Breda's whole plan as in FORMAT.md: every reference resolves. */
    static PlanSnapshot breda() {
        return snapshot("plan.yaml", bredaPlan(),
                "actions/terrassen-verruimen.yaml", terrassenAction(),
                "needs/liquiditeit-horeca.yaml", need(),
                "stakeholders/khn-breda.yaml", stakeholder(),
                "indicators/terrassen-vergund.yaml", indicator("terrassen-vergund"),
                "indicators/terrassen-vergund.csv", observations(),
                "lessons/een-ondernemersloket.md", lesson(),
                "scenarios/terugval.yaml", scenario());
    }
}
