package nl.veerkracht.ui.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.ui.internal.WorkspaceOutline.Entity;

/**
 * The history of a repository of the workspace (the plan, chosen above it, or a regional plan, the
 * province's programme, a member's plan): every commit with when, who, the municipality and its subject, newest
 * first, the council's approvals marked as milestones. Selecting one commit shows what it changed,
 * field by field; selecting two compares those versions; one button shows what changed since the
 * last approval; the history of one entity comes from its editor.
 */
final class HistoryView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the history shows: the plan's commits and the council's approvals among them. */
    record Log(RepositoryName repository, List<HistoryEntry> commits, List<CouncilApproval> approvals) {
    }

    private final Composite control;
    private final RepositoryChoice repositories;
    private final Label heading;
    private final Button sinceApproval;
    private final TableViewer commits;
    private final Label comparing;
    private final ChangeTree changes;
    private final Texts texts;
    private final WorkspaceSession session;
    private final Background background;
    private final Color milestone;
    private Map<String, CouncilApproval> approvalsByCommit = Map.of();
    private List<CouncilApproval> approvals = List.of();
    private RepositoryName shown;

    HistoryView(Composite parent, Texts texts, WorkspaceSession session, Background background) {
        this.texts = texts;
        this.session = session;
        this.background = background;
        milestone = new Color(0xff, 0xf3, 0xc4);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        control.addDisposeListener(event -> milestone.dispose());
        repositories = new RepositoryChoice(control, texts, texts.get("history.of"), "history-repository",
                chosen -> refresh());
        repositories.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sinceApproval = new Button(control, SWT.PUSH);
        sinceApproval.setText(texts.get("history.sinceApproval"));
        sinceApproval.setEnabled(false);
        sinceApproval.addListener(SWT.Selection, event -> showSinceApproval());
        heading = new Label(control, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        heading.setText(texts.get("history.heading"));
        SashForm sash = new SashForm(control, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        commits = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        commits.getTable().setHeaderVisible(true);
        commits.getTable().setLinesVisible(true);
        commits.getTable().setData("name", "history");
        commits.setContentProvider(ArrayContentProvider.getInstance());
        column(texts.get("history.when"), 130, entry -> entry.when().format(WHEN));
        column(texts.get("history.who"), 140, entry -> entry.author().name());
        column(texts.get("history.municipality"), 100, entry -> entry.municipality().orElse(""));
        column(texts.get("history.approval"), 150, entry -> approvalsByCommit.containsKey(entry.commitId())
                ? "\u2605 " + approvalsByCommit.get(entry.commitId()).tagName() : "");
        column(texts.get("history.subject"), 380, HistoryEntry::subject);
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayout lowerLayout = new GridLayout(1, false);
        lowerLayout.marginWidth = 0;
        lower.setLayout(lowerLayout);
        comparing = new Label(lower, SWT.WRAP);
        comparing.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        changes = new ChangeTree(lower, texts, "history-changes");
        changes.viewer().getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(45, 55);
        commits.addSelectionChangedListener(event -> {
            List<?> selected = ((IStructuredSelection) event.getSelection()).toList();
            if (selected.size() == 1 && selected.get(0) instanceof HistoryEntry entry) {
                showChanges(entry);
            } else if (selected.size() == 2) {
                compare((HistoryEntry) selected.get(0), (HistoryEntry) selected.get(1));
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

            @Override
            public Color getBackground(Object element) {
                return element instanceof HistoryEntry entry && approvalsByCommit.containsKey(entry.commitId())
                        ? milestone : null;
            }
        });
    }

    /** The repositories to choose from, as the tree shows them. */
    void repositories(WorkspaceOutline outline) {
        repositories.show(outline);
    }

    /** The repository whose history is shown. */
    RepositoryName repository() {
        return repositories.selected();
    }

    /** Shows the history of another repository, as choosing it above the list does. */
    void select(RepositoryName repository) {
        repositories.select(repository);
    }

    /** Reads the chosen repository's history and the council's approvals again, in the background. */
    void refresh() {
        RepositoryName repository = repository();
        background.run(texts.get("status.history"),
                () -> new Log(repository, session.log(repository), session.approvals(repository)), this::show);
    }

    private void show(Log log) {
        if (commits.getTable().isDisposed() || !log.repository().equals(repository())) {
            return; // another repository was chosen meanwhile: its own history follows
        }
        approvals = log.approvals();
        approvalsByCommit = log.approvals().stream()
                .collect(Collectors.toMap(CouncilApproval::commitId, approval -> approval, (first, second) -> second));
        sinceApproval.setEnabled(!approvals.isEmpty());
        sinceApproval.setText(approvals.isEmpty() ? texts.get("history.sinceApproval")
                : texts.get("history.sinceApprovalOf", approvals.get(approvals.size() - 1).tagName()));
        if (!log.repository().equals(shown)) {
            // another repository: what was compared in the one before is not this one's
            shown = log.repository();
            comparing.setText("");
            changes.show(new PlanDiff(List.of()));
        }
        if (!log.commits().equals(commits.getInput())) {
            commits.setInput(log.commits());
        } else {
            commits.refresh();
        }
        control.layout(true, true);
    }

    private void showChanges(HistoryEntry entry) {
        RepositoryName repository = repository();
        comparing.setText(texts.get("history.changesOf", entry.shortId(), entry.subject()));
        if (entry.parentIds().isEmpty()) {
            changes.show(new PlanDiff(List.of()));
            return;
        }
        background.run(texts.get("status.history"),
                () -> session.diff(repository, entry.parentIds().get(0), entry.commitId()), changes::show);
    }

    /** Compares two versions: the older one (lower in the list) with the newer one. */
    private void compare(HistoryEntry first, HistoryEntry second) {
        List<?> input = (List<?>) commits.getInput();
        HistoryEntry newer = input.indexOf(first) < input.indexOf(second) ? first : second;
        HistoryEntry older = newer == first ? second : first;
        RepositoryName repository = repository();
        comparing.setText(texts.get("history.comparing", older.shortId(), newer.shortId()));
        background.run(texts.get("status.history"), () -> session.diff(repository, older.commitId(), newer.commitId()),
                changes::show);
    }

    /** What changed since the council last approved the plan, up to the last commit. */
    void showSinceApproval() {
        if (approvals.isEmpty()) {
            return;
        }
        CouncilApproval last = approvals.get(approvals.size() - 1);
        RepositoryName repository = repository();
        comparing.setText(texts.get("history.since", last.tagName()));
        background.run(texts.get("status.history"), () -> session.diff(repository, last.tagName(), "HEAD"),
                changes::show);
    }

    /** The history of one entity, from its editor: each commit that changed it, field by field. */
    void showEntity(Entity entity) {
        select(entity.repository());
        String heading = texts.get("history.entity", entity.title(), entity.repository().folder() + "/" + entity.path());
        comparing.setText(heading);
        background.run(texts.get("status.history"), () -> session.history(entity.repository(), entity.id()),
                revisions -> {
                    comparing.setText(heading);
                    changes.show(revisions);
                });
    }

    Composite control() {
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

    String comparing() {
        return comparing.getText();
    }
}
