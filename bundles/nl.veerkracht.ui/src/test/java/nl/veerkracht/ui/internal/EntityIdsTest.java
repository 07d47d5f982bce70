package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class EntityIdsTest {

    @Test
    void anIdIsTheTitleInLowerCaseWithoutAccentsAndWithHyphens() {
        assertEquals("een-loket-voor-ondernemers", EntityIds.fromTitle("Eén loket voor ondernemers!", Set.of()));
        assertEquals("chasse-theater-2026", EntityIds.fromTitle("  Chassé Theater (2026) ", Set.of()));
        assertEquals("nieuw", EntityIds.fromTitle("€ ?", Set.of()));
    }

    @Test
    void aTakenIdGetsANumber() {
        assertEquals("terrassen-verruimen-3",
                EntityIds.fromTitle("Terrassen verruimen", Set.of("terrassen-verruimen", "terrassen-verruimen-2")));
    }
}
