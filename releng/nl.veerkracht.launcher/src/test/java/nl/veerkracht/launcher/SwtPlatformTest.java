package nl.veerkracht.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SwtPlatformTest {

    @Test
    void theFragmentFollowsTheOperatingSystemAndTheProcessorAsTheJvmNamesThem() {
        assertEquals(Optional.of(SwtPlatform.LINUX_X86_64), SwtPlatform.fragmentFor("Linux", "amd64"));
        assertEquals(Optional.of(SwtPlatform.WINDOWS_X86_64), SwtPlatform.fragmentFor("Windows 11", "amd64"));
        assertEquals(Optional.of(SwtPlatform.MACOS_X86_64), SwtPlatform.fragmentFor("Mac OS X", "x86_64"));
        assertEquals(Optional.of(SwtPlatform.MACOS_AARCH64), SwtPlatform.fragmentFor("Mac OS X", "aarch64"));
    }

    @Test
    void aPlatformWithoutSwtHasNoFragment() {
        assertEquals(Optional.empty(), SwtPlatform.fragmentFor("Linux", "aarch64"));
        assertEquals(Optional.empty(), SwtPlatform.fragmentFor("Windows 11", "aarch64"));
        assertEquals(Optional.empty(), SwtPlatform.fragmentFor("FreeBSD", "amd64"));
    }
}
