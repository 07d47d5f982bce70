package nl.veerkracht.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.validation.Language;

/** A value typed for one field ({@code resolve ... --value v}) reads as YAML, with the type the field has. */
class ReadValueTest {

    private static final String ACTION = "actions/GM0758-binnenstadfonds.yaml";

    @Test
    void numbersListsAndMapsReadAsYaml() throws PlanFileException {
        assertEquals(ScalarNode.integer(15000), PlanFiles.readValue(ACTION, FieldPath.parse("budget.amount"), "15000"));
        assertEquals(ListNode.of(List.of(ScalarNode.string("GM0758"), ScalarNode.string("GM0777"))),
                PlanFiles.readValue(ACTION, FieldPath.parse("participants"), "[GM0758, GM0777]"));
        assertEquals(MapNode.of(Map.of("amount", ScalarNode.integer(5000), "source", ScalarNode.string("region"))),
                PlanFiles.readValue(ACTION, FieldPath.parse("budget"), "{amount: 5000, source: region}"));
        assertEquals(ScalarNode.integer(20000), PlanFiles.readValue(ACTION, FieldPath.parse("contributions.GM0777"), "20000"));
    }

    @Test
    void textFieldsKeepWhatLooksLikeANumberAsText() throws PlanFileException {
        assertEquals(ScalarNode.string("56"), PlanFiles.readValue("needs/liquiditeit.yaml", FieldPath.parse("sector"), "56"));
        assertEquals(ScalarNode.string("medium"), PlanFiles.readValue(ACTION, FieldPath.parse("term"), "medium"));
        assertEquals(ScalarNode.string("Binnenstadfonds: samen"), PlanFiles.readValue(ACTION, FieldPath.parse("title"),
                "\"Binnenstadfonds: samen\""));
    }

    @Test
    void multiLineTextIsTakenAsTyped() throws PlanFileException {
        assertEquals(ScalarNode.string("Eén loket.\nElk kwartaal: meten.\n"),
                PlanFiles.readValue(ACTION, FieldPath.parse("description"), "Eén loket.\nElk kwartaal: meten.\n"));
    }

    @Test
    void badYamlIsAProblemWithAPosition() {
        PlanFileException bad = assertThrows(PlanFileException.class,
                () -> PlanFiles.readValue(ACTION, FieldPath.parse("participants"), "[GM0758, GM0777"));
        assertEquals(ACTION, bad.path());
        assertEquals(1, bad.problems().get(0).position().line(), bad.getMessage(Language.EN));
        assertThrows(PlanFileException.class, () -> PlanFiles.readValue(ACTION, FieldPath.parse("title"), "&a x"));
    }
}
