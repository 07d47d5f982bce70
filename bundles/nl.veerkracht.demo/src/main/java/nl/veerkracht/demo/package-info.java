/** The demo workspaces: what {@code veerkracht demo} builds and shows. */
@Export
@Version("1.0.0")
package nl.veerkracht.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
