package nl.veerkracht.store;

import java.time.LocalDate;

/** A version of the plan that the council approved: the annotated tag {@code raad/<date>}. */
public record CouncilApproval(LocalDate date, String tagName, String commitId, String message) {

    /** The tag name for an approval on {@code date}: {@code raad/2026-11-28}. */
    public static String tagName(LocalDate date) {
        return "raad/" + date;
    }
}
