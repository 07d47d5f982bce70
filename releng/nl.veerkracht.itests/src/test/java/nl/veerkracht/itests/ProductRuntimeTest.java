package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import nl.veerkracht.cli.CommandRunner;

/**
 * The product as the OSGi runtime sees it: every bundle resolves and starts, every Declarative
 * Services component is satisfied, and the commands answer both from the command line service and
 * from the Gogo shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProductRuntimeTest {

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ServiceComponentRuntime componentRuntime;

    @Inject
    private CommandRunner commandRunner;

    @Inject
    private CommandProcessor commandProcessor;

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.productConfiguration();
    }

    @Test
    public void everyBundleOfTheProductResolvesAndEveryOneThatShouldRunIsActive() {
        // the shell is not started, so nothing has asked the framework to resolve it yet
        bundleContext.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
        List<String> notRunning = new ArrayList<>();
        int productBundles = 0;
        for (Bundle bundle : bundleContext.getBundles()) {
            if (!bundle.getLocation().contains("/nl.veerkracht.product/target/veerkracht/system/")) {
                continue;
            }
            productBundles++;
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            boolean shell = "org.apache.felix.gogo.shell".equals(bundle.getSymbolicName());
            int expected = fragment || shell ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                notRunning.add(bundle.getSymbolicName() + " is in state " + bundle.getState());
            }
        }
        assertEquals("bundles of the product in the framework",
                Integer.parseInt(bundleContext.getProperty(ProductTestSupport.PRODUCT_BUNDLE_COUNT)), productBundles);
        assertEquals(List.of(), notRunning);
    }

    @Test
    public void everyComponentIsSatisfied() {
        Collection<ComponentDescriptionDTO> descriptions = componentRuntime.getComponentDescriptionDTOs();
        List<String> unsatisfied = new ArrayList<>();
        Map<String, Integer> known = new TreeMap<>();
        for (ComponentDescriptionDTO description : descriptions) {
            String bundle = bundleContext.getBundle(description.bundle.id).getSymbolicName();
            if (bundle.startsWith("nl.veerkracht.")) {
                known.merge(bundle, 1, Integer::sum);
            }
            Collection<ComponentConfigurationDTO> configurations = componentRuntime.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && description.defaultEnabled) {
                unsatisfied.add(description.name + " has no configuration");
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state != ComponentConfigurationDTO.ACTIVE
                        && configuration.state != ComponentConfigurationDTO.SATISFIED) {
                    unsatisfied.add(description.name + " is in state " + configuration.state
                            + (configuration.failure == null ? "" : ": " + configuration.failure));
                }
            }
        }
        assertEquals(List.of(), unsatisfied);
        // every component a Veerkracht bundle declares (one descriptor each) is known to Declarative Services
        Map<String, Integer> declared = new TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            String descriptors = bundle.getHeaders().get("Service-Component");
            if (bundle.getSymbolicName().startsWith("nl.veerkracht.") && descriptors != null) {
                declared.put(bundle.getSymbolicName(), descriptors.split(",").length);
            }
        }
        assertEquals(declared, known);
        assertEquals("the ten-point check's rules and the check itself", Integer.valueOf(40),
                known.get("nl.veerkracht.checklist"));
    }

    @Test
    public void theCommandLineAnswersWithItsExitCodes() {
        Output version = run("--version");
        assertEquals(0, version.exitCode);
        assertEquals("veerkracht itest", version.out.strip());

        Output unknown = run("frobnicate");
        assertEquals(2, unknown.exitCode);
        assertEquals("veerkracht: onbekende opdracht 'frobnicate'; zie 'veerkracht help'", unknown.err.strip());
        assertEquals("", unknown.out);
    }

    @Test
    public void theShellRunsTheSameCommands() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = commandProcessor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            session.execute("veerkracht --version");
        }
        assertEquals("veerkracht itest", out.toString(StandardCharsets.UTF_8).strip());
    }

    private record Output(int exitCode, String out, String err) {
    }

    private Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = commandRunner.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertFalse("no stack trace", err.toString(StandardCharsets.UTF_8).contains("\tat "));
        return new Output(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
