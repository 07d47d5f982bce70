package nl.veerkracht.ui.internal;

import java.util.Locale;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.veerkracht.merge.EntityChange;
import nl.veerkracht.merge.FieldChange;
import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.EntityRevision;

/**
 * What changed, as {@code veerkracht diff} tells it: per entity (added, removed, changed) its fields
 * with the value before and after. Used by the changes view and the history.
 */
final class ChangeTree {

    private final TreeViewer viewer;

    ChangeTree(Composite parent, Texts texts, String name) {
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setData("name", name);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof PlanDiff diff ? diff.entities().toArray()
                        : input instanceof java.util.List<?> revisions ? revisions.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof EntityChange change ? change.fields().toArray()
                        : parent instanceof EntityRevision revision ? revision.fields().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        column(texts.get("changes.what"), 360, element -> {
            if (element instanceof EntityChange change) {
                return change.path() + " (" + texts.get("change." + change.type().name().toLowerCase(Locale.ROOT)) + ")";
            }
            if (element instanceof FieldChange change) {
                return change.field().isRoot() ? "" : change.field().toString();
            }
            if (element instanceof EntityRevision revision) {
                return revision.commit().when().toLocalDate() + " " + revision.commit().author().name() + ": "
                        + revision.commit().subject() + " ("
                        + texts.get("change." + (revision.change() == EntityRevision.Change.CHANGED ? "modified"
                                : revision.change().name().toLowerCase(Locale.ROOT))) + ")";
            }
            return "";
        });
        column(texts.get("changes.before"), 240, element -> element instanceof FieldChange change
                ? DocumentEdits.text(change.before()).replace('\n', ' ') : "");
        column(texts.get("changes.after"), 240, element -> element instanceof FieldChange change
                ? DocumentEdits.text(change.after()).replace('\n', ' ') : "");
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    void show(PlanDiff diff) {
        viewer.setInput(diff);
        viewer.expandAll();
    }

    /** The history of one entity: each commit that changed it, with its field changes. */
    void show(java.util.List<EntityRevision> revisions) {
        viewer.setInput(revisions);
        viewer.expandAll();
    }

    TreeViewer viewer() {
        return viewer;
    }
}
