package nl.veerkracht.region.internal;

import java.util.List;

/** Shared regional actions as their files read, for the region tests. */
final class Actions {

    static final String FONDS = "actions/GM0758-binnenstadfonds.yaml";
    static final String VOUCHERS = "actions/GM0758-vouchers.yaml";

    private Actions() {
    }

    /** A shared action led by {@code lead}, with these participants and contributions ({@code code: amount} lines). */
    static String action(String id, String title, String lead, List<String> participants, String... contributions) {
        StringBuilder text = new StringBuilder();
        text.append("id: ").append(id).append('\n');
        text.append("title: ").append(title).append('\n');
        text.append("term: medium\n");
        text.append("budget:\n  amount: 50000\n  source: region\n");
        text.append("status: planned\n");
        text.append("lead_municipality: ").append(lead).append('\n');
        text.append("participants:\n");
        participants.forEach(code -> text.append("  - ").append(code).append('\n'));
        if (contributions.length > 0) {
            text.append("contributions:\n");
            for (String contribution : contributions) {
                text.append("  ").append(contribution).append('\n');
            }
        }
        return text.toString();
    }

    static String fonds() {
        return action("GM0758-binnenstadfonds", "Regionaal binnenstadfonds", "GM0758",
                List.of("GM0758", "GM0777", "GM1674"), "GM0758: 20000");
    }

    static String vouchers() {
        return action("GM0758-vouchers", "Digitaliseringsvouchers", "GM0758", List.of("GM0758", "GM0777"));
    }
}
