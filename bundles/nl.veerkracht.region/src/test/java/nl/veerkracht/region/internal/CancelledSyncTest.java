package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.head;
import static nl.veerkracht.region.internal.RegionFixture.source;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.RepositoryName;

/**
 * A user who presses Cancel (the desktop client's sync): nothing more is fetched or merged, the report says
 * what was not done, and the next sync carries on as if the cancelled one had not happened.
 */
class CancelledSyncTest extends WestBrabantTest {

    /** Says yes once the sync announced its first fetch: as a user who cancels while the first member comes in. */
    private static final class CancelAtFirstFetch implements SyncProgress {
        final AtomicBoolean cancelled = new AtomicBoolean();
        final List<String> steps = new ArrayList<>();

        @Override
        public void stepStarting(String step, int index, int total) {
            steps.add(step + " " + index + "/" + total);
        }

        @Override
        public void fetching(RepositoryName repository, String source, String name, int index, int total) {
            cancelled.set(true);
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }
    }

    @Test
    void aSyncCancelledWhileTheFirstMemberComesInMergesNothingAndTheNextSyncMergesEverything() throws Exception {
        write(ettenLeur, "actions/GM0777-markt.yaml", Actions.action("GM0777-markt", "Weekmarkt", "GM0777",
                List.of("GM0777"), "GM0777: 3000"));
        region.commit(ettenLeur, "Weekmarkt");
        write(roosendaal, "actions/GM1674-fietsroute.yaml", Actions.action("GM1674-fietsroute", "Fietsroute",
                "GM1674", List.of("GM1674"), "GM1674: 5000"));
        region.commit(roosendaal, "Fietsroute");
        String before = head(breda).orElseThrow();

        CancelAtFirstFetch progress = new CancelAtFirstFetch();
        SyncReport cancelled = region.sync.sync(breda.workspace(), progress);

        RegionSyncReport regions = (RegionSyncReport) cancelled.steps().get(0);
        assertEquals(SyncOutcome.CANCELLED, cancelled.outcome(), cancelled::toString);
        assertEquals(SourceReport.Status.CANCELLED, source(regions, "GM0777").status(), regions::toString);
        assertEquals(SourceReport.Status.CANCELLED, source(regions, "GM1674").status(), regions::toString);
        assertEquals(before, head(breda).orElseThrow(), "nothing merged after Cancel");
        assertFalse(Files.exists(breda.region().resolve("actions/GM0777-markt.yaml")));
        assertEquals(List.of("region 1/1"), progress.steps);

        RegionSyncReport next = region.sync(breda);
        assertEquals(SyncOutcome.DONE, next.outcome(), next::toString);
        assertTrue(Files.exists(breda.region().resolve("actions/GM0777-markt.yaml")));
        assertTrue(Files.exists(breda.region().resolve("actions/GM1674-fietsroute.yaml")));
    }

    @Test
    void aJoinCancelledWritesNothingAndTheNextJoinClones() {
        RegionFixture.Member bergenOpZoom = region.municipality("GM0748", "Bergen op Zoom");
        region.addMember(breda, bergenOpZoom, java.util.Optional.empty());

        nl.veerkracht.store.StoreException stopped = org.junit.jupiter.api.Assertions.assertThrows(
                nl.veerkracht.store.StoreException.class,
                () -> region.regions.join(bergenOpZoom.workspace(), breda.region().toString(), () -> true));
        assertEquals("remote.cancelled", stopped.key());
        assertFalse(Files.exists(bergenOpZoom.region()), "nothing of the region written");
        assertFalse(bergenOpZoom.workspace().has(RegionFixture.REGION_REPOSITORY));

        region.regions.join(bergenOpZoom.workspace(), breda.region().toString(), () -> false);
        assertEquals(head(breda), head(bergenOpZoom));
    }
}
