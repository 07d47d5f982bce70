package nl.veerkracht.checklist;

import nl.veerkracht.model.validation.Language;

/**
 * The ten points of the VNG <em>Top 10 checklist voor een effectieve herstelaanpak van de lokale
 * economie</em>, in the checklist's order, with its own Dutch titles and their English translation.
 */
public enum ChecklistPoint {
    EXISTING_STRUCTURE(1, "existing-structure",
            "Organiseer herstel vanuit de bestaande structuur en middelen",
            "Organise recovery from the existing structure and resources"),
    ENTREPRENEURS_NEEDS(2, "entrepreneurs-needs",
            "Stel de behoefte van de ondernemer centraal",
            "Put the entrepreneur's needs first"),
    NETWORK(3, "network",
            "Maak gebruik van een divers en cross-sectoraal netwerk",
            "Use a diverse, cross-sector network"),
    DATA_AND_MONITORING(4, "data-and-monitoring",
            "Gebruik data en actieve monitoring",
            "Use data and active monitoring"),
    LEAD(5, "lead",
            "Benoem een trekker",
            "Appoint a lead"),
    LESSONS(6, "lessons",
            "Bouw voort op lessen uit de crisis",
            "Build on lessons from the crisis"),
    DYNAMIC_APPROACH(7, "dynamic-approach",
            "Zorg voor een dynamische herstelaanpak",
            "Keep the recovery approach dynamic"),
    REGIONAL_COOPERATION(8, "regional-cooperation",
            "Regionale samenwerking versterkt",
            "Regional cooperation makes recovery stronger"),
    SHORT_AND_LONG_TERM(9, "short-and-long-term",
            "Onderscheid tussen de korte en lange termijn geeft overzicht en ruimte",
            "Distinguishing the short and the long term gives overview and room"),
    FALLBACK_SCENARIO(10, "fallback-scenario",
            "Houd rekening met een terugvalscenario",
            "Prepare for a fallback scenario");

    private final int number;
    private final String code;
    private final String dutchTitle;
    private final String englishTitle;

    ChecklistPoint(int number, String code, String dutchTitle, String englishTitle) {
        this.number = number;
        this.code = code;
        this.dutchTitle = dutchTitle;
        this.englishTitle = englishTitle;
    }

    /** The point's number in the checklist, 1 to 10. */
    public int number() {
        return number;
    }

    /** A stable name for machines ({@code --format json}): {@code existing-structure}, ... */
    public String code() {
        return code;
    }

    /** The checklist's own title. */
    public String dutchTitle() {
        return dutchTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }

    /** The title in {@code language}. */
    public String title(Language language) {
        return language == Language.EN ? englishTitle : dutchTitle;
    }
}
