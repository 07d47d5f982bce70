package nl.veerkracht.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.validation.Language;

class DesktopOptionsTest {

    @Test
    void theWorkspaceTheLanguageAndDebugAreRead() throws Exception {
        assertEquals(new DesktopOptions(Optional.empty(), Language.NL, false), DesktopOptions.parse(new String[] {"desktop"}));
        assertEquals(new DesktopOptions(Optional.of(Path.of("/tmp/breda")), Language.EN, true),
                DesktopOptions.parse(new String[] {"--lang", "en", "desktop", "-w", "/tmp/breda", "--debug"}));
    }

    @Test
    void aWrongCommandLineIsToldInTheLanguageItAsksFor() {
        DesktopOptions.UsageException error = assertThrows(DesktopOptions.UsageException.class,
                () -> DesktopOptions.parse(new String[] {"desktop", "--lang", "en", "--frobnicate"}));
        assertEquals("desktop does not know '--frobnicate'",
                error.describe(Texts.of(DesktopOptions.languageOf(new String[] {"--lang", "en"}))));
        assertThrows(DesktopOptions.UsageException.class, () -> DesktopOptions.parse(new String[] {"desktop", "-w"}));
        assertThrows(DesktopOptions.UsageException.class,
                () -> DesktopOptions.parse(new String[] {"desktop", "--lang", "fr"}));
    }
}
