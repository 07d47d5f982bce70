package nl.veerkracht.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.region.PendingConflict;
import nl.veerkracht.region.PendingMerge;

/**
 * The conflicts a sync left, to come back to (as {@code veerkracht conflicts}): every open conflict with its
 * entity, field, and the value as both had it, ours and theirs; a button opens the dialog that settles them,
 * and when they are all settled (also with {@code veerkracht resolve}), one finishes the merge.
 */
final class ConflictsView {

    private final Texts texts;
    private final Composite control;
    private final Label summary;
    private final Table table;
    private final Button settle;
    private final Button finish;
    private List<PendingMerge> merges = List.of();

    ConflictsView(Composite parent, Texts texts, Runnable settleAction, Runnable finishAction) {
        this.texts = texts;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        summary = new Label(control, SWT.WRAP);
        GridData summaryLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        summaryLayout.widthHint = 1; // wraps within the tab instead of widening it
        summary.setLayoutData(summaryLayout);
        summary.setText(texts.get("conflicts.none"));
        settle = new Button(control, SWT.PUSH);
        settle.setText(texts.get("action.conflicts"));
        settle.addListener(SWT.Selection, event -> settleAction.run());
        finish = new Button(control, SWT.PUSH);
        finish.setText(texts.get("conflict.finish"));
        finish.addListener(SWT.Selection, event -> finishAction.run());
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("name", "conflicts-view");
        for (String[] column : new String[][] {{"conflict.entity", "220"}, {"conflict.field", "200"},
                {"conflict.with", "200"}, {"conflict.base", "160"}, {"conflict.oursShort", "160"},
                {"conflict.theirsShort", "160"}}) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(texts.get(column[0]));
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.DefaultSelection, event -> settleAction.run());
        show(List.of());
    }

    Composite control() {
        return control;
    }

    /** The pending merges as {@code veerkracht conflicts} lists them. */
    void show(List<PendingMerge> pending) {
        merges = List.copyOf(pending);
        table.removeAll();
        int open = 0;
        for (PendingMerge merge : merges) {
            for (PendingConflict conflict : merge.open()) {
                open++;
                FieldConflict field = conflict.conflict();
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {conflict.entityTitle(),
                        field.field().isRoot() ? texts.get("conflict.wholeEntity")
                                : FieldLabels.of(texts, field.field()) + " (" + field.field() + ")",
                        texts.get("conflict.withMember", merge.memberName(), merge.member(), merge.region().name()),
                        oneLine(field, field.base()), oneLine(field, field.ours()), oneLine(field, field.theirs())});
            }
        }
        boolean settled = !merges.isEmpty() && open == 0;
        summary.setText(merges.isEmpty() ? texts.get("conflicts.none")
                : settled ? texts.get("conflicts.allSettled") : texts.get("conflicts.open", open));
        settle.setEnabled(open > 0);
        finish.setEnabled(settled);
        control.layout(true, true);
    }

    private String oneLine(FieldConflict conflict, java.util.Optional<nl.veerkracht.model.document.Node> value) {
        return ConflictSides.text(conflict, value).map(text -> text.replace('\n', ' ')).orElse(texts.get("conflict.absent"));
    }

    List<PendingMerge> merges() {
        return merges;
    }

    Table table() {
        return table;
    }

    String summary() {
        return summary.getText();
    }
}
