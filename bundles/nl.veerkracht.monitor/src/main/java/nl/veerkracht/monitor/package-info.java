/**
 * Monitoring of a plan's indicators (checklist point 4): the {@link nl.veerkracht.monitor.Monitor} service
 * fills {@code indicators/<id>.csv} from CBS StatLine or from a portal's CSV export, and tells per
 * indicator its latest observation, progress, trend, whether it is on track and whether it is stale.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.monitor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
