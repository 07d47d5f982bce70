package nl.veerkracht.launcher;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which SWT fragment (the native part of SWT) the desktop client needs on this computer. The
 * product carries the fragments of every platform it supports; Felix ignores their
 * {@code Eclipse-PlatformFilter}, so the launcher installs only the one for {@code os.name} and
 * {@code os.arch}. Only Linux GTK x86_64 is tested; Windows and macOS are built but not tried.
 */
final class SwtPlatform {

    static final String LINUX_X86_64 = "org.eclipse.swt.gtk.linux.x86_64";
    static final String WINDOWS_X86_64 = "org.eclipse.swt.win32.win32.x86_64";
    static final String MACOS_X86_64 = "org.eclipse.swt.cocoa.macosx.x86_64";
    static final String MACOS_AARCH64 = "org.eclipse.swt.cocoa.macosx.aarch64";

    /** Every platform fragment the product may carry: all but the chosen one are left out. */
    static final Set<String> FRAGMENTS = Set.of(LINUX_X86_64, WINDOWS_X86_64, MACOS_X86_64, MACOS_AARCH64);

    private SwtPlatform() {
    }

    /** The artifact id of the SWT fragment for this operating system and processor, if there is one. */
    static Optional<String> fragmentFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean x86_64 = arch.equals("amd64") || arch.equals("x86_64");
        boolean aarch64 = arch.equals("aarch64") || arch.equals("arm64");
        if (os.startsWith("linux") && x86_64) {
            return Optional.of(LINUX_X86_64);
        }
        if (os.startsWith("windows") && x86_64) {
            return Optional.of(WINDOWS_X86_64);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            if (x86_64) {
                return Optional.of(MACOS_X86_64);
            }
            if (aarch64) {
                return Optional.of(MACOS_AARCH64);
            }
        }
        return Optional.empty();
    }

    /** The fragment for the running JVM. */
    static Optional<String> current() {
        return fragmentFor(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }
}
