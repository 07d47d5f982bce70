package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.province.ProvinceOverview;
import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.ui.internal.TextRows.Row;

/**
 * The province seen from this municipality, as {@code ProvinceService} tells it: the funding deadlines in date
 * order (those closing within eight weeks marked), the links of my actions that broke (each opening its action),
 * the programme's tasks with the actions of mine that link to each, and the reports of past pulls (what changed,
 * field by field).
 */
final class ProvinceView {

    /** What the view shows of one province. */
    record Shown(ProvinceOverview overview, List<ProvinceReport> reports) {
    }

    private final Composite control;
    private final Combo province;
    private final Label heading;
    private final TextRows deadlines;
    private final TextRows broken;
    private final TextRows tasks;
    private final TextRows reports;
    private final Texts texts;
    private final Overviews overviews;
    private final Background background;
    private List<String> codes = List.of();
    private Shown shown;

    ProvinceView(Composite parent, Texts texts, Overviews overviews, Background background,
            Consumer<TextRows.Target> open) {
        this.texts = texts;
        this.overviews = overviews;
        this.background = background;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        new Label(control, SWT.NONE).setText(texts.get("province.of"));
        province = new Combo(control, SWT.DROP_DOWN | SWT.READ_ONLY);
        province.setData("name", "province");
        province.addListener(SWT.Selection, event -> refresh());
        heading = new Label(control, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setText(texts.get("province.none"));
        SashForm rows = new SashForm(control, SWT.VERTICAL);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        SashForm top = new SashForm(rows, SWT.HORIZONTAL);
        deadlines = new TextRows(top, "province-deadlines", open, texts.get("province.deadline"), 108,
                texts.get("province.urgency"), 118, texts.get("province.scheme"), 175, texts.get("province.task"), 220);
        broken = new TextRows(top, "province-broken", open, texts.get("province.brokenAction"), 210,
                texts.get("province.link"), 190, texts.get("province.why"), 320, texts.get("province.where"), 300);
        top.setWeights(55, 45);
        tasks = new TextRows(rows, "province-tasks", open, texts.get("province.task"), 300,
                texts.get("province.programme"), 150, texts.get("province.status"), 90, texts.get("province.linkedBy"),
                300);
        reports = new TextRows(rows, "province-reports", open, texts.get("province.report"), 400,
                texts.get("province.before"), 140, texts.get("province.after"), 300);
        rows.setWeights(30, 35, 35);
    }

    Composite control() {
        return control;
    }

    /** Reads the followed provinces and the chosen one's programme and reports again, in the background. */
    void refresh() {
        String before = selected().orElse(null);
        background.run(texts.get("status.province"), () -> {
            List<String> followed = overviews.provinces();
            String code = followed.contains(before) ? before : followed.isEmpty() ? null : followed.get(0);
            return code == null ? new Read(followed, null)
                    : new Read(followed, new Shown(overviews.province(code), overviews.provinceReports(code)));
        }, read -> {
            if (control.isDisposed()) {
                return;
            }
            codes = read.codes();
            province.setItems(codes.toArray(String[]::new));
            if (read.shown() == null) {
                heading.setText(texts.get("province.none"));
                show(null);
                return;
            }
            province.select(codes.indexOf(read.shown().overview().province()));
            show(read.shown());
        });
    }

    private record Read(List<String> codes, Shown shown) {
    }

    private Optional<String> selected() {
        int index = province.getSelectionIndex();
        return index >= 0 && index < codes.size() ? Optional.of(codes.get(index)) : Optional.empty();
    }

    private void show(Shown read) {
        shown = read;
        if (read == null) {
            List.of(deadlines, broken, tasks, reports).forEach(rows -> rows.show(List.of()));
            return;
        }
        ProvinceOverview overview = read.overview();
        long soon = overview.deadlines().stream()
                .filter(d -> d.urgency() == ProvinceOverview.Urgency.CLOSING_SOON).count();
        heading.setText(texts.get("province.summary", overview.province(), overviews.today().toString(),
                overview.tasks().size(), soon, overview.brokenLinks().size()));
        deadlines.show(overview.deadlines().stream().map(deadline -> {
            Row row = Row.of(deadline.date().toString(),
                    texts.get("province.urgency." + deadline.urgency().name().toLowerCase(java.util.Locale.ROOT)),
                    deadline.schemeTitle(), deadline.taskTitle());
            return deadline.urgency() == ProvinceOverview.Urgency.CLOSING_SOON ? row.marked() : row;
        }).toList());
        broken.show(overview.brokenLinks().stream().map(this::brokenLink).toList());
        tasks.show(overview.tasks().stream().map(task -> Row.of(task.title(), task.programme().orElse(""),
                texts.get("province.status." + task.status().code()), task.linkedBy().stream()
                        .map(ProvinceReport.LinkingAction::title).collect(Collectors.joining(", ")))
                .with(task.linkedBy().stream().map(action -> Row.of(action.title(), "", "", action.repository() + "/"
                        + action.path()).opening(action.repository(), action.path())).toList())).toList());
        reports.show(read.reports().stream().map(this::report).toList());
    }

    private Row brokenLink(ProvinceReport.BrokenLink link) {
        return Row.of(link.action().title(), link.link(), texts.get("province.broken." + link.reason().name()
                .toLowerCase(java.util.Locale.ROOT), link.taskTitle()), link.action().repository() + "/"
                + link.action().path()).opening(link.action().repository(), link.action().path());
    }

    /** A pull's report: what changed in the tasks my actions link to, the links it broke, what is new. */
    private Row report(ProvinceReport report) {
        List<Row> sections = new ArrayList<>();
        if (!report.changedTasks().isEmpty()) {
            sections.add(Row.of(texts.get("province.changedTasks")).with(report.changedTasks().stream()
                    .map(task -> Row.of(task.title()).with(task.fields().stream().map(this::field).toList())).toList()));
        }
        if (!report.brokenLinks().isEmpty()) {
            sections.add(Row.of(texts.get("province.brokenLinks")).with(report.brokenLinks().stream()
                    .map(link -> Row.of(link.action().title() + " \u2192 " + link.link(), "",
                            texts.get("province.broken." + link.reason().name().toLowerCase(java.util.Locale.ROOT),
                                    link.taskTitle())).opening(link.action().repository(), link.action().path()))
                    .toList()));
        }
        if (!report.newProgrammes().isEmpty()) {
            sections.add(Row.of(texts.get("province.newProgrammes")).with(report.newProgrammes().stream()
                    .map(programme -> Row.of(programme.programme(), "", String.join(", ", programme.taskTitles())))
                    .toList()));
        }
        if (!report.newFundingSchemes().isEmpty()) {
            sections.add(Row.of(texts.get("province.newSchemes")).with(report.newFundingSchemes().stream()
                    .map(scheme -> Row.of(scheme.title() + " (" + scheme.taskTitle() + ")", "",
                            scheme.deadline().map(Object::toString).orElse(""))).toList()));
        }
        String from = report.from().map(ProvinceView::shortId).orElse(texts.get("province.firstPull"));
        return Row.of(texts.get("province.pull", from, shortId(report.to())), "", "").with(sections);
    }

    private Row field(FieldChange change) {
        return Row.of(change.field().toString(), DocumentEdits.text(change.before()).replace('\n', ' '),
                DocumentEdits.text(change.after()).replace('\n', ' '));
    }

    private static String shortId(String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }

    // --- for the tests

    Shown shown() {
        return shown;
    }

    TextRows deadlines() {
        return deadlines;
    }

    TextRows brokenLinks() {
        return broken;
    }

    TextRows tasks() {
        return tasks;
    }

    TextRows reports() {
        return reports;
    }
}
