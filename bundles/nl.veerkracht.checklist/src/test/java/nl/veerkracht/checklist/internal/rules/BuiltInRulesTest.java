package nl.veerkracht.checklist.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.internal.ChecklistConfiguration;

/** The built-in rules as a whole: enough per point, registered as components, their thresholds documented. */
class BuiltInRulesTest {

    @Test
    void everyPointHasAtLeastTwoRulesAndEveryIdIsUniqueAndWellFormed() {
        Map<ChecklistPoint, Integer> perPoint = new EnumMap<>(ChecklistPoint.class);
        Set<String> ids = new HashSet<>();
        for (ChecklistRule rule : BuiltInRules.all()) {
            perPoint.merge(rule.point(), 1, Integer::sum);
            assertTrue(ids.add(rule.id()), "unique: " + rule.id());
            assertTrue(rule.id().matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), rule.id());
            assertFalse(rule.description().dutch().isBlank());
            assertFalse(rule.description().english().isBlank());
        }
        for (ChecklistPoint point : ChecklistPoint.values()) {
            assertTrue(perPoint.getOrDefault(point, 0) >= 2, "point " + point.number() + " has " + perPoint.get(point));
        }
    }

    @Test
    void everyBuiltInRuleIsADeclarativeServicesComponentAndNothingElseIs() throws Exception {
        Set<String> components = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("target/classes/OSGI-INF"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".xml")).toList()) {
                Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                NodeList provides = xml.getElementsByTagName("provide");
                for (int i = 0; i < provides.getLength(); i++) {
                    if (provides.item(i).getAttributes().getNamedItem("interface").getNodeValue()
                            .equals(ChecklistRule.class.getName())) {
                        components.add(xml.getElementsByTagName("implementation").item(0).getAttributes()
                                .getNamedItem("class").getNodeValue());
                    }
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        BuiltInRules.all().forEach(rule -> listed.add(rule.getClass().getName()));
        assertEquals(listed, components);
    }

    @Test
    void everyThresholdIsInTheConfigurationWithTheRulesDefault() throws Exception {
        Map<String, Object> documented = new TreeMap<>();
        for (Method method : ChecklistConfiguration.class.getDeclaredMethods()) {
            documented.put(method.getName().replace('_', '.'), method.getDefaultValue());
        }
        Map<String, Object> used = new TreeMap<>();
        for (ChecklistRule rule : BuiltInRules.all()) {
            for (Field field : rule.getClass().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getName().endsWith("_KEY")) {
                    String key = (String) field.get(null);
                    String defaultName = field.getName().substring(0, field.getName().length() - "_KEY".length()) + "_DEFAULT";
                    used.put(key, rule.getClass().getDeclaredField(defaultName).get(null));
                }
            }
        }
        used.put("rules.disabled", documented.get("rules.disabled"));
        assertEquals(List.copyOf(used.keySet()), List.copyOf(documented.keySet()));
        used.forEach((key, value) -> assertEquals(value, documented.get(key), key));
    }
}
