package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.checklist.LastSync;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.region.SyncProgress;
import nl.veerkracht.region.SyncStep;
import nl.veerkracht.store.RepositoryName;

/** A sync that ends well records when; one that stops at conflicts or fails does not. */
class LastSyncFileTest {

    @TempDir
    Path temp;

    @Test
    void aCompletedSyncRecordsItsMomentForTheTenPointCheck() throws Exception {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.Member breda = region.municipality("GM0758", "Breda");
        region.create(breda, Optional.empty(), false);
        StepwiseSync sync = new StepwiseSync();
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T13:03:11Z"), ZoneOffset.ofHours(1));
        sync.addStep(new RegionSyncStep(region.store, clock), Map.of(SyncStep.ORDER, 100));
        Path file = LastSyncFile.of(breda.workspace(), RepositoryName.region(RegionFixture.REGION));
        assertFalse(Files.exists(file));

        assertEquals(SyncOutcome.DONE, sync.sync(breda.workspace(), SyncProgress.NONE).outcome());
        assertTrue(Files.exists(file));
        assertEquals("2026-11-28T14:03:11+01:00\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aSyncThatFailedLeavesTheLastGoodMomentAlone() throws Exception {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.Member breda = region.municipality("GM0758", "Breda");
        region.create(breda, Optional.empty(), false);
        Path file = LastSyncFile.of(breda.workspace(), RepositoryName.region(RegionFixture.REGION));
        assertEquals(SyncOutcome.DONE, syncAt(region, "2026-11-27T09:00:00Z").sync(breda.workspace(), SyncProgress.NONE)
                .outcome());
        String lastGood = Files.readString(file, StandardCharsets.UTF_8);

        region.addMember(breda, region.municipality("GM0777", "Etten-Leur"), Optional.empty());
        RegionFixture.write(breda, "actions/GM0758-los.yaml", "id: GM0758-los\ntitle: Niet vastgelegd\nterm: short\nstatus: idea\n");
        assertEquals(SyncOutcome.FAILED, syncAt(region, "2026-11-28T09:00:00Z").sync(breda.workspace(),
                SyncProgress.NONE).outcome());
        assertEquals(lastGood, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderWhereTheRecordBelongsIsNamedAndTheSyncStillReports() throws Exception {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.Member breda = region.municipality("GM0758", "Breda");
        region.create(breda, Optional.empty(), false);
        Path file = LastSyncFile.of(breda.workspace(), RepositoryName.region(RegionFixture.REGION));
        Files.createDirectories(file.resolve("iets"));

        SyncReport report = syncAt(region, "2026-11-28T09:00:00Z").sync(breda.workspace(), SyncProgress.NONE);
        assertEquals(SyncOutcome.FAILED, report.outcome(), "the user must see it, with exit 5");
        RegionReport regional = ((RegionSyncReport) report.steps().get(0)).regions().get(0);
        assertEquals("synced, but " + file + " is not a file (a folder?), so when cannot be recorded; remove it, and"
                + " the next sync writes it anew", regional.failure().orElseThrow().describe(Locale.ENGLISH));
        assertTrue(Files.isDirectory(file.resolve("iets")), "left alone");
        assertFalse(Files.exists(file.resolveSibling("last-sync.tmp")), "no temporary file left behind");

        Files.delete(file.resolve("iets"));
        Files.delete(file);
        assertEquals(SyncOutcome.DONE, syncAt(region, "2026-11-28T10:00:00Z").sync(breda.workspace(), SyncProgress.NONE)
                .outcome());
        assertEquals("2026-11-28T10:00:00Z\n", Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void whatTheSyncRecordsTheCheckReadsAsAPlainRecord() throws Exception {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.Member breda = region.municipality("GM0758", "Breda");
        region.create(breda, Optional.empty(), false);
        String path = ".veerkracht/repositories/region/" + RegionFixture.REGION + "/last-sync";
        RegionLastSyncs reader = new RegionLastSyncs();
        assertEquals(LastSync.none(path), reader.lastSync(breda.workspace(), RegionFixture.REGION), "never synced here");

        assertEquals(SyncOutcome.DONE, syncAt(region, "2026-11-28T13:03:11Z").sync(breda.workspace(), SyncProgress.NONE)
                .outcome());
        assertEquals(LastSync.recorded(path, OffsetDateTime.parse("2026-11-28T13:03:11Z")),
                reader.lastSync(breda.workspace(), RegionFixture.REGION));

        Path file = LastSyncFile.of(breda.workspace(), RepositoryName.region(RegionFixture.REGION));
        Files.write(file, new byte[5000]);
        assertEquals(LastSync.unreadable(path, "larger than 4096 bytes"),
                reader.lastSync(breda.workspace(), RegionFixture.REGION));
    }

    @Test
    void theFirstLineIsTheMomentWithItsOffset() {
        OffsetDateTime moment = OffsetDateTime.parse("2026-11-28T14:03:11+01:00");
        String path = ".veerkracht/repositories/region/west-brabant/last-sync";
        assertEquals(path, LastSyncFile.pathOf("west-brabant"));
        assertEquals(LastSync.recorded(path, moment), parse("2026-11-28T14:03:11+01:00\n"));
        assertEquals(Optional.of(OffsetDateTime.parse("2026-11-28T13:03:11Z")), parse("2026-11-28T13:03:11Z").at());
        assertEquals(Optional.of(moment), parse("2026-11-28T14:03:11+01:00\ncommit 3f2a\n").at(), "later lines are reserved");
        assertEquals("2026-11-28T14:03:11+01:00\n", LastSyncFile.line(moment));
        assertEquals(Optional.of(moment), parse(LastSyncFile.line(moment)).at(), "what line() writes, parse() reads");
    }

    @Test
    void aFileThatCannotBeReadSaysWhyInsteadOfPretendingThereWasNoSync() {
        assertEquals(Optional.of("'gisteren' is not a date and time such as 2026-11-28T14:03:11+01:00"),
                parse("gisteren\n").problem());
        assertEquals(Optional.of("'2026-11-28' is not a date and time such as 2026-11-28T14:03:11+01:00"),
                parse("2026-11-28").problem(), "a date alone has no moment");
        assertEquals(Optional.of("not UTF-8 text"), LastSyncFile.parse("west-brabant", new byte[] {(byte) 0xff, 0x32})
                .problem());
        assertEquals(Optional.empty(), parse("").at());
    }

    private static LastSync parse(String text) {
        return LastSyncFile.parse("west-brabant", text.getBytes(StandardCharsets.UTF_8));
    }

    private static StepwiseSync syncAt(RegionFixture region, String instant) {
        StepwiseSync sync = new StepwiseSync();
        sync.addStep(new RegionSyncStep(region.store, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)),
                Map.of(SyncStep.ORDER, 100));
        return sync;
    }
}
