package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import nl.veerkracht.model.validation.Language;

/** A run that names its command gets that command (by its real name), and help gets them all. */
class CommandTreeTest {

    private final CommandContext context = new CommandContext(new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
            Messages.of(Language.NL), false, "test", TestServices.create());

    @Test
    void everyCommandIsFoundByTheNameItAnswersTo() {
        Set<String> every = CommandTree.buildFor(context, List.of("help")).getSubcommands().keySet();
        assertEquals(23, every.size(), every.toString());
        for (String name : every) {
            Set<String> built = CommandTree.buildFor(context, List.of(name, "-w", "/ergens")).getSubcommands().keySet();
            Set<String> expected = name.equals("help") || name.equals("shell") ? every : Set.of(name);
            assertEquals(expected, built, name);
        }
    }

    @Test
    void versionAloneNeedsNoCommandAndAnUnknownCommandSeesThemAll() {
        CommandLine version = CommandTree.buildFor(context, List.of("--version"));
        assertEquals(Set.of(), version.getSubcommands().keySet());
        assertEquals(23, CommandTree.buildFor(context, List.of("regio", "create")).getSubcommands().size(),
                "picocli can suggest 'region'");
        assertEquals(23, CommandTree.buildFor(context, List.of()).getSubcommands().size());
    }
}
