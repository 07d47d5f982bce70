/**
 * The file format's schema, as data: for every kind of plan file the fields of each map in their
 * canonical order ({@link nl.veerkracht.model.schema.MapShape}), which fields are required, which
 * values are multi-line text, which lists are sets and which are keyed by a field
 * ({@link nl.veerkracht.model.schema.ListShape}), and what each value must look like and refer to
 * ({@link nl.veerkracht.model.schema.ScalarShape}). Start at {@link nl.veerkracht.model.schema.Schema}.
 */
@Export
@Version("1.2.0")
package nl.veerkracht.model.schema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
