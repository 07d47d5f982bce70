/**
 * The regional plan that the members of a region share: start one ({@link nl.veerkracht.region.RegionService}),
 * bring a workspace up to date with every member or the hub ({@link nl.veerkracht.region.WorkspaceSync}, made of
 * {@link nl.veerkracht.region.SyncStep}s), check incoming changes against the region's rules
 * ({@link nl.veerkracht.region.Rule}), and settle conflicts field by field.
 */
@Export
@Version("1.8.0")
package nl.veerkracht.region;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
