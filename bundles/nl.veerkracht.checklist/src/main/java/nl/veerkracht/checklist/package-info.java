/**
 * The ten-point check of a recovery plan against the VNG checklist: rules as whiteboard services
 * ({@link nl.veerkracht.checklist.ChecklistRule}), the facts they judge
 * ({@link nl.veerkracht.checklist.PlanFacts}), their findings and the scorecard per point, and the
 * {@link nl.veerkracht.checklist.Checklist} service that runs them.
 */
@Export
@Version("1.2.0")
package nl.veerkracht.checklist;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
