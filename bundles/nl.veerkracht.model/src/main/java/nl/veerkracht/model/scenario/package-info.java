/**
 * Putting a fallback scenario into effect and standing it down, as pure functions of a plan's
 * documents: which files one commit writes ({@link nl.veerkracht.model.scenario.ScenarioChange}), or why
 * it cannot be made ({@link nl.veerkracht.model.scenario.ScenarioRefusal}). No Git, no OSGi, no YAML: the
 * store writes the documents and records them as one commit.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.model.scenario;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
