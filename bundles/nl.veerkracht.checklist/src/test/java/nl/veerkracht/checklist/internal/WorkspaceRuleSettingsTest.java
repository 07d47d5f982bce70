package nl.veerkracht.checklist.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.internal.rules.BuiltInRules;

/** Which keys a workspace's checklist.cfg may set: the configuration's, and those of the rules installed. */
class WorkspaceRuleSettingsTest {

    private final List<ChecklistRule> rules = BuiltInRules.all();

    @Test
    void theConfigurationsKeysAreKnownAndAMisspeltOneIsNot() {
        assertTrue(WorkspaceRuleSettings.isKnown("stakeholders.minimumSectors", rules));
        assertTrue(WorkspaceRuleSettings.isKnown("rules.disabled", rules));
        assertTrue(WorkspaceRuleSettings.isKnown("regions.syncMaxAgeDays", rules));
        assertFalse(WorkspaceRuleSettings.isKnown("stakeholders.minimumSector", rules));
        assertFalse(WorkspaceRuleSettings.isKnown("rules_disabled", rules));
    }

    @Test
    void aRuleOfAnotherBundleReadsKeysThatStartWithItsId() {
        String id = rules.get(0).id();
        assertTrue(WorkspaceRuleSettings.isKnown(id + ".threshold", rules));
        assertFalse(WorkspaceRuleSettings.isKnown(id + "x.threshold", rules), "the id and a dot, not any prefix");
        assertFalse(WorkspaceRuleSettings.isKnown("breda.action-lead.minimum", rules), "no such rule installed");
    }
}
