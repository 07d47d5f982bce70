/**
 * The charts of a plan as data, shared by the council report and the desktop client: {@link
 * nl.veerkracht.charts.PlanCharts} says what each chart shows (an indicator's observations with its baseline
 * and target, the budget per term and source, the members' contributions, the actions per status and term) as
 * {@link nl.veerkracht.charts.ChartData}, in Dutch or English. Pure: no OSGi, no Git, no disk, no drawing.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.charts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
