package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

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
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import nl.veerkracht.ui.DesktopRunner;

/**
 * The product as {@code bin/veerkracht desktop} runs it, on Felix: SWT, JFace and the Equinox stand-in
 * resolve, SWT's fragment for this computer is attached to SWT, and the desktop client's component is
 * satisfied by the same services the command line uses. No window is opened: that needs a display,
 * and the client's own tests (bundles/nl.veerkracht.ui) drive the window under Xvfb.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DesktopInFrameworkTest {

    @Inject
    private BundleContext bundleContext;

    @Inject
    private DesktopRunner desktopRunner;

    @Inject
    private ServiceComponentRuntime componentRuntime;

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.desktopConfiguration();
    }

    @Test
    public void everyBundleOfTheDesktopResolvesAndStarts() {
        List<String> notStarted = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected && bundle.getState() != Bundle.STARTING
                    && !bundle.getSymbolicName().equals("org.apache.felix.gogo.shell")) {
                notStarted.add(bundle.getSymbolicName() + " " + bundle.getState());
            }
        }
        assertEquals(List.of(), notStarted);
        assertEquals("the stand-in takes the Equinox framework's name", 1, bundles("org.eclipse.osgi").size());
    }

    @Test
    public void swtHasTheFragmentOfThisComputerAndJfaceSeesIt() throws Exception {
        Bundle swt = bundles("org.eclipse.swt").get(0);
        List<String> fragments = swt.adapt(BundleWiring.class).getProvidedWires(BundleRevision.HOST_NAMESPACE).stream()
                .map(wire -> wire.getRequirer().getSymbolicName())
                .sorted()
                .toList();
        assertEquals(List.of("org.eclipse.swt.gtk.linux.x86_64", "org.eclipse.swt.svg"), fragments);
        Bundle jface = bundles("org.eclipse.jface").get(0);
        assertNotNull(jface.loadClass("org.eclipse.jface.window.ApplicationWindow"));
        assertNotNull(jface.loadClass("org.eclipse.swt.widgets.Display"));
    }

    @Test
    public void theDesktopClientsComponentsAreSatisfiedByTheCommandLinesServices() {
        assertNotNull(desktopRunner);
        Bundle ui = bundles("nl.veerkracht.ui").get(0);
        List<String> unsatisfied = new ArrayList<>();
        int components = 0;
        for (ComponentDescriptionDTO description : componentRuntime.getComponentDescriptionDTOs(ui)) {
            components++;
            assertTrue(description.name + " is enabled", componentRuntime.isComponentEnabled(description));
            for (ComponentConfigurationDTO configuration : componentRuntime.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    unsatisfied.add(description.name + " " + configuration.state);
                }
            }
        }
        assertTrue("the client has components", components > 0);
        assertEquals(List.of(), unsatisfied);
    }

    private List<Bundle> bundles(String symbolicName) {
        List<Bundle> found = new ArrayList<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                found.add(bundle);
            }
        }
        return found;
    }
}
