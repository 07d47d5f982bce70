/** Placeholder while the merge bundle is being written. */
@Export
@Version("1.0.0")
package nl.veerkracht.merge;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
