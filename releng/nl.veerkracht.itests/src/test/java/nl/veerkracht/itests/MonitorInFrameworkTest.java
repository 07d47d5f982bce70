package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.demo.Demo;
import nl.veerkracht.demo.DemoWorkspaces;
import nl.veerkracht.monitor.IndicatorStatus;
import nl.veerkracht.monitor.Monitor;
import nl.veerkracht.monitor.Trend;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The monitor in the running product on Felix: its bundle resolves and its Monitor component is satisfied,
 * status works on a small workspace, the checklist judges point 4 by the monitor's pure status package (wired
 * to the monitor bundle, without its service), and the demo fills Breda's CBS indicator through the Monitor
 * service from the responses it ships, over HTTP on the loopback address, inside the framework.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MonitorInFrameworkTest {

    private static final Author AUTHOR = new Author("J. de Vries", "j@breda.nl");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private PlanStore store;

    @Inject
    private Monitor monitor;

    @Inject
    private Checklist checklist;

    @Inject
    private Demo demo;

    @Rule
    public TemporaryFolder temporary = new TemporaryFolder();

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.productConfiguration();
    }

    @Test
    public void theMonitorBundleResolvesAndItsMonitorComponentIsSatisfied() {
        Bundle bundle = bundle("nl.veerkracht.monitor");
        assertEquals(Bundle.ACTIVE, bundle.getState());
        Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs(bundle);
        assertEquals(1, descriptions.size());
        ComponentDescriptionDTO description = descriptions.iterator().next();
        assertEquals(List.of(Monitor.class.getName()), List.of(description.serviceInterfaces));
        assertTrue(scr.isComponentEnabled(description));
        Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
        assertEquals(1, configurations.size());
        int state = configurations.iterator().next().state;
        assertTrue("satisfied or active, not " + state,
                state == ComponentConfigurationDTO.SATISFIED || state == ComponentConfigurationDTO.ACTIVE);
        assertEquals(bundle, bundleContext.getServiceReference(Monitor.class).getBundle());
    }

    @Test
    public void theChecklistTakesThePureStatusPackageFromTheMonitorBundleAndNoServiceOfIt() {
        Bundle monitorBundle = bundle("nl.veerkracht.monitor");
        Bundle checklistBundle = bundle("nl.veerkracht.checklist");
        List<String> fromMonitor = new ArrayList<>();
        for (BundleWire wire : checklistBundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (wire.getProvider().getBundle().equals(monitorBundle)) {
                fromMonitor.add((String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
            }
        }
        fromMonitor.sort(null);
        assertEquals(List.of("nl.veerkracht.monitor", "nl.veerkracht.monitor.status"), fromMonitor);
        ServiceReference<?>[] inUse = checklistBundle.getServicesInUse();
        assertTrue("the checklist uses no service of the monitor bundle",
                inUse == null || Stream.of(inUse).noneMatch(reference -> reference.getBundle().equals(monitorBundle)));
    }

    @Test
    public void statusOnASmallWorkspaceAndPoint4AgreeWithIt() throws IOException {
        Workspace workspace = store.init(temporary.newFolder("breda").toPath(), "GM0758", "Breda", Optional.of("PV30"),
                Optional.of(AUTHOR));
        write(workspace, "plan/indicators/vestigingen.yaml", "id: vestigingen\ntitle: Vestigingen in Breda\nsource: cbs\n"
                + "table: 81575NED\nmeasure: Vestigingen_1\nunit: vestigingen\nbaseline: 14500\ntarget: 15000\n");
        write(workspace, "plan/indicators/vestigingen.csv", "period,value,source\n2026-Q2,14580,cbs\n2026-Q3,14640,cbs\n");
        write(workspace, "plan/indicators/terrassen.yaml", "id: terrassen\ntitle: Vergunde terrassen\nsource: own\n"
                + "baseline: 80\ntarget: 120\n");
        write(workspace, "plan/indicators/terrassen.csv", "period,value,source\n2025-03,82,own\n");
        store.commit(workspace, RepositoryName.PLAN, "Twee indicatoren", Optional.of(AUTHOR));

        List<IndicatorStatus> statuses = monitor.status(workspace, TODAY);
        assertEquals(List.of("terrassen", "vestigingen"), statuses.stream().map(IndicatorStatus::indicator).toList());
        IndicatorStatus vestigingen = statuses.get(1);
        assertEquals("2026-Q3", vestigingen.latest().orElseThrow().period());
        assertEquals(0, new BigDecimal("14640").compareTo(vestigingen.latest().orElseThrow().value()));
        assertEquals(Optional.of(28), vestigingen.progress());
        assertEquals(Trend.RISING, vestigingen.trend());
        assertEquals(Optional.of(true), vestigingen.onTrack());
        assertFalse(vestigingen.stale());
        assertTrue(statuses.get(0).stale());

        Scorecard scorecard = checklist.check(workspace, RepositoryName.PLAN, TODAY);
        List<String> recent = scorecard.findings().stream().filter(finding -> finding.rule().equals("recent-observations"))
                .map(finding -> finding.file().orElseThrow()).toList();
        assertEquals("the check calls stale what monitor status calls stale", List.of("plan/indicators/terrassen.csv"),
                recent);
    }

    @Test
    public void theDemoFillsBredasCbsIndicatorThroughTheMonitorServiceInsideTheFramework() throws IOException {
        DemoWorkspaces built = demo.build(temporary.getRoot().toPath().resolve("demo"), step -> { });
        Path csv = built.breda().directoryOf(RepositoryName.PLAN).resolve("indicators/vestigingen.csv");
        assertEquals("period,value,source\n2025,14420,cbs\n2026-Q1,14530,cbs\n2026-Q2,14580,cbs\n2026-Q3,14640,cbs\n",
                Files.readString(csv, StandardCharsets.UTF_8));
        IndicatorStatus status = monitor.status(built.breda(), built.storyDay()).stream()
                .filter(s -> s.indicator().equals("vestigingen")).findFirst().orElseThrow();
        assertFalse(status.stale());
        assertNotNull(status.latest().orElse(null));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static void write(Workspace workspace, String path, String content) throws IOException {
        Path file = workspace.root().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
