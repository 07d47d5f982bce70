package nl.veerkracht.region.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.format.PlanRead;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.SemanticDiff;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.validation.PlanBinder;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.MissingMunicipality;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.Rule;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.ReceivedRefusedException;
import nl.veerkracht.store.SignatureCheck;

/**
 * Checks every commit that an incoming tip brings, oldest first, before anything of it is merged:
 * <ul>
 * <li>the files it changed read and are valid each on its own, and the tip as a whole is valid;</li>
 * <li>it names its municipality: by its trailer {@code Veerkracht-Municipality}, or, made with plain Git
 * without one, by its author's e-mail, which exactly one member's {@code emails} take in its parent's regional
 * plan ({@link Attribution}); a commit without one is refused with the command that adds the trailer;</li>
 * <li>that municipality is a member of the region as its parent has it (the first commit of a region: the
 * coordinator it names);</li>
 * <li>where the region asks for signed commits (in the parent), it is signed with the key the parent's
 * {@code plan.yaml} lists for that municipality;</li>
 * <li>its author's own edits keep the {@link ChangeRules}. For a merge commit, only what differs from the
 * deterministic merge of its parents, and from both parents, is its author's: picking a side of a
 * conflict is not authoring.</li>
 * </ul>
 */
final class IncomingRules {

    private final RegionRepository repository;
    private final MergeBase bases;

    IncomingRules(RegionRepository repository, MergeBase bases) {
        this.repository = repository;
        this.bases = bases;
    }

    /** The first rule that the commits {@code tip} brings over {@code known} break; empty when they keep them all. */
    Optional<Refusal> check(Optional<String> known, String tip) {
        for (HistoryEntry commit : repository.git().commitsBetween(known, tip)) {
            Optional<Refusal> refusal = check(repository.commit(commit.commitId()));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        PlanRead whole = repository.read(repository.files(tip));
        if (!whole.isValid()) {
            HistoryEntry commit = repository.commit(tip);
            return refuse(commit, attribution(commit, parentPlans(commit)), Rule.VALID_FILES, List.of(),
                    Optional.of(whole.problems().get(0)));
        }
        return Optional.empty();
    }

    /**
     * The municipality of a commit, where the trailer would name it: the trailer's, else the one member whose
     * {@code emails} take its author's address in its parents' regional plan ({@link Attribution}).
     */
    Optional<String> municipalityOf(HistoryEntry commit) {
        return commit.municipality().isPresent() ? commit.municipality()
                : attribution(commit, parentPlans(commit)).municipality();
    }

    /**
     * The refusal of what the store refused on arrival (a malformed object, files that break the tree rules): its
     * commit (or object), the municipality its trailer names and its author, where the commit can be read.
     */
    static Refusal refusal(ReceivedRefusedException refused) {
        return new Refusal(refused.objectId(), refused.municipality(), Rule.of(refused.rule()), refused.subject(),
                Optional.empty(), refused.author(), Optional.empty());
    }

    /** A refusal of the commit {@code commitId} for {@code rule}, with its municipality and its author. */
    Refusal refusal(String commitId, Rule rule, List<String> subject) {
        HistoryEntry commit = repository.commit(commitId);
        return new Refusal(commitId, municipalityOf(commit), rule, subject, Optional.empty(),
                Optional.of(commit.author()), Optional.empty());
    }

    private Optional<Refusal> check(HistoryEntry commit) {
        List<String> parents = commit.parentIds();
        List<RegionalPlan> parentPlans = parentPlans(commit);
        Attribution attribution = attribution(commit, parentPlans);
        Optional<String> municipality = attribution.municipality();
        if (parents.size() > 2) {
            return refuse(commit, attribution, Rule.HISTORY, List.of(Integer.toString(parents.size())), Optional.empty());
        }
        Map<String, String> files = repository.files(commit.commitId());
        Map<String, String> before = parents.size() == 2 ? expectedMerge(parents.get(0), parents.get(1))
                : parents.isEmpty() ? Map.of() : repository.files(parents.get(0));
        Set<String> changed = changedPaths(before, files);

        Optional<Problem> invalid = firstProblem(files, changed);
        if (invalid.isPresent()) {
            return refuse(commit, attribution, Rule.VALID_FILES, List.of(), invalid);
        }
        if (municipality.isEmpty()) {
            MissingMunicipality missing = new MissingMunicipality(attribution.matching(),
                    likely(commit, attribution.matching(), parentPlans));
            return Optional.of(new Refusal(commit.commitId(), municipality, Rule.MUNICIPALITY, attribution.matching(),
                    Optional.empty(), Optional.of(commit.author()), Optional.of(missing)));
        }
        if (parents.isEmpty()) {
            // the first commit of a region: by the coordinator it names
            boolean byCoordinator = parentPlans.stream().anyMatch(plan -> plan.coordinator().equals(municipality));
            if (!byCoordinator) {
                return refuse(commit, attribution, Rule.MEMBER, List.of(), Optional.empty());
            }
        }
        if (parentPlans.stream().noneMatch(plan -> plan.member(municipality.get()).isPresent())) {
            return refuse(commit, attribution, Rule.MEMBER, List.of(), Optional.empty());
        }
        if (parentPlans.stream().anyMatch(RegionalPlan::signedCommitsRequired)) {
            Optional<String> key = parentPlans.stream().map(plan -> plan.member(municipality.get()))
                    .flatMap(Optional::stream).map(RegionMember::key).flatMap(Optional::stream).findFirst();
            if (key.isEmpty()) {
                return refuse(commit, attribution, Rule.SIGNATURE, List.of("no-key"), Optional.empty());
            }
            SignatureCheck signature = repository.git().verifySignature(commit.commitId(), key.get());
            if (!signature.isVerified()) {
                return refuse(commit, attribution, Rule.SIGNATURE, List.of(signature.status().name().toLowerCase()),
                        Optional.empty());
            }
        }
        List<EntityEdit> edits = edits(commit, before, files, changed);
        return ChangeRules.check(municipality.get(), parentPlans, edits)
                .flatMap(breach -> refuse(commit, attribution, breach.rule(), breach.subject(), Optional.empty()));
    }

    private static Optional<Refusal> refuse(HistoryEntry commit, Attribution attribution, Rule rule,
            List<String> subject, Optional<Problem> problem) {
        return Optional.of(new Refusal(commit.commitId(), attribution.municipality(), rule, subject, problem,
                Optional.of(commit.author()), Optional.empty()));
    }

    private static Attribution attribution(HistoryEntry commit, List<RegionalPlan> plans) {
        return Attribution.of(commit.municipality(), commit.author().email(), plans);
    }

    /** The regional plan in each parent of a commit; for the first commit of a region, its own. */
    private List<RegionalPlan> parentPlans(HistoryEntry commit) {
        List<String> sources = commit.parentIds().isEmpty() ? List.of(commit.commitId()) : commit.parentIds();
        List<RegionalPlan> plans = new ArrayList<>();
        for (String source : sources) {
            regionalPlan(repository.files(source)).ifPresent(plans::add);
        }
        return plans;
    }

    /**
     * The municipality that the same author's earlier commits with a trailer name, when they name exactly one
     * member (one of {@code matching}, when the author's e-mail matches some): for the amend command.
     */
    private Optional<String> likely(HistoryEntry commit, List<String> matching, List<RegionalPlan> plans) {
        String email = commit.author().email();
        TreeSet<String> named = new TreeSet<>();
        for (String parent : commit.parentIds()) {
            for (HistoryEntry earlier : repository.git().commitsBetween(Optional.empty(), parent)) {
                if (earlier.author().email().equalsIgnoreCase(email)) {
                    earlier.municipality().ifPresent(named::add);
                }
            }
        }
        named.removeIf(code -> plans.stream().noneMatch(plan -> plan.member(code).isPresent())
                || !matching.isEmpty() && !matching.contains(code));
        return named.size() == 1 ? Optional.of(named.first()) : Optional.empty();
    }

    /** The files of the deterministic merge of two parents, conflicts left as the first parent has them. */
    private Map<String, String> expectedMerge(String first, String second) {
        Optional<Map<String, String>> base = bases.of(first, second);
        TreeMerge.Result merge = TreeMerge.merge(repository, base.orElse(Map.of()), repository.files(first),
                repository.files(second), TreeMerge.OtherFiles.KEEP_OURS);
        return merge.files(repository, merge.semantic().merged());
    }

    private static Set<String> changedPaths(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> file : after.entrySet()) {
            if (!file.getValue().equals(before.get(file.getKey()))) {
                changed.add(file.getKey());
            }
        }
        for (String path : before.keySet()) {
            if (!after.containsKey(path)) {
                changed.add(path);
            }
        }
        return changed;
    }

    /** The first problem of the files that changed, each read and validated on its own. */
    private Optional<Problem> firstProblem(Map<String, String> files, Set<String> changed) {
        for (String path : changed) {
            String blob = files.get(path);
            if (blob == null) {
                continue;
            }
            if (EntityKind.ofPath(path).isEmpty()) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (!EntityKind.inFolderOf(path).isEmpty() && !name.startsWith(".")) {
                    return Optional.of(Problem.error(path, new SourcePosition(1, 1), "file.notPlanFile", path,
                            EntityKind.inFolderOf(path).stream().map(EntityKind::pattern).toList()));
                }
                continue;
            }
            Node document;
            try {
                document = PlanFiles.read(path, repository.bytes(blob));
            } catch (PlanFileException e) {
                return Optional.of(e.problems().get(0));
            }
            List<Problem> problems = PlanBinder.bindFile(path, document).problems();
            if (!problems.isEmpty()) {
                return Optional.of(problems.get(0));
            }
        }
        return Optional.empty();
    }

    private Optional<RegionalPlan> regionalPlan(Map<String, String> files) {
        return RegionalPlans.of(repository, files);
    }

    /** The author's own edits: against the parent, or for a merge what differs from the merge and both parents. */
    private List<EntityEdit> edits(HistoryEntry commit, Map<String, String> before, Map<String, String> after,
            Set<String> changed) {
        List<Map<String, String>> parentFiles = commit.parentIds().stream().map(repository::files).toList();
        List<EntityEdit> edits = new ArrayList<>();
        for (String path : changed) {
            if (EntityKind.ofPath(path).isEmpty()) {
                continue;
            }
            Optional<Node> was = document(path, before.get(path));
            Optional<Node> is = document(path, after.get(path));
            List<Optional<Node>> parents = parentFiles.stream().map(files -> document(path, files.get(path))).toList();
            if (commit.isMerge()) {
                boolean pickedASide = parents.stream().anyMatch(parent -> parent.equals(is));
                if (pickedASide) {
                    continue;
                }
            }
            List<FieldChange> fields = was.isPresent() && is.isPresent() ? SemanticDiff.fields(was.get(), is.get())
                    : List.of();
            if (commit.isMerge()) {
                fields = fields.stream().filter(change -> parents.stream()
                        .noneMatch(parent -> FieldValues.at(parent, change.field())
                                .equals(FieldValues.at(is, change.field()))))
                        .toList();
                if (was.isPresent() && is.isPresent() && fields.isEmpty()) {
                    continue;
                }
            }
            edits.add(new EntityEdit(path, parents, was, is, fields));
        }
        return edits;
    }

    private Optional<Node> document(String path, String blob) {
        return blob == null ? Optional.empty() : repository.document(path, Objects.requireNonNull(blob));
    }
}
