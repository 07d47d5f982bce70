package nl.veerkracht.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.model.EntityKind;
import nl.veerkracht.ui.internal.WorkspaceOutline.Entity;
import nl.veerkracht.ui.internal.WorkspaceOutline.Group;
import nl.veerkracht.ui.internal.WorkspaceOutline.Repository;

/**
 * The workspace tree: the plan, the regional plans, the province's programme and the members' plans,
 * each with its entities grouped by kind and shown by title. A file with problems is shown red with
 * their number; a read-only repository grey, marked read-only. Opening an entity (double-click or
 * Enter) hands it to the window.
 */
public final class WorkspaceTreeView {

    private final TreeViewer viewer;
    private final Texts texts;

    public WorkspaceTreeView(Composite parent, Texts texts, Consumer<Entity> open) {
        this.texts = texts;
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new LabelProvider(parent.getDisplay().getSystemColor(SWT.COLOR_RED),
                parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)));
        viewer.setAutoExpandLevel(2);
        viewer.addOpenListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof Entity entity) {
                open.accept(entity);
            } else if (element instanceof Repository repository) {
                open.accept(repository.planEntity());
            }
        });
        viewer.getTree().setData("name", "workspace-tree");
    }

    public Tree tree() {
        return viewer.getTree();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public void show(WorkspaceOutline outline) {
        Object[] expanded = viewer.getExpandedElements();
        viewer.setInput(outline);
        if (expanded.length > 0) {
            viewer.setExpandedElements(expanded);
        }
    }

    /** A repository as the tree and the lists of repositories name it: {@code Plan van lid: Roosendaal (members/GM1674)}. */
    static String describe(Texts texts, Repository repository) {
        String kind = texts.get("repository." + repository.name().kind().name().toLowerCase(java.util.Locale.ROOT));
        return kind + ": " + repository.title() + " (" + repository.name().folder() + ")";
    }

    private String kindName(EntityKind kind) {
        return texts.get("kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private final class LabelProvider extends ColumnLabelProvider {
        private final Color problemColour;
        private final Color readOnlyColour;

        LabelProvider(Color problemColour, Color readOnlyColour) {
            this.problemColour = problemColour;
            this.readOnlyColour = readOnlyColour;
        }

        @Override
        public String getText(Object element) {
            if (element instanceof Repository repository) {
                String text = describe(texts, repository);
                if (repository.isReadOnly()) {
                    text += " \u2014 " + texts.get("tree.readOnly");
                }
                if (!repository.planProblems().isEmpty()) {
                    text += " \u2014 " + texts.get("tree.problems", repository.planProblems().size());
                }
                return text;
            }
            if (element instanceof Group group) {
                return kindName(group.kind()) + " (" + group.entities().size() + ")";
            }
            if (element instanceof Entity entity) {
                return entity.problems().isEmpty() ? entity.title()
                        : "\u26a0 " + entity.title() + " \u2014 " + texts.get("tree.problems", entity.problems().size());
            }
            return String.valueOf(element);
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof Entity entity) {
                StringBuilder tip = new StringBuilder(entity.path());
                entity.problems().forEach(problem -> tip.append('\n').append(problem.render(texts.language())));
                return tip.toString();
            }
            return null;
        }

        @Override
        public Color getForeground(Object element) {
            if (element instanceof Entity entity && !entity.problems().isEmpty()) {
                return problemColour;
            }
            if (element instanceof Repository repository && !repository.planProblems().isEmpty()) {
                return problemColour;
            }
            boolean readOnly = element instanceof Repository repository ? repository.isReadOnly()
                    : element instanceof Group group ? group.isReadOnly()
                    : element instanceof Entity entity && entity.repository().isReadOnly();
            return readOnly ? readOnlyColour : null;
        }
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof WorkspaceOutline outline ? outline.repositories().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Repository repository) {
                return repository.groups().toArray();
            }
            if (parent instanceof Group group) {
                return group.entities().toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
