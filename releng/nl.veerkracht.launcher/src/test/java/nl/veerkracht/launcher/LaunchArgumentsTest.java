package nl.veerkracht.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void shellIsTheCommandWhereverTheGlobalOptionsStand() {
        assertEquals(new LaunchArguments(false, true), LaunchArguments.of(new String[] {"shell"}));
        assertEquals(new LaunchArguments(true, true), LaunchArguments.of(new String[] {"--lang", "en", "--debug", "shell"}));
    }

    @Test
    void shellAsAnArgumentOfAnotherCommandIsNotTheShell() {
        assertEquals(new LaunchArguments(false, false), LaunchArguments.of(new String[] {"help", "shell"}));
        assertEquals(new LaunchArguments(false, false), LaunchArguments.of(new String[] {"--lang", "shell"}));
        assertEquals(new LaunchArguments(false, false), LaunchArguments.of(new String[] {"--", "shell"}));
    }

    @Test
    void debugAfterTheDoubleDashBelongsToTheCommand() {
        assertEquals(new LaunchArguments(false, false), LaunchArguments.of(new String[] {"demo", "--", "--debug"}));
    }
}
