package nl.veerkracht.cli.internal;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.PointStatus;
import nl.veerkracht.checklist.RuleSummary;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.validation.Language;

/**
 * A scorecard as the user reads it: the ten points with the checklist's own titles (English with
 * {@code --lang en}), each with its status, and under every point that is not ok its findings, each
 * with the file and entity to open, what is wrong and what to do. Or as one JSON document for
 * machines.
 */
public final class ScorecardText {

    private static final String INDENT = "       ";

    private final Messages messages;

    public ScorecardText(Messages messages) {
        this.messages = messages;
    }

    /** The scorecard as text, on {@code out}. */
    public void print(Scorecard scorecard, PrintStream out) {
        Language language = messages.language();
        String date = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(scorecard.date());
        String plan = scorecard.name().map(name -> name + scorecard.code().map(code -> " (" + code + ")").orElse(""))
                .orElse(messages.text("check.unnamed"));
        out.println(messages.text("check.title", plan, scorecard.repository(), date));
        out.println(messages.text("check.source"));
        if (scorecard.fileProblems() > 0) {
            out.println(messages.text("check.fileProblems", scorecard.repository(), scorecard.fileProblems()));
        }
        out.println();
        int width = 0;
        for (PointStatus status : PointStatus.values()) {
            width = Math.max(width, status(status).length());
        }
        for (PointAssessment point : scorecard.points()) {
            String status = "[" + status(point.status()) + "]";
            out.println(String.format("%2d. %-" + (width + 2) + "s  %s", point.point().number(), status,
                    point.point().title(language)));
            for (Finding finding : point.findings()) {
                printFinding(finding, out);
            }
        }
        out.println();
        out.println(messages.text("check.summary", scorecard.count(PointStatus.OK), scorecard.count(PointStatus.ATTENTION),
                scorecard.count(PointStatus.MISSING)));
        out.println(messages.text(scorecard.anyMissing() ? "check.verdict.missing"
                : scorecard.count(PointStatus.ATTENTION) > 0 ? "check.verdict.attention" : "check.verdict.ok"));
    }

    private void printFinding(Finding finding, PrintStream out) {
        Language language = messages.language();
        String where = where(finding);
        if (!where.isEmpty()) {
            out.println(INDENT + "- " + where);
        }
        String prefix = where.isEmpty() ? INDENT + "- " : INDENT + "  ";
        out.println(prefix + messages.text(finding.severity() == Severity.MISSING ? "check.missing" : "check.attention",
                finding.problem().in(language)));
        out.println(INDENT + "  " + messages.text("check.remedy", finding.remedy().in(language)));
    }

    /** {@code plan/plan.yaml, veld leads.official}; the entity only where the file's name does not give it. */
    private String where(Finding finding) {
        if (finding.file().isEmpty()) {
            return finding.entity().orElse("");
        }
        String file = finding.file().get();
        StringBuilder where = new StringBuilder(file);
        finding.entity().filter(entity -> !namedBy(file, entity)).ifPresent(entity -> where.append(" (").append(entity)
                .append(")"));
        finding.field().ifPresent(field -> where.append(", ").append(messages.text("check.field", field)));
        return where.toString();
    }

    private static boolean namedBy(String file, String entity) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.equals(entity);
    }

    private String status(PointStatus status) {
        return messages.text("check.status." + status.code());
    }

    /** The scorecard as one JSON document, with the texts in the user's language. */
    public JsonObject json(Scorecard scorecard) {
        Language language = messages.language();
        JsonArrayBuilder points = JsonOutput.array();
        for (PointAssessment point : scorecard.points()) {
            JsonArrayBuilder findings = JsonOutput.array();
            for (Finding finding : point.findings()) {
                JsonObjectBuilder object = JsonOutput.object()
                        .add("rule", finding.rule())
                        .add("severity", finding.severity().code());
                finding.file().ifPresent(file -> object.add("file", file));
                finding.entity().ifPresent(entity -> object.add("entity", entity));
                finding.field().ifPresent(field -> object.add("field", field));
                findings.add(object.add("problem", finding.problem().in(language))
                        .add("remedy", finding.remedy().in(language)));
            }
            JsonArrayBuilder rules = JsonOutput.array();
            for (RuleSummary rule : point.rules()) {
                rules.add(JsonOutput.object().add("id", rule.id())
                        .add("description", rule.description().in(language)));
            }
            points.add(JsonOutput.object()
                    .add("number", point.point().number())
                    .add("point", point.point().code())
                    .add("title", point.point().title(language))
                    .add("status", point.status().code())
                    .add("rules", rules)
                    .add("findings", findings));
        }
        JsonObjectBuilder document = JsonOutput.object().add("repository", scorecard.repository());
        scorecard.code().ifPresent(code -> document.add("code", code));
        scorecard.name().ifPresent(name -> document.add("name", name));
        return document
                .add("date", scorecard.date().toString())
                .add("fileProblems", scorecard.fileProblems())
                .add("passed", !scorecard.anyMissing())
                .add("summary", JsonOutput.object()
                        .add(PointStatus.OK.code(), scorecard.count(PointStatus.OK))
                        .add(PointStatus.ATTENTION.code(), scorecard.count(PointStatus.ATTENTION))
                        .add(PointStatus.MISSING.code(), scorecard.count(PointStatus.MISSING)))
                .add("points", points)
                .build();
    }
}
