/**
 * Following the province: its programme mirrored read-only in {@code province/<code>}, the report of
 * what changed after each pull, and the check of the links from a plan's actions to the province's
 * tasks and the region's shared actions.
 */
@Export
@Version("1.4.0")
package nl.veerkracht.province;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
