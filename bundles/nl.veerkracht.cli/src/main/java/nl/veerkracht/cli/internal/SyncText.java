package nl.veerkracht.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.region.CancelledStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.PendingConflict;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncOutcome;

/**
 * What a sync did, and the conflicts it left, as a policy officer reads them: per regional plan, one
 * line per member ("GM0777 Etten-Leur: samengevoegd, 2 commit(s): actions/GM0758-fonds.yaml").
 */
public final class SyncText {

    private final Messages messages;
    private final ChangeText values;
    private final ProvinceText provinces;

    public SyncText(Messages messages) {
        this(messages, Optional.empty());
    }

    /** @param workspace the workspace that was synced, for the commands the report advises */
    public SyncText(Messages messages, Optional<Path> workspace) {
        this.messages = messages;
        this.values = new ChangeText(messages);
        this.provinces = new ProvinceText(messages, workspace);
    }

    private Locale locale() {
        return messages.language().locale();
    }

    /** The exit code of a sync that ended so. */
    public static ExitCode exitCode(SyncOutcome outcome) {
        return switch (outcome) {
            case DONE -> ExitCode.DONE;
            case CANCELLED, FAILED -> ExitCode.FAILED;
            case CONFLICTS -> ExitCode.CONFLICTS;
            case REFUSED -> ExitCode.REFUSED;
        };
    }

    /** Every line of one step's report; a step this command line does not know gets its outcome only. */
    public List<String> step(StepReport report) {
        List<String> lines = new ArrayList<>();
        if (report instanceof RegionSyncReport regions) {
            if (regions.regions().isEmpty()) {
                lines.add(messages.text("sync.noRegions"));
            }
            regions.regions().forEach(region -> lines.addAll(region(region)));
        } else if (report instanceof nl.veerkracht.province.ProvinceStepReport province) {
            lines.addAll(provinces.step(province));
        } else if (report instanceof nl.veerkracht.province.MemberMirrorsReport members) {
            lines.addAll(provinces.members(members));
        } else if (report instanceof FailedStepReport failed) {
            lines.add(messages.text("sync.stepFailed", failed.step(), FailureText.describe(failed.failure(), messages)));
        } else if (report instanceof CancelledStepReport cancelled) {
            lines.add(messages.text("sync.stepCancelled", cancelled.step()));
        } else {
            lines.add(messages.text("sync.step", report.step(), report.outcome().name().toLowerCase(Locale.ROOT)));
        }
        return lines;
    }

    List<String> region(RegionReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(report.region() + ":");
        report.notices().forEach(notice -> lines.add("  " + notice.describe(locale())));
        report.failure().ifPresent(failure -> lines.add("  " + messages.text("sync.failed", failure.describe(locale()))));
        for (SourceReport source : report.sources()) {
            lines.add("  " + source(source));
            source.refusal().flatMap(Refusal::missingMunicipality)
                    .ifPresent(missing -> lines.add("    " + missing.fix(locale())));
        }
        report.keptOurs().forEach(path -> lines.add("  " + messages.text("sync.keptOurs", path)));
        report.push().ifPresent(push -> lines.add("  " + messages.text("sync.push." + push.name().toLowerCase(Locale.ROOT))));
        if (report.sources().isEmpty() && report.failure().isEmpty() && report.pending().isEmpty()) {
            lines.add("  " + messages.text("sync.alone"));
        }
        report.pending().ifPresent(pending -> {
            lines.add("  " + messages.text("sync.pending", pending.member(), pending.memberName(),
                    pending.open().size()));
            lines.add("  " + messages.text("sync.pending.how"));
        });
        return lines;
    }

    String source(SourceReport source) {
        String who = source.code().equals("hub") ? messages.text("sync.hub", source.name())
                : source.code() + " " + source.name();
        String what = switch (source.status()) {
            case UP_TO_DATE -> messages.text("sync.status.upToDate");
            case FAST_FORWARDED -> messages.text("sync.status.fastForwarded", source.commits());
            case MERGED -> messages.text("sync.status.merged", source.commits(), entities(source.entities()));
            case MERGED_RESOLVED -> messages.text("sync.status.mergedResolved", source.commits(),
                    entities(source.entities()));
            case CONVERGED -> messages.text("sync.status.converged");
            case CONFLICTS -> messages.text("sync.status.conflicts", source.conflicts());
            case INVALID_MERGE -> messages.text("sync.status.invalidMerge",
                    source.problem().map(problem -> problem.render(messages.language())).orElse(""));
            case REFUSED -> refusal(source.refusal().orElseThrow());
            case WAITING -> messages.text("sync.status.waiting");
            case UNREACHABLE -> messages.text("sync.status.unreachable",
                    source.error().map(error -> error.describe(locale())).orElse(""));
            case NO_URL -> messages.text("sync.status.noUrl");
            case CANCELLED -> messages.text("sync.status.cancelled");
        };
        return who + ": " + what;
    }

    /**
     * "geweigerd: commit 1a2b3c4d5e van GM0826 (regel: ...): actions/x.yaml budget.amount; niets samengevoegd"; for
     * a commit without a municipality, its author and why ({@link #region} adds how to fix it on the next line);
     * for one whose municipality is unknown for another reason (it breaks an earlier rule), its author.
     */
    public String refusal(Refusal refusal) {
        if (refusal.missingMunicipality().isPresent()) {
            return messages.text("sync.status.refusedMunicipality", refusal.shortCommit(),
                    refusal.author().map(Object::toString).orElse(messages.text("sync.noMunicipality")),
                    refusal.missingMunicipality().get().why(locale()));
        }
        String where = refusal.problem().map(problem -> problem.render(messages.language()))
                .orElse(String.join(" ", refusal.subject().stream().map(word -> subjectWord(refusal.rule(), word)).toList()));
        return messages.text("sync.status.refused", refusal.shortCommit(),
                refusal.municipality().or(() -> refusal.author().map(Object::toString))
                        .orElse(messages.text("sync.noMunicipality")), refusal.rule().describe(locale()),
                where.isEmpty() ? "" : ": " + where);
    }

    /**
     * A word of a refusal's subject as the user reads it: the codes of the signature rule ({@code unsigned},
     * {@code not_verified}, {@code no-key}) and of the history rule ({@code unrelated}, a number of parents)
     * in the user's language; paths and fields as they are.
     */
    private String subjectWord(Rule rule, String word) {
        if (rule == Rule.HISTORY && word.matches("[0-9]+")) {
            return messages.text("sync.history.parents", Integer.parseInt(word));
        }
        String key = switch (rule) {
            case SIGNATURE -> "sync.signature." + word;
            case HISTORY -> "sync.history." + word;
            default -> "";
        };
        return messages.has(key) ? messages.text(key) : word;
    }

    private String entities(List<String> paths) {
        return paths.isEmpty() ? messages.text("change.none") : String.join(", ", paths);
    }

    /** The open conflicts of one pending merge, with base, ours and theirs per field. */
    public List<String> pending(PendingMerge pending) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.text("conflicts.header", pending.region(), pending.member(), pending.memberName(),
                pending.open().size(), pending.resolved().size()));
        for (PendingConflict open : pending.open()) {
            FieldConflict conflict = open.conflict();
            String kind = EntityKind.ofPath(conflict.path()).map(k -> messages.text("kind." + k.name().toLowerCase(Locale.ROOT)))
                    .orElse(messages.text("kind.file"));
            String field = conflict.field().isRoot() ? messages.text("change.wholeEntity") : conflict.field().toString();
            lines.add("  " + messages.text("conflicts.entity", kind, open.entityTitle(), conflict.entityId(), field));
            lines.add("    " + messages.text("conflicts.base", show(conflict.base())));
            lines.add("    " + messages.text("conflicts.ours", show(conflict.ours())));
            lines.add("    " + messages.text("conflicts.theirs", pending.member(), show(conflict.theirs())));
            lines.add("    " + messages.text("conflicts.how", conflict.entityId(), conflict.field().isRoot() ? "''" : field));
        }
        return lines;
    }

    private String show(Optional<nl.veerkracht.model.document.Node> value) {
        return value.isEmpty() ? messages.text("conflicts.absent") : values.value(value);
    }
}
