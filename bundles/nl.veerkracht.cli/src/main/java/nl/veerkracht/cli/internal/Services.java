package nl.veerkracht.cli.internal;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.demo.Demo;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.monitor.Monitor;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.report.CouncilReport;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.store.PlanStore;

/** The services the commands call; the command runner receives them from Declarative Services. */
public record Services(PlanStore planStore, Demo demo, Checklist checklist, RegionService regionService,
        WorkspaceSync workspaceSync, ProvinceService provinceService, WorkspaceIndex index, Monitor monitor,
        CouncilReport report) {
}
