package nl.veerkracht.province.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** A province's address as the mirror records it, so that sync finds it from any folder. */
class JGitProvinceServiceTest {

    @Test
    void aLocalFolderBecomesItsAbsolutePathAndAUrlStaysAsItIs() {
        assertEquals(Path.of("noord-brabant/plan").toAbsolutePath().normalize().toString(),
                JGitProvinceService.location("noord-brabant/./plan"));
        for (String url : new String[] {"https://git.brabant.nl/p.git", "git@git.brabant.nl:p.git",
            "ssh://git@git.brabant.nl:2222/p.git", "file:///srv/git/p"}) {
            assertEquals(url, JGitProvinceService.location(url), url);
        }
    }
}
