package nl.veerkracht.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/**
 * A tree of rows of texts, each row with the rows under it and, where it stands for an entity of the workspace,
 * that entity's file, which a double-click (or Enter) opens. The province view's programme and pull reports.
 */
final class TextRows {

    /** Where a row leads: a file of a repository of the workspace ({@code plan}, {@code actions/x.yaml}). */
    record Target(String repository, String path) {
    }

    /** One row: its texts by column, the rows under it, the file it opens, and whether it is marked. */
    record Row(List<String> cells, List<Row> children, Optional<Target> opens, boolean isMarked) {
        Row {
            cells = List.copyOf(cells);
            children = List.copyOf(children);
        }

        static Row of(String... cells) {
            return new Row(List.of(cells), List.of(), Optional.empty(), false);
        }

        Row with(List<Row> rows) {
            return new Row(cells, rows, opens, isMarked);
        }

        Row opening(String repository, String path) {
            return new Row(cells, children, Optional.of(new Target(repository, path)), isMarked);
        }

        Row marked() {
            return new Row(cells, children, opens, true);
        }
    }

    private final TreeViewer viewer;
    private final Color mark;

    /**
     * @param columns each column's title and width, in pairs
     */
    TextRows(Composite parent, String name, Consumer<Target> open, Object... columns) {
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setData("name", name);
        mark = new Color(0xff, 0xe0, 0xb2);
        viewer.getTree().addDisposeListener(event -> mark.dispose());
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> rows ? rows.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof Row row ? row.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof Row row && !row.children().isEmpty();
            }
        });
        for (int i = 0; i < columns.length / 2; i++) {
            int index = i;
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText((String) columns[2 * i]);
            column.getColumn().setWidth((Integer) columns[2 * i + 1]);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof Row row && index < row.cells().size() ? row.cells().get(index) : "";
                }

                @Override
                public Color getBackground(Object element) {
                    return element instanceof Row row && row.isMarked() ? mark : null;
                }
            });
        }
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Row row) {
                row.opens().ifPresent(open);
            }
        });
    }

    void show(List<Row> rows) {
        viewer.setInput(rows);
        viewer.expandAll();
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** The colour of a marked row. */
    Color mark() {
        return mark;
    }
}
