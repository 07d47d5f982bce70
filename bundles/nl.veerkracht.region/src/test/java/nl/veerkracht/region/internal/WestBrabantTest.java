package nl.veerkracht.region.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test on the region {@link RegionFixture#westBrabant()} builds before each test: Breda coordinates
 * Etten-Leur and Roosendaal, peer to peer. A subclass's own {@code @BeforeEach} runs after it.
 */
abstract class WestBrabantTest {

    @TempDir
    Path temp;

    RegionFixture region;
    RegionFixture.Member breda;
    RegionFixture.Member ettenLeur;
    RegionFixture.Member roosendaal;

    @BeforeEach
    final void buildWestBrabant() throws Exception {
        region = new RegionFixture(temp);
        RegionFixture.WestBrabant members = region.westBrabant();
        breda = members.breda();
        ettenLeur = members.ettenLeur();
        roosendaal = members.roosendaal();
    }
}
