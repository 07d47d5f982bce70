package nl.veerkracht.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The tree rules on their own: one folder, one file, one size, one count at a time. */
class TreeRulesTest {

    private static Optional<TreeRules.Breach> breach(ReceiveRule rule, String... subject) {
        return Optional.of(new TreeRules.Breach(rule, List.of(subject)));
    }

    @Test
    void onlyTheLayoutsFoldersAtTheTop() {
        for (String folder : List.of("actions", "needs", "stakeholders", "indicators", "lessons", "scenarios", "tasks")) {
            assertEquals(Optional.empty(), TreeRules.folder(folder), folder);
        }
        assertEquals(breach(ReceiveRule.PLAN_LAYOUT, ".veerkracht/"), TreeRules.folder(".veerkracht"));
        assertEquals(breach(ReceiveRule.PLAN_LAYOUT, "actions/oud/"), TreeRules.folder("actions/oud"));
        assertEquals(breach(ReceiveRule.PLAN_LAYOUT, "Actions/"), TreeRules.folder("Actions"));
    }

    @Test
    void onlyRegularPlanFilesWhereTheLayoutPutsThem() {
        for (String path : List.of("plan.yaml", "actions/terrassen.yaml", "actions/GM0758-fonds.yaml",
                "indicators/werkloosheid.yaml", "indicators/werkloosheid.csv", "lessons/les-1.md", "tasks/x.yaml")) {
            assertEquals(Optional.empty(), TreeRules.file(path, TreeRules.REGULAR_FILE), path);
        }
        for (String path : List.of("README.md", ".gitattributes", ".gitmodules", ".gitignore", "actions/x.yml",
                "actions/.x.yaml", "actions/-x.yaml", "actions/x y.yaml", "actions/x\u001b[2J.yaml", "needs/x.csv",
                "plan.yml", "big.bin")) {
            assertEquals(breach(ReceiveRule.PLAN_LAYOUT, path), TreeRules.file(path, TreeRules.REGULAR_FILE), path);
        }
        assertEquals(breach(ReceiveRule.REGULAR_FILES, "actions/x.yaml", "120000"), TreeRules.file("actions/x.yaml",
                0120000));
        assertEquals(breach(ReceiveRule.REGULAR_FILES, "sub", "160000"), TreeRules.file("sub", 0160000));
        assertEquals(breach(ReceiveRule.REGULAR_FILES, "plan.yaml", "100755"), TreeRules.file("plan.yaml", 0100755));
    }

    @Test
    void aFileAndACommitWithinTheLimits() {
        TreeRules.Limits limits = new TreeRules.Limits(3, 10);
        assertEquals(Optional.empty(), TreeRules.size("plan.yaml", 10, limits));
        assertEquals(breach(ReceiveRule.FILE_SIZE, "plan.yaml", "11 bytes"), TreeRules.size("plan.yaml", 11, limits));
        assertEquals(Optional.empty(), TreeRules.count(3, limits));
        assertEquals(breach(ReceiveRule.FILE_COUNT, "4"), TreeRules.count(4, limits));
    }

    @Test
    void theDefaultLimitsAreWhatTheFormatReads() {
        assertEquals(1048576, TreeRules.Limits.DEFAULT.fileBytes());
        assertEquals(10000, TreeRules.Limits.DEFAULT.files());
        assertEquals("a file holds at most 1048576 bytes", ReceiveRule.FILE_SIZE.describe(Locale.ENGLISH));
        assertEquals("een commit heeft hoogstens 10000 bestanden",
                ReceiveRule.FILE_COUNT.describe(Locale.forLanguageTag("nl")));
    }
}
