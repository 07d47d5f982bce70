package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.ActionScope;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.MunicipalityCode;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.Vocabulary;

/**
 * The index's questions across the workspace as a table: the actions that meet the filters of {@code query
 * actions} (scope, term, theme, status, municipality, link), or the budget totals of {@code query budget} (per
 * term, source or municipality). The question runs in the background; the rows are searched as the search field
 * is typed in, sorted by a click on a column's header, and an action's row opens the action.
 */
final class QuestionsView {

    /** The two questions. */
    enum Question {
        ACTIONS, BUDGET
    }

    /** One row of an answer: its cells, what each column sorts by, and the file it opens (an action's). */
    record Answer(List<String> cells, List<Comparable<?>> keys, Optional<TextRows.Target> opens) {
    }

    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9-]*");

    private final Composite control;
    private final Combo question;
    private final Composite actionFilters;
    private final Composite budgetFilters;
    private final Combo scope;
    private final Combo term;
    private final Combo theme;
    private final Combo status;
    private final Text municipality;
    private final Text linked;
    private final Combo grouping;
    private final Button ask;
    private final Text search;
    private final Label count;
    private final TableViewer table;
    private final Texts texts;
    private final Overviews overviews;
    private final Background background;
    private List<Answer> answers = List.of();
    private int sortColumn = -1;
    private boolean descending;
    private boolean running;
    private Question answered;

    QuestionsView(Composite parent, Texts texts, Overviews overviews, Background background,
            Consumer<TextRows.Target> open) {
        this.texts = texts;
        this.overviews = overviews;
        this.background = background;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        new Label(control, SWT.NONE).setText(texts.get("questions.question"));
        question = new Combo(control, SWT.DROP_DOWN | SWT.READ_ONLY);
        question.setData("name", "question");
        question.setItems(texts.get("questions.actions"), texts.get("questions.budget"));
        question.select(0);
        ask = new Button(control, SWT.PUSH);
        ask.setText(texts.get("questions.ask"));
        ask.setData("name", "ask");
        ask.addListener(SWT.Selection, event -> ask());
        ask.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, true, false));

        actionFilters = new Composite(control, SWT.NONE);
        actionFilters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        actionFilters.setLayout(filterRow());
        scope = choice(actionFilters, texts.get("questions.scope"), "scope", false, ActionScope.class);
        scope.select(List.of(scope.getItems()).indexOf(ActionScope.ALL.code()));
        term = choice(actionFilters, texts.get("questions.term"), "term", true, Term.class);
        theme = choice(actionFilters, texts.get("questions.theme"), "theme", true, Theme.class);
        status = choice(actionFilters, texts.get("questions.status"), "status", true, ActionStatus.class);
        municipality = text(actionFilters, texts.get("questions.municipality"), "municipality", "GM0758");
        linked = text(actionFilters, texts.get("questions.linked"), "linked", "PV30/digitalisering-mkb");
        budgetFilters = new Composite(control, SWT.NONE);
        budgetFilters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        budgetFilters.setLayout(filterRow());
        grouping = choice(budgetFilters, texts.get("questions.by"), "by", false, BudgetGrouping.class);
        grouping.select(0);
        question.addListener(SWT.Selection, event -> showFilters());

        new Label(control, SWT.NONE).setText(texts.get("questions.search"));
        search = new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        search.setData("name", "search");
        search.setMessage(texts.get("questions.searchHint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        table = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData("name", "answers");
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        count = new Label(control, SWT.WRAP);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                String wanted = search.getText().strip().toLowerCase(Locale.ROOT);
                return wanted.isEmpty() || element instanceof Answer answer && answer.cells().stream()
                        .anyMatch(cell -> cell.toLowerCase(Locale.ROOT).contains(wanted));
            }
        });
        table.setComparator(new ViewerComparator() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public int compare(Viewer viewer, Object first, Object second) {
                if (sortColumn < 0) {
                    return 0;
                }
                Comparable a = ((Answer) first).keys().get(sortColumn);
                Comparable b = ((Answer) second).keys().get(sortColumn);
                int order = Comparator.<Comparable>naturalOrder().compare(a, b);
                return descending ? -order : order;
            }
        });
        table.addDoubleClickListener(event -> {
            if (table.getStructuredSelection().getFirstElement() instanceof Answer answer) {
                answer.opens().ifPresent(open);
            }
        });
        search.addListener(SWT.Modify, event -> {
            table.refresh();
            counted();
        });
        showFilters();
        columns(Question.ACTIONS);
    }

    private <E extends Enum<E> & Vocabulary> Combo choice(Composite parent, String label, String name, boolean any,
            Class<E> type) {
        Composite pair = pair(parent, label);
        Combo combo = new Combo(pair, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setData("name", name);
        if (any) {
            combo.add(texts.get("questions.any"));
        }
        Vocabulary.codes(type).forEach(combo::add);
        combo.select(0);
        return combo;
    }

    private Text text(Composite parent, String label, String name, String hint) {
        Composite pair = pair(parent, label);
        Text field = new Text(pair, SWT.BORDER);
        field.setData("name", name);
        field.setMessage(hint);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 150;
        field.setLayoutData(data);
        field.addListener(SWT.DefaultSelection, event -> ask());
        return field;
    }

    /** The filters in a row that wraps when the view is narrow. */
    private static org.eclipse.swt.layout.RowLayout filterRow() {
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        row.marginLeft = 0;
        row.spacing = 12;
        return row;
    }

    /** A filter's label and the composite its control goes into, kept together when the row wraps. */
    private static Composite pair(Composite parent, String label) {
        Composite pair = new Composite(parent, SWT.NONE);
        pair.setLayout(FormLayouts.flush(2));
        new Label(pair, SWT.NONE).setText(label);
        return pair;
    }

    private void showFilters() {
        boolean actions = selectedQuestion() == Question.ACTIONS;
        actionFilters.setVisible(actions);
        ((GridData) actionFilters.getLayoutData()).exclude = !actions;
        budgetFilters.setVisible(!actions);
        ((GridData) budgetFilters.getLayoutData()).exclude = actions;
        control.layout(true, true);
    }

    Composite control() {
        return control;
    }

    Question selectedQuestion() {
        return question.getSelectionIndex() == 1 ? Question.BUDGET : Question.ACTIONS;
    }

    /** Asks the question chosen with the filters given, in the background; a wrong filter is told in one line. */
    void ask() {
        Question asked = selectedQuestion();
        java.util.function.Supplier<List<Answer>> work;
        if (asked == Question.ACTIONS) {
            Optional<ActionQuery> query = query();
            if (query.isEmpty()) {
                return;
            }
            work = () -> overviews.actions(query.get()).stream().map(this::answer).toList();
        } else {
            BudgetGrouping by = Vocabulary.fromCode(BudgetGrouping.class, grouping.getText()).orElse(BudgetGrouping.TERM);
            work = () -> overviews.budget(by).stream().map(total -> answer(total, by)).toList();
        }
        running = true;
        ask.setEnabled(false);
        count.setText(texts.get("questions.asking"));
        background.run(texts.get("status.asking"), work, read -> {
            done();
            if (table.getTable().isDisposed()) {
                return;
            }
            if (answered != asked) {
                columns(asked);
            }
            answers = read;
            table.setInput(read);
            counted();
        }, failure -> {
            done();
            count.setText(texts.get("questions.failed", String.valueOf(failure.getMessage())));
        });
    }

    private void done() {
        running = false;
        if (!ask.isDisposed()) {
            ask.setEnabled(true);
        }
    }

    private Optional<ActionQuery> query() {
        ActionQuery query = ActionQuery.in(Vocabulary.fromCode(ActionScope.class, scope.getText()).orElse(ActionScope.ALL));
        Optional<Term> chosenTerm = Vocabulary.fromCode(Term.class, term.getText());
        Optional<Theme> chosenTheme = Vocabulary.fromCode(Theme.class, theme.getText());
        Optional<ActionStatus> chosenStatus = Vocabulary.fromCode(ActionStatus.class, status.getText());
        if (chosenTerm.isPresent()) {
            query = query.withTerm(chosenTerm.get());
        }
        if (chosenTheme.isPresent()) {
            query = query.withTheme(chosenTheme.get());
        }
        if (chosenStatus.isPresent()) {
            query = query.withStatus(chosenStatus.get());
        }
        String code = municipality.getText().strip();
        if (!code.isEmpty()) {
            if (!MunicipalityCode.isValid(code)) {
                count.setText(texts.get("questions.badMunicipality", code));
                return Optional.empty();
            }
            query = query.withMunicipality(code);
        }
        String link = linked.getText().strip();
        if (!link.isEmpty()) {
            if (!LINK.matcher(link).matches()) {
                count.setText(texts.get("questions.badLink", link));
                return Optional.empty();
            }
            query = query.withLinked(link);
        }
        return Optional.of(query);
    }

    private Answer answer(ActionHit hit) {
        String who = String.join(", ", hit.municipalities());
        String budget = hit.budget().map(amount -> texts.get("questions.euros", amount)).orElse("");
        return new Answer(List.of(who, hit.title(), hit.term().code(), hit.status().code(), budget,
                hit.budgetSource().map(Vocabulary::code).orElse(""), hit.file()),
                List.of(who, hit.title().toLowerCase(Locale.ROOT), hit.term().ordinal(), hit.status().ordinal(),
                        hit.budget().orElse(-1L), hit.budgetSource().map(Enum::ordinal).orElse(-1), hit.file()),
                Optional.of(new TextRows.Target(hit.repository(), hit.path())));
    }

    private Answer answer(BudgetTotal total, BudgetGrouping by) {
        String group = total.group().orElse(texts.get(by == BudgetGrouping.SOURCE ? "questions.noSource"
                : "questions.noCode"));
        return new Answer(List.of(total.repository(), total.owner().orElse(""), group,
                texts.get("questions.euros", total.amount()), Integer.toString(total.actions()),
                Integer.toString(total.withoutAmount())),
                List.of(total.repository(), total.owner().orElse(""), group, total.amount(), total.actions(),
                        total.withoutAmount()), Optional.empty());
    }

    /** The columns of an answer to the question. */
    private void columns(Question asked) {
        for (TableColumn column : table.getTable().getColumns()) {
            column.dispose();
        }
        sortColumn = -1;
        answered = asked;
        List<String> titles = asked == Question.ACTIONS
                ? List.of("questions.col.municipalities", "questions.col.title", "questions.col.term",
                        "questions.col.status", "questions.col.budget", "questions.col.source", "questions.col.file")
                : List.of("questions.col.repository", "questions.col.owner", "questions.col.group",
                        "questions.col.amount", "questions.col.actions", "questions.col.withoutAmount");
        List<Integer> widths = asked == Question.ACTIONS ? List.of(130, 230, 70, 80, 90, 80, 300)
                : List.of(200, 110, 150, 120, 70, 110);
        for (int i = 0; i < titles.size(); i++) {
            int index = i;
            TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
            column.getColumn().setText(texts.get(titles.get(i)));
            column.getColumn().setWidth(widths.get(i));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof Answer answer ? answer.cells().get(index) : "";
                }
            });
            column.getColumn().addListener(SWT.Selection, event -> sortBy(index));
        }
    }

    /** Sorts by a column, as a click on its header does: a second click turns the order around. */
    void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        table.getTable().setSortColumn(table.getTable().getColumn(column));
        table.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
        table.refresh();
    }

    private void counted() {
        int shown = table.getTable().getItemCount();
        count.setText(texts.get(answered == Question.BUDGET ? "questions.countBudget" : "questions.count", shown,
                answers.size()));
    }

    // --- for the tests

    Combo question() {
        return question;
    }

    Combo combo(String name) {
        return switch (name) {
            case "scope" -> scope;
            case "term" -> term;
            case "theme" -> theme;
            case "status" -> status;
            case "by" -> grouping;
            default -> throw new IllegalArgumentException(name);
        };
    }

    Text municipality() {
        return municipality;
    }

    Text linked() {
        return linked;
    }

    Text search() {
        return search;
    }

    TableViewer table() {
        return table;
    }

    String count() {
        return count.getText();
    }

    boolean isRunning() {
        return running;
    }

    /** The rows as shown, top to bottom: each row's cells. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : table.getTable().getItems()) {
            rows.add(((Answer) item.getData()).cells());
        }
        return rows;
    }
}
