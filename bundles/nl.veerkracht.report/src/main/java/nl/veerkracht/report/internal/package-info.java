/**
 * The {@code CouncilReport} service: gathers the plan at its last commit, the diff and the commits since
 * the compared version, the check and what the workspace knows of the region and the province, and hands
 * them to the pure content builder and the renderers. Not API.
 */
package nl.veerkracht.report.internal;
