package nl.veerkracht.checklist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.LocalPlan;
import nl.veerkracht.model.PlanContents;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.CouncilApproval;

/**
 * Everything the workspace knows that a rule may judge a plan by: the plan itself (typed, and as
 * the documents it was read from), its file problems, the council's approvals, the regions it
 * belongs to with their regional plans and last syncs, and the provinces' programmes mirrored in
 * the workspace. Immutable; the rules never touch Git or the disk.
 *
 * @param repository the checked repository's folder in the workspace: {@code plan}, {@code members/GM0777}
 * @param contents the plan, typed (see {@link PlanContents} for what a file problem leaves out)
 * @param snapshot the plan files as documents, by path in the repository
 * @param problems what is wrong with the plan's files (see {@code veerkracht validate}); the check
 *        judges what could be read
 * @param approvals the council approvals of the repository ({@code raad/<date>} tags), oldest first
 * @param regions every region the plan names in {@code regions}, and every regional plan the workspace
 *        holds a clone of, sorted by id
 * @param provinces the programme of every province mirrored in the workspace ({@code province/<code>/}),
 *        by code
 */
public record PlanFacts(String repository, PlanContents contents, PlanSnapshot snapshot, List<Problem> problems,
        List<CouncilApproval> approvals, List<RegionFacts> regions, SortedMap<String, PlanContents> provinces) {

    public PlanFacts {
        Objects.requireNonNull(repository);
        Objects.requireNonNull(contents);
        Objects.requireNonNull(snapshot);
        problems = List.copyOf(problems);
        List<CouncilApproval> sortedApprovals = new ArrayList<>(approvals);
        sortedApprovals.sort(Comparator.comparing(CouncilApproval::date));
        approvals = List.copyOf(sortedApprovals);
        List<RegionFacts> sortedRegions = new ArrayList<>(regions);
        sortedRegions.sort(Comparator.comparing(RegionFacts::id));
        regions = List.copyOf(sortedRegions);
        provinces = Collections.unmodifiableSortedMap(new TreeMap<>(provinces));
    }

    /** A plan in {@code repository} on its own: no file problems, approvals, regions or provinces. */
    public static PlanFacts of(String repository, PlanContents contents) {
        return new PlanFacts(repository, contents, PlanSnapshot.empty(), List.of(), List.of(), List.of(), new TreeMap<>());
    }

    /** The same facts with these approvals. */
    public PlanFacts withApprovals(List<CouncilApproval> newApprovals) {
        return new PlanFacts(repository, contents, snapshot, problems, newApprovals, regions, provinces);
    }

    /** The same facts with {@code region} added (replacing a region with the same id). */
    public PlanFacts withRegion(RegionFacts region) {
        List<RegionFacts> all = new ArrayList<>(regions);
        all.removeIf(known -> known.id().equals(region.id()));
        all.add(region);
        return new PlanFacts(repository, contents, snapshot, problems, approvals, all, provinces);
    }

    /** The same facts with the programme of province {@code code}. */
    public PlanFacts withProvince(String code, PlanContents programme) {
        TreeMap<String, PlanContents> all = new TreeMap<>(provinces);
        all.put(code, programme);
        return new PlanFacts(repository, contents, snapshot, problems, approvals, regions, all);
    }

    /** plan.yaml of a municipality or a province, when it could be read. */
    public Optional<LocalPlan> localPlan() {
        return contents.plan().filter(LocalPlan.class::isInstance).map(LocalPlan.class::cast);
    }

    /** The path from the workspace root of an entity of the checked plan: {@code plan/actions/<id>.yaml}. */
    public String file(EntityKind kind, String id) {
        return repository + "/" + kind.pathOf(id);
    }

    /** The folder of one kind of entity of the checked plan, from the workspace root: {@code plan/needs/}. */
    public String folder(EntityKind kind) {
        return repository + "/" + kind.folder();
    }

    /** The checked plan's {@code plan.yaml}, from the workspace root. */
    public String planFile() {
        return file(EntityKind.PLAN, EntityKind.PLAN_ID);
    }

    /** The region with this id, if the plan names it or the workspace holds it. */
    public Optional<RegionFacts> region(String id) {
        return regions.stream().filter(region -> region.id().equals(id)).findFirst();
    }

    /** The programme of province {@code code}, if the workspace mirrors it. */
    public Optional<PlanContents> province(String code) {
        return Optional.ofNullable(provinces.get(code));
    }

    /** The council's most recent approval, if any. */
    public Optional<CouncilApproval> lastApproval() {
        return approvals.isEmpty() ? Optional.empty() : Optional.of(approvals.get(approvals.size() - 1));
    }
}
