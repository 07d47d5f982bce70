/** Placeholder while the format bundle is being written. */
@Export
@Version("1.0.0")
package nl.veerkracht.format;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
