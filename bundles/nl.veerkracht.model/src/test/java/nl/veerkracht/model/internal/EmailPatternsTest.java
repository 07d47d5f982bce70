package nl.veerkracht.model.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a member's e-mail pattern is, and which authors' addresses it takes. */
class EmailPatternsTest {

    @ParameterizedTest
    @ValueSource(strings = {"*@etten-leur.nl", "j.devries@breda.nl", "J.de-Vries+plan@Gemeente.Breda.NL",
            "o'brien@roosendaal.nl", "*@x1.example"})
    void anAddressOrAStarForTheWholeLocalPartIsAPattern(String pattern) {
        assertTrue(EmailPatterns.isPattern(pattern), pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "*@", "@breda.nl", "breda.nl", "*breda.nl", "j*@breda.nl", "*.devries@breda.nl",
            "**@breda.nl", "*@*.breda.nl", "*@breda", "j.devries@breda", "j devries@breda.nl", " *@breda.nl",
            "*@breda.nl ", "j@@breda.nl", "j@breda@nl.nl", ".j@breda.nl", "j.@breda.nl", "j..d@breda.nl",
            "*@-breda.nl", "*@breda-.nl", "*@breda..nl", "*@.breda.nl", "Jan <j@breda.nl>", "j@brëda.nl"})
    void anythingElseIsNot(String text) {
        assertFalse(EmailPatterns.isPattern(text), text);
    }

    @ParameterizedTest
    @CsvSource({
            "*@etten-leur.nl, p.jansen@etten-leur.nl",
            "*@etten-leur.nl, P.Jansen@Etten-Leur.NL",
            "*@Etten-Leur.nl, p.jansen@etten-leur.nl",
            "j.devries@breda.nl, j.devries@breda.nl",
            "j.devries@breda.nl, J.DeVries@BREDA.nl",
            "j.devries@breda.nl, ' j.devries@breda.nl '"})
    void aPatternTakesItsAddressesIgnoringCase(String pattern, String address) {
        assertTrue(EmailPatterns.matches(pattern, address), pattern + " " + address);
    }

    @ParameterizedTest
    @CsvSource({
            "*@etten-leur.nl, p.jansen@mail.etten-leur.nl",
            "*@etten-leur.nl, p.jansen@etten-leur.nl.example",
            "*@etten-leur.nl, @etten-leur.nl",
            "*@etten-leur.nl, etten-leur.nl",
            "*@etten-leur.nl, p.jansen@etten-leur-nl",
            "j.devries@breda.nl, k.devries@breda.nl",
            "j.devries@breda.nl, xj.devries@breda.nl",
            "j.devries@breda.nl, ''",
            "*@breda, j@breda",
            "*, j@breda.nl"})
    void andNoOthers(String pattern, String address) {
        assertFalse(EmailPatterns.matches(pattern, address), pattern + " " + address);
    }
}
