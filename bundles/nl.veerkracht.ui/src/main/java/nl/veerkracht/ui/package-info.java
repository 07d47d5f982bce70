/**
 * The desktop client as a service: the launcher ({@code bin/veerkracht desktop}) opens its window
 * through {@link nl.veerkracht.ui.DesktopRunner} and waits for it to close.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
