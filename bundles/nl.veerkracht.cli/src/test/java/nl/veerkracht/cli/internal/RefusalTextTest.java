package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.region.CancelledStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;

/** A refused commit is said in the user's language: no raw codes such as {@code unsigned} or {@code not_verified}. */
class RefusalTextTest {

    private static String said(Language language, String code) {
        return said(language, Rule.SIGNATURE, code);
    }

    private static String said(Language language, Rule rule, String code) {
        return new SyncText(Messages.of(language)).refusal(new Refusal("67ac3de674aa00112233445566778899aabbccdd",
                Optional.of("GM1674"), rule, List.of(code), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void theSignatureRulesCodesAreTranslated() {
        String unsigned = said(Language.NL, "unsigned");
        assertTrue(unsigned.contains(": de commit is niet ondertekend; niets samengevoegd"), unsigned);
        String notVerified = said(Language.NL, "not_verified");
        assertTrue(notVerified.contains(": de handtekening klopt niet met de sleutel van dit lid"), notVerified);
        assertFalse(notVerified.contains("not_verified"), notVerified);
        String noKey = said(Language.EN, "no-key");
        assertTrue(noKey.contains(": the regional plan.yaml has no key of this member; nothing merged"), noKey);
        assertEquals(said(Language.EN, "actions/x.yaml").contains(": actions/x.yaml; nothing merged"), true,
                "a path stays as it is");
    }

    @Test
    void theHistoryRulesCodesAreTranslated() {
        String unrelated = said(Language.NL, Rule.HISTORY, "unrelated");
        assertTrue(unrelated.contains(": de commit heeft geen geschiedenis gemeen met dit regionale plan"), unrelated);
        String octopus = said(Language.EN, Rule.HISTORY, "3");
        assertTrue(octopus.contains(": a merge of 3 commits (two at most)"), octopus);
    }

    @Test
    void aStepThatBrokeOffIsOneLineThatSaysTheOtherStepsRan() {
        List<String> lines = new SyncText(Messages.of(Language.NL)).step(new FailedStepReport("province",
                new IllegalStateException("kapot\nmet een tweede regel")));
        assertEquals(List.of("stap province brak af: onverwachte fout: kapot; de andere stappen zijn wel gedaan"), lines);
    }

    @Test
    void aCancelledSyncSaysWhatWasNotDoneInTheUsersLanguage() {
        assertEquals(List.of("stap members niet gedaan: de sync is gestopt"),
                new SyncText(Messages.of(Language.NL)).step(new CancelledStepReport("members")));
        assertEquals("GM0777 Etten-Leur: not fetched or not merged: the sync was stopped", new SyncText(
                Messages.of(Language.EN)).source(SourceReport.of("GM0777", "Etten-Leur", SourceReport.Status.CANCELLED, 0)));
        assertEquals(ExitCode.FAILED, SyncText.exitCode(SyncOutcome.CANCELLED));
    }
}
