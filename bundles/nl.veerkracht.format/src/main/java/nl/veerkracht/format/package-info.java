/**
 * Plan files as bytes: {@link nl.veerkracht.format.PlanFiles} reads a file into a document
 * ({@link nl.veerkracht.model.document.Node}) and writes a document as canonical bytes, and reads a
 * whole repository's files into a {@link nl.veerkracht.model.document.PlanSnapshot}. YAML (strict
 * YAML 1.2 with snakeyaml-engine), Markdown with front matter for lessons, CSV for observations.
 * Every fault in a file is a {@link nl.veerkracht.model.validation.Problem} with file, line and
 * column; reading never throws anything but {@link nl.veerkracht.format.PlanFileException}.
 * No OSGi, no Git.
 */
@Export
@Version("1.2.0")
package nl.veerkracht.format;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
