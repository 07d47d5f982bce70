package nl.veerkracht.report.internal.content;

import java.util.List;
import java.util.Map;

import nl.veerkracht.charts.ChartData;

/**
 * The report as the template reads it: every text already in the report's language, every number
 * already written, the charts as data. Sections that have nothing to show say so in a sentence
 * ({@code none} and its text) instead of an empty table.
 */
public record ReportContent(String lang, Map<String, String> t, Cover cover, Summary summary, Changes changes,
        List<TermProgress> terms, Numbers numbers, RegionSection region, ProvinceSection province, Lessons lessons) {

    /** The cover. */
    public record Cover(String title, String planLabel, String planName, String code, String date, String version,
            String comparedWith, boolean firstCommit, String lastInformed) {
    }

    /** A table: a header and rows of cells; {@code empty} with its sentence when it has no rows. */
    public record Table(List<String> header, List<Row> rows, boolean empty, String emptyText) {
    }

    /** A table row: its label and cells; a total row is set apart. */
    public record Row(String label, List<String> cells, boolean total) {
    }

    /** The summary page. */
    public record Summary(boolean hasScorecard, String noScorecard, List<PointRow> points, Table actions,
            Table budget, boolean hasIndicators, String indicators) {
    }

    /** One point of the scorecard. */
    public record PointRow(String number, String title, String status, String css) {
    }

    /** What changed since the compared version, grouped by kind of entity. */
    public record Changes(String heading, boolean none, String noneText, List<KindGroup> groups) {
    }

    /** The changed entities of one kind. */
    public record KindGroup(String kind, List<EntityView> entities) {
    }

    /** One entity that was added, removed or changed, who changed it and when, and its fields. */
    public record EntityView(String title, String change, String css, String by, List<FieldView> fields) {
        public boolean hasFields() {
            return !fields.isEmpty();
        }
    }

    /**
     * One changed field: a value struck through beside its new value, or a multi-line text line by line.
     */
    public record FieldView(String name, String before, String after, boolean hasBefore, boolean hasAfter,
            boolean multiline, List<LineView> lines) {
    }

    /** One line of a multi-line text: kept, struck through or added. */
    public record LineView(String text, boolean kept, boolean removed, boolean added) {
    }

    /** The actions of one term. */
    public record TermProgress(String term, boolean empty, List<ActionRow> actions) {
    }

    /** An action's progress; {@code overdue} when its end date is past and it is not done or stopped. */
    public record ActionRow(String title, String status, String progress, String lead, String end, boolean overdue) {
    }

    /** The numbers: each indicator with its chart, the budget chart and the members' contributions chart. */
    public record Numbers(boolean hasIndicators, List<IndicatorView> indicators, boolean hasBudget, ChartData budget,
            boolean hasContributions, ChartData contributions) {
    }

    /** An indicator with its latest value and its chart. */
    public record IndicatorView(String title, String unit, String baseline, String target, String latest,
            String status, String css, boolean hasObservations, ChartData chart) {
    }

    /** The region part: one block per regional plan. */
    public record RegionSection(boolean none, List<RegionView> regions) {
    }

    /** One region: the shared actions the plan takes part in and every member's contributions. */
    public record RegionView(String heading, boolean noShared, String noSharedText, String contributionHeader,
            List<SharedAction> actions, Table contributions) {
    }

    /** A shared action the plan takes part in. */
    public record SharedAction(String title, String lead, String participants, String budget, String contribution) {
    }

    /** The province part: linked tasks, coming deadlines, broken links. */
    public record ProvinceSection(boolean none, List<TaskLink> links, boolean noDeadlines, List<Deadline> deadlines,
            boolean noBroken, List<BrokenLink> broken) {
        public boolean hasLinks() {
            return !links.isEmpty();
        }
    }

    /** A provincial task an action links to. */
    public record TaskLink(String task, String title, String action, String programme, String status) {
    }

    /** A funding scheme's deadline in the coming months. */
    public record Deadline(String scheme, String task, String deadline) {
    }

    /** A link to a task that is not there, or closed. */
    public record BrokenLink(String action, String link, String why) {
    }

    /** The lessons and the fallback scenarios. */
    public record Lessons(boolean noLessons, List<LessonView> lessons, boolean noScenarios,
            List<ScenarioView> scenarios) {
    }

    /** A lesson. */
    public record LessonView(String title, String source, List<String> text, String actions) {
    }

    /** A fallback scenario. */
    public record ScenarioView(String title, String reviewed, List<String> triggers, List<StepView> runbook,
            List<String> roles) {
        public boolean hasRoles() {
            return !roles.isEmpty();
        }
    }

    /** A runbook step. */
    public record StepView(String what, String who, String within) {
    }
}
