/**
 * The report's content as pure logic: from the plan, its diff, the commits, the scorecard, the regional
 * plans and the provinces' programmes to the texts, tables and chart data of every section, in Dutch or
 * English. No OSGi, no Git, no disk, no rendering. Not API.
 */
package nl.veerkracht.report.internal.content;
