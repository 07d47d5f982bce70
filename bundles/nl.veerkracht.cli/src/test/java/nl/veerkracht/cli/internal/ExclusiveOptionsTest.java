package nl.veerkracht.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Options that exclude each other are named in the user's language, not with picocli's English. */
class ExclusiveOptionsTest {

    @Test
    void twoSidesOfOneConflictAreAWrongCommandLineSaidInDutchOrEnglish() {
        CommandRun dutch = CommandLineBehaviourTest.run("resolve", "GM0758-fonds", "budget.amount",
                "--ours", "--theirs");
        assertEquals(2, dutch.exitCode());
        assertEquals(List.of("veerkracht: 'resolve' neemt maar één van --ours, --theirs, --value; zie 'veerkracht help"
                + " resolve'"), dutch.errLines());

        CommandRun english = CommandLineBehaviourTest.run("--lang", "en", "resolve", "GM0758-fonds",
                "budget.amount", "--ours", "--value", "1");
        assertEquals(List.of("veerkracht: 'resolve' takes only one of --ours, --theirs, --value; see 'veerkracht help"
                + " resolve'"), english.errLines());
    }
}
