package nl.veerkracht.ui.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.province.MemberMirrorsReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.region.CancelledStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.IoFailures;
import nl.veerkracht.store.StoreException;

/**
 * The report of a sync as the sync view shows it: a tree of lines, per step, per regional plan and per
 * member (or mirror), each with what happened in words and a tone for its colour; a refusal with its rule,
 * commit and municipality on lines of their own. Pure: made from the report, in the client's language, never
 * with a stack trace.
 */
final class SyncReportLines {

    /** How a line is coloured: all well, worth a look, something did not happen, or it was stopped. */
    enum Tone {
        DONE, NOTE, CONFLICTS, FAILED, CANCELLED
    }

    /**
     * One line of the report.
     *
     * @param what what it is about (a step, a regional plan, a member, a rule)
     * @param outcome what happened
     * @param opensConflicts whether opening the line opens the conflicts
     */
    record Line(String what, String outcome, Tone tone, List<Line> children, boolean opensConflicts) {
        Line {
            children = List.copyOf(children);
        }

        static Line of(String what, String outcome, Tone tone) {
            return new Line(what, outcome, tone, List.of(), false);
        }
    }

    private final Texts texts;

    SyncReportLines(Texts texts) {
        this.texts = texts;
    }

    private Locale locale() {
        return texts.language().locale();
    }

    /** The sync's outcome in one sentence, as {@code veerkracht sync} ends. */
    String summary(SyncReport report) {
        return texts.get("sync.outcome." + report.outcome().name().toLowerCase(Locale.ROOT));
    }

    static Tone tone(SyncOutcome outcome) {
        return switch (outcome) {
            case DONE -> Tone.DONE;
            case CANCELLED -> Tone.CANCELLED;
            case FAILED, REFUSED -> Tone.FAILED;
            case CONFLICTS -> Tone.CONFLICTS;
        };
    }

    /** A line per step, in the order they ran. */
    List<Line> lines(SyncReport report) {
        return report.steps().stream().map(this::step).toList();
    }

    Line step(StepReport report) {
        String name = stepName(report.step());
        if (report instanceof RegionSyncReport regions) {
            if (regions.regions().isEmpty()) {
                return Line.of(name, texts.get("sync.noRegions"), Tone.NOTE);
            }
            return new Line(name, outcome(report.outcome()), tone(report.outcome()),
                    regions.regions().stream().map(this::region).toList(), false);
        }
        if (report instanceof ProvinceStepReport province) {
            if (province.pulls().isEmpty()) {
                return Line.of(name, texts.get("sync.noProvince"), Tone.NOTE);
            }
            List<Line> pulls = new ArrayList<>();
            for (ProvinceStepReport.Pull pull : province.pulls()) {
                List<Line> news = pull.report().map(this::provinceNews).orElse(List.of());
                pulls.add(new Line(mirrorName(pull.update()), mirror(pull.update()), tone(pull.update().outcome()), news,
                        false));
            }
            return new Line(name, outcome(report.outcome()), tone(report.outcome()), pulls, false);
        }
        if (report instanceof MemberMirrorsReport members) {
            if (members.mirrors().isEmpty()) {
                return Line.of(name, texts.get("sync.noMemberPlans"), Tone.NOTE);
            }
            return new Line(name, outcome(report.outcome()), tone(report.outcome()), members.mirrors().stream()
                    .map(update -> Line.of(mirrorName(update), mirror(update), tone(update.outcome()))).toList(), false);
        }
        if (report instanceof FailedStepReport failed) {
            return Line.of(name, texts.get("sync.stepFailed", describe(failed.failure())), Tone.FAILED);
        }
        if (report instanceof CancelledStepReport) {
            return Line.of(name, texts.get("sync.stepCancelled"), Tone.CANCELLED);
        }
        return Line.of(name, outcome(report.outcome()), tone(report.outcome()));
    }

    private String stepName(String step) {
        String name = texts.get("sync.step." + step);
        return name.startsWith("!") ? step : name;
    }

    private String outcome(SyncOutcome outcome) {
        return texts.get("sync.result." + outcome.name().toLowerCase(Locale.ROOT));
    }

    Line region(RegionReport report) {
        List<Line> lines = new ArrayList<>();
        report.notices().forEach(notice -> lines.add(Line.of(texts.get("sync.notice"), notice.describe(locale()), Tone.NOTE)));
        report.failure().ifPresent(failure -> lines.add(Line.of(texts.get("sync.stopped"), failure.describe(locale()),
                Tone.FAILED)));
        for (SourceReport source : report.sources()) {
            lines.add(source(source));
        }
        report.keptOurs().forEach(path -> lines.add(Line.of(path, texts.get("sync.keptOurs"), Tone.NOTE)));
        report.push().ifPresent(push -> lines.add(Line.of(texts.get("sync.push"),
                texts.get("sync.push." + push.name().toLowerCase(Locale.ROOT)),
                push == RegionReport.PushResult.REJECTED || push == RegionReport.PushResult.UNREACHABLE ? Tone.FAILED
                        : Tone.DONE)));
        if (report.sources().isEmpty() && report.failure().isEmpty() && report.pending().isEmpty()) {
            lines.add(Line.of(texts.get("sync.members"), texts.get("sync.alone"), Tone.NOTE));
        }
        report.pending().ifPresent(pending -> lines.add(new Line(texts.get("sync.pending"),
                texts.get("sync.pending.how", pending.memberName(), pending.member(), pending.open().size()),
                Tone.CONFLICTS, List.of(), true)));
        return new Line(texts.get("repository.region") + " " + report.region().name() + " (" + report.region().folder()
                + ")", outcome(report.outcome()), tone(report.outcome()), lines, report.pending().isPresent());
    }

    Line source(SourceReport source) {
        String who = source.code().equals("hub") ? texts.get("sync.hub", source.name())
                : source.name() + " (" + source.code() + ")";
        Tone tone = tone(source.outcome());
        List<Line> details = new ArrayList<>();
        String what = switch (source.status()) {
            case UP_TO_DATE -> texts.get("sync.status.upToDate");
            case FAST_FORWARDED -> texts.get("sync.status.fastForwarded", source.commits());
            case MERGED -> texts.get("sync.status.merged", source.commits());
            case MERGED_RESOLVED -> texts.get("sync.status.mergedResolved", source.commits());
            case CONVERGED -> texts.get("sync.status.converged");
            case CONFLICTS -> texts.get("sync.status.conflicts", source.conflicts());
            case INVALID_MERGE -> texts.get("sync.status.invalidMerge",
                    source.problem().map(problem -> problem.render(texts.language())).orElse(""));
            case REFUSED -> texts.get("sync.status.refused");
            case WAITING -> texts.get("sync.status.waiting");
            case UNREACHABLE -> texts.get("sync.status.unreachable",
                    source.error().map(error -> error.describe(locale())).orElse(""));
            case NO_URL -> texts.get("sync.status.noUrl");
            case CANCELLED -> texts.get("sync.status.cancelled");
        };
        source.entities().forEach(path -> details.add(Line.of(path, texts.get("sync.taken"), Tone.DONE)));
        source.refusal().ifPresent(refusal -> details.addAll(refusal(refusal, source)));
        return new Line(who, what, tone, details, source.status() == SourceReport.Status.CONFLICTS);
    }

    /** A refused tip: the rule, the commit, its municipality, what it touched, and how to fix a missing trailer. */
    List<Line> refusal(Refusal refusal, SourceReport source) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(texts.get("sync.refusal.rule"), refusal.rule().describe(locale()), Tone.FAILED));
        lines.add(Line.of(texts.get("sync.refusal.commit"), refusal.shortCommit(), Tone.FAILED));
        String municipality = refusal.municipality()
                .map(code -> code.equals(source.code()) ? source.name() + " (" + code + ")" : code)
                .orElse(texts.get("sync.refusal.noMunicipality"));
        lines.add(Line.of(texts.get("sync.refusal.municipality"), municipality, Tone.FAILED));
        refusal.author().ifPresent(author -> lines.add(Line.of(texts.get("sync.refusal.author"), author.toString(),
                Tone.FAILED)));
        String where = refusal.problem().map(problem -> problem.render(texts.language()))
                .orElse(String.join(" ", refusal.subject().stream().map(word -> subjectWord(refusal.rule(), word)).toList()));
        if (!where.isEmpty()) {
            lines.add(Line.of(texts.get("sync.refusal.where"), where, Tone.FAILED));
        }
        refusal.missingMunicipality().ifPresent(missing -> {
            lines.add(Line.of(texts.get("sync.refusal.why"), missing.why(locale()), Tone.FAILED));
            lines.add(Line.of(texts.get("sync.refusal.fix"), missing.fix(locale()), Tone.NOTE));
        });
        return lines;
    }

    /** A signature's or a history's code word in the user's language; paths and fields as they are. */
    private String subjectWord(Rule rule, String word) {
        if (rule == Rule.HISTORY && word.matches("[0-9]+")) {
            return texts.get("sync.history.parents", Integer.parseInt(word));
        }
        String key = switch (rule) {
            case SIGNATURE -> "sync.signature." + word;
            case HISTORY -> "sync.history." + word;
            default -> "";
        };
        String text = key.isEmpty() ? "" : texts.get(key);
        return text.isEmpty() || text.startsWith("!") ? word : text;
    }

    private String mirrorName(MirrorUpdate update) {
        String kind = texts.get("repository." + update.repository().kind().name().toLowerCase(Locale.ROOT));
        return kind + " " + update.name() + " (" + update.repository().folder() + ")";
    }

    /** What happened to one read-only mirror, in a few words. */
    String mirror(MirrorUpdate update) {
        String error = update.error().map(failure -> failure.describe(locale())).orElse("");
        return switch (update.status()) {
            case UP_TO_DATE -> texts.get("sync.mirror.upToDate");
            case UPDATED -> texts.get("sync.mirror.updated", update.commits());
            case CLONED -> texts.get("sync.mirror.cloned");
            case REPLACED -> texts.get("sync.mirror.replaced", update.commits());
            case REWRITTEN -> texts.get("sync.mirror.rewritten", update.source().orElse("<url>"));
            case LOCAL_COMMIT -> texts.get("sync.mirror.localCommit", update.repository().folder());
            case LOCAL_CHANGES -> texts.get("sync.mirror.localChanges");
            case REFUSED -> texts.get("sync.mirror.refused", error);
            case UNREACHABLE -> texts.get("sync.mirror.unreachable", error);
            case NO_URL -> texts.get("sync.mirror.noUrl");
            case CANCELLED -> texts.get("sync.mirror.cancelled");
        };
    }

    /** What a pull of the province brought that matters to this municipality. */
    List<Line> provinceNews(ProvinceReport report) {
        List<Line> lines = new ArrayList<>();
        if (report.isEmpty()) {
            lines.add(Line.of(texts.get("sync.province.news"), texts.get("sync.province.nothing"), Tone.DONE));
        }
        for (ProvinceReport.TaskChange change : report.changedTasks()) {
            List<Line> fields = new ArrayList<>();
            for (FieldChange field : change.fields()) {
                fields.add(Line.of(field.field().toString(), DocumentEdits.text(field.before()) + " \u2192 "
                        + DocumentEdits.text(field.after()), Tone.NOTE));
            }
            change.linkedBy().forEach(action -> fields.add(Line.of(texts.get("sync.province.linkedBy"),
                    action.title() + " (" + action.repository() + "/" + action.path() + ")", Tone.NOTE)));
            lines.add(new Line(texts.get("sync.province.changed"), change.title() + " (" + report.province() + "/"
                    + change.taskId() + ")", Tone.NOTE, fields, false));
        }
        for (ProvinceReport.BrokenLink link : report.brokenLinks()) {
            lines.add(Line.of(texts.get("sync.province.broken"), texts.get("sync.province.broken." + link.reason().name()
                    .toLowerCase(Locale.ROOT), link.action().title(), link.link(), link.taskTitle()), Tone.FAILED));
        }
        for (ProvinceReport.NewProgramme programme : report.newProgrammes()) {
            lines.add(Line.of(texts.get("sync.province.programme"), programme.programme() + ": "
                    + String.join(", ", programme.taskTitles()), Tone.NOTE));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale());
        for (ProvinceReport.NewFundingScheme scheme : report.newFundingSchemes()) {
            lines.add(Line.of(texts.get("sync.province.scheme"), scheme.deadline()
                    .map(deadline -> texts.get("sync.province.scheme.deadline", scheme.title(), scheme.taskTitle(),
                            dates.format(deadline)))
                    .orElse(texts.get("sync.province.scheme.open", scheme.title(), scheme.taskTitle())), Tone.NOTE));
        }
        return lines;
    }

    /**
     * A failure in one line, in the user's language: Veerkracht's own as it describes itself, a library's by
     * its cause where the user can act on it, anything else with its first line only.
     */
    String describe(RuntimeException failure) {
        if (failure instanceof StoreException store) {
            return store.describe(locale());
        }
        Optional<StoreException> cause = IoFailures.explain(failure);
        if (cause.isPresent()) {
            return cause.get().describe(locale());
        }
        String what = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return texts.get("sync.unexpected", what.lines().findFirst().orElse(what));
    }
}
