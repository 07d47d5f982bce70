/**
 * The recovery plan of the VNG checklist as typed, immutable entities, their layout in a plan
 * repository ({@link nl.veerkracht.model.EntityKind}) and their validation.
 */
@Export
@Version("1.3.0")
package nl.veerkracht.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
