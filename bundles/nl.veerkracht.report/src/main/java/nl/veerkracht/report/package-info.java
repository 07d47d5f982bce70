/**
 * The council report (raadsinformatiebrief): what changed in a plan since the council last approved it,
 * where it stands and what the numbers say, written as a PDF or as one self-contained HTML file by the
 * {@link nl.veerkracht.report.CouncilReport} service.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
