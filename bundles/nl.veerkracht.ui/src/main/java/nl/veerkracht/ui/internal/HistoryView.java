package nl.veerkracht.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;

/**
 * The history of the plan: every commit with when, who, the municipality and its subject, newest first;
 * selecting one shows what it changed, field by field (its diff with the commit before it).
 */
final class HistoryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SashForm control;
    private final TableViewer commits;
    private final ChangeTree changes;
    private final Texts texts;
    private final WorkspaceSession session;
    private final Background background;
    private final RepositoryName repository = RepositoryName.PLAN;

    HistoryView(Composite parent, Texts texts, WorkspaceSession session, Background background) {
        this.texts = texts;
        this.session = session;
        this.background = background;
        control = new SashForm(parent, SWT.VERTICAL);
        commits = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        commits.getTable().setHeaderVisible(true);
        commits.getTable().setLinesVisible(true);
        commits.getTable().setData("name", "history");
        commits.setContentProvider(ArrayContentProvider.getInstance());
        column(texts.get("history.when"), 130, entry -> entry.when().format(WHEN));
        column(texts.get("history.who"), 160, entry -> entry.author().name());
        column(texts.get("history.municipality"), 110, entry -> entry.municipality().orElse(""));
        column(texts.get("history.subject"), 420, HistoryEntry::subject);
        changes = new ChangeTree(control, texts, "history-changes");
        control.setWeights(45, 55);
        commits.addSelectionChangedListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof HistoryEntry entry) {
                showChanges(entry);
            }
        });
    }

    private void column(String title, int width, Function<HistoryEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(commits, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof HistoryEntry entry ? text.apply(entry) : "";
            }
        });
    }

    /** Reads the history again, in the background. */
    void refresh() {
        background.run(texts.get("status.history"), () -> session.log(repository), this::show);
    }

    private void show(List<HistoryEntry> log) {
        if (commits.getTable().isDisposed() || log.equals(commits.getInput())) {
            return;
        }
        commits.setInput(log);
    }

    private void showChanges(HistoryEntry entry) {
        if (entry.parentIds().isEmpty()) {
            changes.show(new PlanDiff(List.of()));
            return;
        }
        background.run(texts.get("status.history"),
                () -> session.diff(repository, entry.parentIds().get(0), entry.commitId()), changes::show);
    }

    SashForm control() {
        return control;
    }

    Table table() {
        return commits.getTable();
    }

    Tree changes() {
        return changes.viewer().getTree();
    }

    TableViewer viewer() {
        return commits;
    }
}
