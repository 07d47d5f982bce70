/**
 * Test support with the real services: {@link nl.veerkracht.junit.workspace.RealServices} (the plan
 * store and the region service, constructed as Declarative Services would, for tests, benchmarks and
 * itests that must not reach into {@code *.internal} packages), {@link
 * nl.veerkracht.junit.workspace.ExampleWorkspace} (Breda's workspace with the example plans of {@link
 * nl.veerkracht.junit.ExamplePlans}, committed) and {@link nl.veerkracht.junit.workspace.WorkspaceExtension}
 * (a JUnit 5 extension that gives a test that workspace). Used in test scope only; not part of any feature
 * or of the product.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.junit.workspace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
