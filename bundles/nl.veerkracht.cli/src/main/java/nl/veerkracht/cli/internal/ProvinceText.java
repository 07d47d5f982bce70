package nl.veerkracht.cli.internal;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.veerkracht.province.MemberMirrorsReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceReport.BrokenLink;
import nl.veerkracht.province.ProvinceReport.LinkingAction;
import nl.veerkracht.province.ProvinceReport.NewFundingScheme;
import nl.veerkracht.province.ProvinceReport.NewProgramme;
import nl.veerkracht.province.ProvinceReport.TaskChange;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceStepReport;

/**
 * The province's part of {@code sync} (and of {@code province follow}) in plain words: what came in,
 * which of my actions it touches, which links broke, what is new to apply for.
 */
public final class ProvinceText {

    private final Messages messages;
    private final ChangeText changes;
    private final Optional<Path> workspace;

    public ProvinceText(Messages messages) {
        this(messages, Optional.empty());
    }

    /**
     * @param workspace the workspace the texts are about, so that a command they advise names it with
     *        {@code -w}; without it, the command is the one to type inside the workspace
     */
    public ProvinceText(Messages messages, Optional<Path> workspace) {
        this.messages = messages;
        this.changes = new ChangeText(messages);
        this.workspace = workspace;
    }

    public List<String> step(ProvinceStepReport report) {
        List<String> lines = new ArrayList<>();
        if (report.pulls().isEmpty()) {
            lines.add(messages.text("province.none"));
        }
        for (ProvinceStepReport.Pull pull : report.pulls()) {
            lines.add(pull.update().repository() + ": " + provinceMirror(pull.update()));
            pull.report().ifPresent(provinceReport -> lines.addAll(report(provinceReport)));
        }
        return lines;
    }

    /**
     * What happened to a province's mirror: as {@link #mirror}, but a refusal that {@code province follow
     * --replace} settles names that command, exactly.
     */
    private String provinceMirror(MirrorUpdate update) {
        return switch (update.status()) {
            case REWRITTEN -> messages.text("mirror.rewritten.province", replaceCommand(update));
            case LOCAL_COMMIT -> messages.text("mirror.localCommit.province", replaceCommand(update));
            default -> mirror(update);
        };
    }

    /** {@code veerkracht province follow -w <dir> <url> --replace}, for this workspace and the mirror's source. */
    public String replaceCommand(MirrorUpdate update) {
        List<String> words = new ArrayList<>(List.of("veerkracht", "province", "follow"));
        workspace.ifPresent(root -> words.addAll(List.of("-w", root.toString())));
        words.add(update.source().orElse("<url>"));
        words.add("--replace");
        return ShellWords.line(words);
    }

    public List<String> members(MemberMirrorsReport report) {
        // without other members' plans there is nothing to say: the regional step said it already
        List<String> lines = new ArrayList<>();
        for (MirrorUpdate update : report.mirrors()) {
            lines.add(update.repository() + " " + update.name() + ": " + mirror(update));
        }
        return lines;
    }

    /** What happened to one read-only mirror, in a few words. */
    public String mirror(MirrorUpdate update) {
        return switch (update.status()) {
            case UP_TO_DATE -> messages.text("mirror.upToDate");
            case UPDATED -> messages.text("mirror.updated", update.commits());
            case CLONED -> messages.text("mirror.cloned");
            case REPLACED -> messages.text("mirror.replaced", update.commits());
            case REWRITTEN -> messages.text("mirror.rewritten", update.repository().folder());
            case LOCAL_COMMIT -> messages.text("mirror.localCommit", update.repository().folder());
            case LOCAL_CHANGES -> messages.text("mirror.localChanges");
            case REFUSED -> messages.text("mirror.refused",
                    update.error().map(error -> error.describe(messages.language().locale())).orElse(""));
            case UNREACHABLE -> messages.text("mirror.unreachable",
                    update.error().map(error -> error.describe(messages.language().locale())).orElse(""));
            case NO_URL -> messages.text("mirror.noUrl");
            case CANCELLED -> messages.text("mirror.cancelled");
        };
    }

    /** The report of one pull; nothing to tell is said too. */
    public List<String> report(ProvinceReport report) {
        List<String> lines = new ArrayList<>();
        if (report.isEmpty()) {
            lines.add("  " + messages.text("province.report.nothing"));
            return lines;
        }
        if (!report.changedTasks().isEmpty()) {
            lines.add("  " + messages.text("province.report.changed"));
            for (TaskChange change : report.changedTasks()) {
                lines.add("    " + messages.text("province.report.task", change.title(),
                        report.province() + "/" + change.taskId()) + ": " + changes.fields(change.fields()));
                for (LinkingAction action : change.linkedBy()) {
                    lines.add("      " + messages.text("province.report.linkedBy", action(action)));
                }
            }
        }
        if (!report.brokenLinks().isEmpty()) {
            lines.add("  " + messages.text("province.report.broken"));
            for (BrokenLink link : report.brokenLinks()) {
                lines.add("    " + messages.text("province.report.broken." + link.reason().name().toLowerCase(Locale.ROOT),
                        action(link.action()), link.link(), link.taskTitle()));
            }
        }
        if (!report.newProgrammes().isEmpty()) {
            lines.add("  " + messages.text("province.report.programmes"));
            for (NewProgramme programme : report.newProgrammes()) {
                lines.add("    " + programme.programme() + ": " + String.join(", ", programme.taskTitles()));
            }
        }
        if (!report.newFundingSchemes().isEmpty()) {
            lines.add("  " + messages.text("province.report.funding"));
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(messages.language().locale());
            for (NewFundingScheme scheme : report.newFundingSchemes()) {
                lines.add("    " + scheme.deadline()
                        .map(deadline -> messages.text("province.report.scheme.deadline", scheme.title(), scheme.taskTitle(),
                                dates.format(deadline)))
                        .orElse(messages.text("province.report.scheme", scheme.title(), scheme.taskTitle())));
            }
        }
        return lines;
    }

    private String action(LinkingAction action) {
        return messages.text("province.report.action", action.title(), action.repository() + "/" + action.path());
    }
}
