/**
 * Where an indicator stands, as pure logic over the model: the periods of observations ({@code 2025},
 * {@code 2025-Q1}, {@code 2025-03}, {@code 2025-03-31}) and the status {@code monitor status} shows (latest,
 * progress, trend, on track, stale). No OSGi, no HTTP, no Git and no disk: point 4 of the ten-point check
 * imports this package and judges by the same facts without the monitor's service or its network code.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.monitor.status;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
