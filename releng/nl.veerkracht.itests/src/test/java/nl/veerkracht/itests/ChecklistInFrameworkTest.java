package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PointStatus;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.cli.CommandRunner;
import nl.veerkracht.itests.rulebundle.ActionLeadRule;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The ten-point check in the running product: a rule bundle installed into the framework is used by
 * the next check, without a restart, and uninstalling it takes its findings away; thresholds come
 * from Configuration Admin and a change holds for the next check.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ChecklistInFrameworkTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Inject
    private BundleContext bundleContext;

    @Inject
    private PlanStore planStore;

    @Inject
    private CommandRunner commandRunner;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private Path temp;
    private Workspace workspace;

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.productConfiguration();
    }

    @Before
    public void plan() throws IOException {
        temp = Files.createTempDirectory("checklist-itest");
        workspace = planStore.init(temp.resolve("breda"), "GM0758", "Breda", Optional.of("PV30"),
                Optional.of(new Author("J. de Vries", "j.devries@breda.nl")));
        Path actions = Files.createDirectories(workspace.directoryOf(RepositoryName.PLAN).resolve("actions"));
        Files.writeString(actions.resolve("terrassen-verruimen.yaml"),
                "id: terrassen-verruimen\ntitle: Terrassen verruimen\nterm: short\nstatus: running\n");
    }

    @After
    public void removeWorkspace() throws IOException {
        trackers.forEach(ServiceTracker::close);
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    public void aRuleBundleInstalledLaterIsUsedByTheNextCheckAndItsRemovalTakesItsFindingsAway() throws Exception {
        Checklist checklist = service(Checklist.class, "(objectClass=" + Checklist.class.getName() + ")");
        assertFalse(leadFindings(checklist).contains(ActionLeadRule.ID));
        Output before = check("--lang", "en");
        assertFalse(before.out, before.out.contains("has no lead"));

        Bundle rules = bundleContext.installBundle("veerkracht-itest:breda-rules",
                new ByteArrayInputStream(RuleBundleJar.actionLeadRule()));
        try {
            rules.start();
            await("the checklist has the rule of the new bundle",
                    () -> checklist.rules().stream().anyMatch(rule -> rule.id().equals(ActionLeadRule.ID)));
            assertTrue(leadFindings(checklist).contains(ActionLeadRule.ID));
            Output after = check("--lang", "en");
            assertEquals(after.err, 1, after.exitCode);
            assertTrue(after.out, after.out.contains("""
                           - plan/actions/terrassen-verruimen.yaml, field lead
                             Attention: Action Terrassen verruimen has no lead.
                             To do: Record who leads the action (lead).
                    """));
        } finally {
            rules.uninstall();
        }
        await("the rule is gone with its bundle",
                () -> checklist.rules().stream().noneMatch(rule -> rule.id().equals(ActionLeadRule.ID)));
        assertFalse(leadFindings(checklist).contains(ActionLeadRule.ID));
        assertFalse(check("--lang", "en").out.contains("has no lead"));
    }

    @Test
    public void thresholdsComeFromConfigurationAdminAndHoldForTheNextCheck() throws Exception {
        Checklist checklist = service(Checklist.class, "(objectClass=" + Checklist.class.getName() + ")");
        assertEquals(PointStatus.MISSING, checklist.check(workspace, RepositoryName.PLAN, TODAY)
                .point(ChecklistPoint.NETWORK).status());
        assertEquals(39, checklist.rules().size());

        org.osgi.service.cm.Configuration configuration = configurationAdmin.getConfiguration(Checklist.PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("rules.disabled", new String[] {"stakeholder-sectors", "recent-consultation", "transition-themes"});
        properties.put("consultations.maxAgeMonths", 3);
        configuration.update(properties);
        try {
            Checklist configured = service(Checklist.class, "(&(objectClass=" + Checklist.class.getName()
                    + ")(consultations.maxAgeMonths=3))");
            assertEquals(3, configured.settings().wholeNumber("consultations.maxAgeMonths", 6));
            assertEquals(36, configured.rules().size());
            Scorecard scorecard = configured.check(workspace, RepositoryName.PLAN, TODAY);
            assertEquals(List.of("checklist"), scorecard.point(ChecklistPoint.NETWORK).findings().stream()
                    .map(Finding::rule).toList());
            assertEquals(PointStatus.ATTENTION, scorecard.point(ChecklistPoint.NETWORK).status());
        } finally {
            configuration.delete();
        }
        Checklist unconfigured = service(Checklist.class, "(&(objectClass=" + Checklist.class.getName()
                + ")(!(consultations.maxAgeMonths=*)))");
        assertEquals(39, unconfigured.rules().size());
    }

    private Set<String> leadFindings(Checklist checklist) {
        return checklist.check(workspace, RepositoryName.PLAN, TODAY).point(ChecklistPoint.LEAD).findings().stream()
                .map(Finding::rule).collect(Collectors.toSet());
    }

    /** The service that matches {@code filter}, waiting for it at most {@link #TIMEOUT}; held until the test ends. */
    private <S> S service(Class<S> type, String filter) throws Exception {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(bundleContext, bundleContext.createFilter(filter), null);
        tracker.open();
        trackers.add(tracker);
        S service = tracker.waitForService(TIMEOUT.toMillis());
        assertNotNull("no " + type.getSimpleName() + " matching " + filter + " within " + TIMEOUT, service);
        return service;
    }

    /**
     * Waits until {@code condition} holds, at most {@link #TIMEOUT}. Declarative Services binds a new
     * rule in the same service event that registers it, so this normally holds at the first look.
     */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + TIMEOUT);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private record Output(int exitCode, String out, String err) {
    }

    private Output check(String... options) {
        List<String> args = new ArrayList<>(List.of("check", "-w", workspace.root().toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = commandRunner.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
