package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.RepositoryName;

/** The region view's "last successful sync with each member": kept per member, whatever the others did. */
class MemberSyncTimesTest extends WestBrabantTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private RegionSyncReport syncAt(RegionFixture.Member member, OffsetDateTime when) {
        StepwiseSync sync = new StepwiseSync();
        sync.addStep(new RegionSyncStep(region.store, Clock.fixed(when.toInstant(), AMSTERDAM)),
                Map.of(SyncStep.ORDER, 100));
        return (RegionSyncReport) sync.sync(member.workspace(), SyncProgress.NONE).steps().get(0);
    }

    @Test
    void aMemberThatCouldNotBeReachedKeepsTheMomentOfTheLastSyncThatWorked() throws Exception {
        OffsetDateTime first = OffsetDateTime.of(2026, 11, 28, 14, 3, 11, 0, java.time.ZoneOffset.ofHours(1));
        syncAt(breda, first);
        assertEquals(Map.of("GM0777", first, "GM1674", first),
                region.regions.lastSyncWithMembers(breda.workspace(), RegionFixture.REGION));

        Path roosendaals = roosendaal.region();
        Files.move(roosendaals, roosendaals.resolveSibling("weg"));
        OffsetDateTime second = first.plusDays(3);
        RegionSyncReport report = syncAt(breda, second);

        assertEquals(SourceReport.Status.UNREACHABLE, source(report, "GM1674").status(), report::toString);
        assertEquals(Map.of("GM0777", second, "GM1674", first),
                region.regions.lastSyncWithMembers(breda.workspace(), RegionFixture.REGION));
        assertEquals("GM0777 2026-12-01T14:03:11+01:00\nGM1674 2026-11-28T14:03:11+01:00\n", Files.readString(
                breda.workspace().stateOf(RepositoryName.region(RegionFixture.REGION)).resolve("member-syncs")));
    }

    @Test
    void aRegionNeverSyncedHasNoMoments() {
        assertEquals(Map.of(), region.regions.lastSyncWithMembers(ettenLeur.workspace(), RegionFixture.REGION));
    }
}
