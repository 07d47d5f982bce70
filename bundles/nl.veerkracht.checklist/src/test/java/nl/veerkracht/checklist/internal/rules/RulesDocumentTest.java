package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.internal.ChecklistConfiguration;

/** RULES.md, which the check guide (docs/guide/check.md) points a municipality to, names every rule and every threshold. */
class RulesDocumentTest {

    @Test
    void everyRuleAndEveryConfigurationKeyIsInRulesMd() throws Exception {
        String document = Files.readString(Path.of("RULES.md"));
        Set<String> missing = new TreeSet<>();
        for (ChecklistRule rule : BuiltInRules.all()) {
            if (!document.contains("| `" + rule.id() + "` |")) {
                missing.add(rule.id());
            }
        }
        for (Method method : ChecklistConfiguration.class.getDeclaredMethods()) {
            String key = method.getName().replace('_', '.');
            if (!document.contains("`" + key + "`")) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }
}
