/**
 * How a {@link nl.veerkracht.charts.ChartData} is drawn: one JFreeChart per chart, with the same colours,
 * fonts and level lines wherever it is shown (SVG in the report's HTML, vector paths in its PDF, an SWT canvas
 * in the desktop client).
 */
@Export
@Version("1.0.0")
package nl.veerkracht.charts.drawing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
