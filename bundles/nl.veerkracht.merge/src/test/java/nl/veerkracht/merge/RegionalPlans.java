package nl.veerkracht.merge;

import static nl.veerkracht.junit.Documents.list;
import static nl.veerkracht.junit.Documents.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.veerkracht.junit.Documents;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;

/**
 * Random regional plans that look like West-Brabant's: the region's plan.yaml with keyed members,
 * shared actions (budget, keyed indicators, links, participants, contributions per member,
 * multi-line descriptions), a fallback scenario with keyed roles and runbook, an indicator with its
 * observations keyed by period, a stakeholder with consultations (a set of maps). Vocabularies are
 * small, so that two sides editing at random often touch the same things.
 */
final class RegionalPlans {

    static final List<String> TERMS = List.of("short", "medium", "long");
    static final List<String> THEMES = List.of("innovatie", "digitalisering", "circulariteit", "energietransitie");
    static final List<String> STATUSES = List.of("idea", "planned", "running", "done", "stopped");
    static final List<String> PEOPLE = List.of("J. de Vries", "A. Jansen", "M. Bakker", "S. Yilmaz");
    static final List<String> DEPARTMENTS = List.of("economische-zaken", "onderwijs", "duurzaamheid", "jeugd");
    static final List<String> NEEDS = List.of("liquiditeit-horeca", "personeel-detailhandel", "digitale-verkoop");
    static final List<String> SOURCES = List.of("existing", "extra", "province", "region");
    static final List<Long> AMOUNTS = List.of(5000L, 10000L, 15000L, 20000L, 30000L, 50000L);
    static final List<String> LINES = List.of("Tijdelijk ruimere terrassen in de binnenstad.", "Zonder extra leges.",
            "Samen met KHN Breda en de BIZ.", "Ondernemers krijgen één loket.", "We meten elk kwartaal.",
            "Extra aandacht voor de dorpskernen.", "Aansluiten bij het provinciale programma.");
    static final List<String[]> MEMBERS = List.of(new String[] {"GM0758", "Breda"},
            new String[] {"GM0777", "Etten-Leur"}, new String[] {"GM0748", "Bergen op Zoom"},
            new String[] {"GM0826", "Oosterhout"});
    static final List<String[]> ACTIONS = List.of(new String[] {"GM0758-terrassen-verruimen", "Terrassen verruimen"},
            new String[] {"GM0758-binnenstadfonds", "Binnenstadfonds"},
            new String[] {"GM0777-ondernemersloket", "Eén ondernemersloket"},
            new String[] {"GM0748-digitale-etalage", "Digitale etalage"},
            new String[] {"GM0826-energiescan-mkb", "Energiescan voor het mkb"});

    private RegionalPlans() {
    }

    static PlanSnapshot generate(Random random) {
        Map<String, Node> documents = new LinkedHashMap<>();
        List<String[]> members = new ArrayList<>(MEMBERS);
        Collections.shuffle(members, random);
        members = members.subList(0, 2 + random.nextInt(3));
        List<String> codes = members.stream().map(member -> member[0]).toList();
        documents.put("plan.yaml", plan(random, members));
        List<String[]> actions = new ArrayList<>(ACTIONS);
        Collections.shuffle(actions, random);
        for (String[] action : actions.subList(0, 1 + random.nextInt(3))) {
            documents.put("actions/" + action[0] + ".yaml", action(random, action[0], action[1], codes));
        }
        if (random.nextBoolean()) {
            documents.put("scenarios/terugval.yaml", scenario(random));
        }
        if (random.nextInt(3) > 0) {
            documents.put("indicators/vestigingen.yaml", map("id", "vestigingen", "title", "Vestigingen in de regio",
                    "source", "cbs", "unit", "vestigingen", "baseline", 14500, "target", 15000));
            documents.put("indicators/vestigingen.csv", observations(random));
        }
        if (random.nextBoolean()) {
            documents.put("stakeholders/khn-breda.yaml", map("id", "khn-breda", "organisation", "KHN afdeling Breda",
                    "sector", "entrepreneurs", "consultations", ListNode.of(consultations(random))));
        }
        return PlanSnapshot.of(documents);
    }

    /** A new shared action, as a member creates it: different choices give different content. */
    static MapNode newAction(String id, int choice) {
        return map("id", id, "title", "Nieuwe actie " + (choice % 3), "term", pick(TERMS, choice),
                "themes", list(pick(THEMES, choice / 3)), "budget", map("amount", pick(AMOUNTS, choice / 5),
                        "source", "region"),
                "status", "idea", "participants", list(id.substring(0, 6)));
    }

    private static MapNode plan(Random random, List<String[]> members) {
        List<Node> memberNodes = new ArrayList<>();
        for (String[] member : members) {
            memberNodes.add(map("code", member[0], "name", member[1],
                    "url", "https://git.example.nl/" + member[1].toLowerCase().replace(' ', '-') + "/regio.git"));
        }
        return map("kind", "region", "id", "west-brabant", "name", "West-Brabant", "province", "PV30",
                "coordinator", members.get(0)[0], "require_signed", random.nextBoolean(), "vision", text(random),
                "members", ListNode.of(memberNodes));
    }

    private static MapNode action(Random random, String id, String title, List<String> codes) {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("id", ScalarNode.string(id));
        fields.put("title", ScalarNode.string(title));
        fields.put("description", text(random));
        fields.put("term", ScalarNode.string(pick(random, TERMS)));
        fields.put("themes", strings(subset(random, THEMES, 2)));
        fields.put("department", ScalarNode.string(pick(random, DEPARTMENTS)));
        if (random.nextBoolean()) {
            fields.put("lead", ScalarNode.string(pick(random, PEOPLE)));
        }
        fields.put("needs", strings(subset(random, NEEDS, 2)));
        MapNode budget = map("amount", pick(random, AMOUNTS), "source", pick(random, SOURCES));
        fields.put("budget", random.nextBoolean() ? budget.with("line", ScalarNode.string("ez-2026")) : budget);
        List<Node> indicators = new ArrayList<>();
        for (String indicator : subset(random, List.of("terrassen-vergund", "bezoekers-binnenstad", "vestigingen"), 2)) {
            indicators.add(map("id", indicator, "target", 50 + 10 * random.nextInt(10)));
        }
        fields.put("indicators", ListNode.of(indicators));
        fields.put("status", ScalarNode.string(pick(random, STATUSES)));
        if (random.nextBoolean()) {
            fields.put("progress", ScalarNode.integer(10L * random.nextInt(11)));
        }
        fields.put("links", map("region", "west-brabant/" + id, "province", list("PV30/digitalisering-mkb")));
        List<String> participants = subset(random, codes, codes.size());
        if (participants.isEmpty()) {
            participants = List.of(codes.get(0));
        }
        fields.put("lead_municipality", ScalarNode.string(participants.get(0)));
        fields.put("participants", strings(participants));
        Map<String, Node> contributions = new LinkedHashMap<>();
        for (String code : participants) {
            contributions.put(code, ScalarNode.integer(pick(random, AMOUNTS)));
        }
        fields.put("contributions", MapNode.of(contributions));
        return MapNode.of(fields);
    }

    private static MapNode scenario(Random random) {
        List<Node> runbook = new ArrayList<>();
        for (String step : subset(random, List.of("loket-opschalen", "raad-informeren", "terrassen-sluiten",
                "noodfonds-openen"), 4)) {
            runbook.add(map("id", step, "what", step.replace('-', ' '), "who", pick(random, PEOPLE),
                    "within_days", 1 + random.nextInt(7)));
        }
        return map("id", "terugval", "title", "Terugval naar een lockdown", "kind", "fallback",
                "triggers", list("Landelijke versoepelingen worden teruggedraaid"), "reviewed", "2026-09-01",
                "roles", list(map("role", "crisiscoördinator", "who", pick(random, PEOPLE))),
                "runbook", ListNode.of(runbook));
    }

    private static ListNode observations(Random random) {
        List<Node> rows = new ArrayList<>();
        String[] periods = {"2025", "2026-Q1", "2026-Q2"};
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            rows.add(map("period", periods[i], "value", 14400 + 10 * random.nextInt(20), "source", "cbs"));
        }
        return ListNode.of(rows);
    }

    private static List<Node> consultations(Random random) {
        List<Node> consultations = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            consultations.add(map("date", "2026-0" + (3 + i) + "-10", "topic", pick(random, List.of("Terrasseizoen",
                    "Energiekosten", "Personeelstekort"))));
        }
        return consultations;
    }

    private static ScalarNode text(Random random) {
        List<String> lines = subset(random, LINES, 4);
        if (lines.size() < 2) {
            lines = LINES.subList(0, 2);
        }
        return Documents.text(lines.toArray(String[]::new));
    }

    private static ListNode strings(List<String> values) {
        return list(values.toArray());
    }

    /** Up to {@code max} distinct values, in the vocabulary's order or shuffled. */
    private static <T> List<T> subset(Random random, List<T> values, int max) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return new ArrayList<>(shuffled.subList(0, random.nextInt(Math.min(max, values.size()) + 1)));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static <T> T pick(List<T> values, int choice) {
        return values.get(Math.floorMod(choice, values.size()));
    }
}
