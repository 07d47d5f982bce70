package nl.veerkracht.region.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.RepositoryName;

/** A damaged pending-merge.yaml says how to get past it, and doing what it says works. */
class DamagedPendingMergeTest {

    @TempDir
    Path temp;

    @Test
    void movingADamagedPendingMergeAsideAsTheMessageSaysStartsTheMergeOver() throws Exception {
        RegionFixture region = new RegionFixture(temp);
        RegionFixture.WestBrabant members = region.westBrabant();
        RegionFixture.Member breda = members.breda();
        RegionFixture.Member ettenLeur = members.ettenLeur();
        for (RegionFixture.Member member : new RegionFixture.Member[] {breda, ettenLeur}) {
            String text = RegionFixture.read(member, Actions.VOUCHERS);
            RegionFixture.write(member, Actions.VOUCHERS, text.replace("amount: 50000",
                    member == breda ? "amount: 60000" : "amount: 70000"));
            region.commit(member, "Bewerkt");
        }
        assertEquals(SyncOutcome.CONFLICTS, region.sync(ettenLeur).outcome());
        Path file = ettenLeur.workspace().stateOf(RepositoryName.region(RegionFixture.REGION))
                .resolve(PendingMergeFile.FILE);
        Files.writeString(file, "region: [kapot\n");

        RuntimeException damaged = assertThrows(RuntimeException.class,
                () -> region.regions.conflicts(ettenLeur.workspace()));
        String said = ((nl.veerkracht.store.StoreException) damaged).describe(Locale.ENGLISH);
        assertTrue(said.contains("move it aside (mv '" + file + "' '" + file + ".broken') and run 'veerkracht sync'"),
                said);

        Files.move(file, file.resolveSibling(PendingMergeFile.FILE + ".broken"));
        assertEquals(SyncOutcome.CONFLICTS, region.sync(ettenLeur).outcome(), "the merge starts over");
        assertEquals(1, region.regions.conflicts(ettenLeur.workspace()).size());
    }
}
