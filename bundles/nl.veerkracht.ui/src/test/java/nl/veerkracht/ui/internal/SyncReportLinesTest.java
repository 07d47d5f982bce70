package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.province.MemberMirrorsReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.region.CancelledStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.ui.internal.SyncReportLines.Line;

/** The sync's report as the sync view words it, in Dutch and English: never a stack trace, never a raw key. */
class SyncReportLinesTest {

    private static final RepositoryName REGION = RepositoryName.region("west-brabant");

    private static SyncReport report() {
        SourceReport refused = new SourceReport("GM1674", "Roosendaal", SourceReport.Status.REFUSED, 0, List.of(), 0,
                Optional.of(new Refusal("8d2b105df0aa11", Optional.of("GM1674"), Rule.PARTICIPANT,
                        List.of("actions/GM0758-vouchers.yaml", "title"), Optional.empty())),
                Optional.empty(), Optional.empty());
        SourceReport unreachable = new SourceReport("GM0777", "Etten-Leur", SourceReport.Status.UNREACHABLE, 0,
                List.of(), 0, Optional.empty(),
                Optional.of(new StoreException("remote.cancelled", "git://127.0.0.1/etten-leur.git")), Optional.empty());
        RegionReport region = new RegionReport(REGION, Optional.of("a"), Optional.of("a"), false,
                List.of(refused, unreachable), Optional.empty(), List.of(), Optional.empty(), List.of(), Optional.empty());
        MirrorUpdate mirror = new MirrorUpdate(RepositoryName.member("GM0777"), "Etten-Leur",
                MirrorUpdate.Status.UPDATED, Optional.of("a"), Optional.of("b"), 2, Optional.empty(), Optional.empty());
        return new SyncReport(List.of(new RegionSyncReport(List.of(region)),
                new FailedStepReport("province", new IllegalStateException("disk full\n\tat Some.stack(Trace.java:1)")),
                new MemberMirrorsReport(List.of(mirror)), new CancelledStepReport("index")));
    }

    private static List<String> lines(Language language) {
        List<String> lines = new ArrayList<>();
        collect(new SyncReportLines(Texts.of(language)).lines(report()), "", lines);
        return lines;
    }

    private static void collect(List<Line> lines, String indent, List<String> into) {
        for (Line line : lines) {
            into.add(indent + line.what() + ": " + line.outcome() + " [" + line.tone() + "]");
            collect(line.children(), indent + "  ", into);
        }
    }

    @Test
    void aRefusalIsToldWithItsRuleCommitAndMunicipalityAndAFailedStepInOneLine() {
        assertEquals(List.of(
                "Regionale plannen: geweigerd [FAILED]",
                "  Regionaal plan west-brabant (region/west-brabant): geweigerd [FAILED]",
                "    Roosendaal (GM1674): geweigerd: een commit overtreedt een regel van de regio; niets samengevoegd [FAILED]",
                "      Regel: " + Rule.PARTICIPANT.describe(Language.NL.locale()) + " [FAILED]",
                "      Commit: 8d2b105df0 [FAILED]",
                "      Van gemeente: Roosendaal (GM1674) [FAILED]",
                "      Wat: actions/GM0758-vouchers.yaml title [FAILED]",
                "    Etten-Leur (GM0777): niet opgehaald: git://127.0.0.1/etten-leur.git: gestopt op verzoek; wat al binnen"
                        + " was is niet gebruikt [FAILED]",
                "Provincie: brak af: onverwachte fout: disk full; de andere stappen zijn wel gedaan [FAILED]",
                "Plannen van de leden: klaar [DONE]",
                "  Plan van lid Etten-Leur (members/GM0777): 2 commit(s) overgenomen [DONE]",
                "index: niet gedaan: de sync is gestopt [CANCELLED]"), lines(Language.NL));
    }

    @Test
    void inEnglishEveryLineIsEnglishAndNoneShowsAKey() {
        List<String> english = lines(Language.EN);
        assertEquals("Regional plans: refused [FAILED]", english.get(0));
        assertEquals("      Rule: " + Rule.PARTICIPANT.describe(Language.EN.locale()) + " [FAILED]", english.get(3));
        assertEquals("      From municipality: Roosendaal (GM1674) [FAILED]", english.get(5));
        assertEquals("Province: broke off: unexpected error: disk full; the other steps were done [FAILED]",
                english.get(8));
        assertFalse(english.stream().anyMatch(line -> line.contains("!") || line.contains("Trace.java")),
                english.toString());
        assertEquals("Sync refused incoming changes; below is which rule they break.",
                new SyncReportLines(Texts.of(Language.EN)).summary(report()));
    }

    @Test
    void aProvinceThatRewroteItsHistoryIsAMessageThatSaysHowToTakeItOver() {
        MirrorUpdate rewritten = new MirrorUpdate(RepositoryName.province("PV30"), "PV30", MirrorUpdate.Status.REWRITTEN,
                Optional.of("a"), Optional.of("b"), 0, Optional.empty(), Optional.of("https://git.brabant.nl/programma.git"));
        List<String> lines = new ArrayList<>();
        collect(new SyncReportLines(Texts.of(Language.NL)).lines(new SyncReport(List.of(
                new nl.veerkracht.province.ProvinceStepReport(List.of(new nl.veerkracht.province.ProvinceStepReport.Pull(
                        rewritten, Optional.empty())))))), "", lines);
        assertTrue(lines.stream().anyMatch(line -> line.contains("de bron heeft haar geschiedenis herschreven")
                && line.contains("province follow https://git.brabant.nl/programma.git --replace")), lines.toString());
        assertFalse(lines.stream().anyMatch(line -> line.contains("Exception")), lines.toString());
    }
}
