/**
 * What the test suites of Veerkracht share, as {@code org.eclipse.jgit.junit} is JGit's: {@link
 * nl.veerkracht.junit.CGit} (C git as the tests' oracle and a plain Git user, in an environment of the
 * test's own), {@link nl.veerkracht.junit.Documents} (plan documents in short Java) and {@link
 * nl.veerkracht.junit.ExamplePlans} (the plans of Breda and West-Brabant as files). Used in test scope
 * only; not part of any feature or of the product.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.junit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
