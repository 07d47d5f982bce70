package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.ui.internal.WorkspaceOutline.Repository;

/**
 * Which repository of the workspace a view shows (the check, the history): a label and a list of the
 * repositories as the tree names them, the plan first.
 */
final class RepositoryChoice {

    private final Composite control;
    private final Combo combo;
    private final Texts texts;
    private final Consumer<RepositoryName> chosen;
    private List<RepositoryName> names = List.of(RepositoryName.PLAN);

    RepositoryChoice(Composite parent, Texts texts, String label, String name, Consumer<RepositoryName> chosen) {
        this.texts = texts;
        this.chosen = chosen;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = FormLayouts.flush(2);
        control.setLayout(layout);
        new Label(control, SWT.NONE).setText(label);
        combo = new Combo(control, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setData("name", name);
        combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        combo.add(RepositoryName.PLAN.folder());
        combo.select(0);
        combo.addListener(SWT.Selection, event -> chosen.accept(selected()));
    }

    Composite control() {
        return control;
    }

    /** The repositories of the workspace as read now; the one chosen stays chosen while it is there. */
    void show(WorkspaceOutline outline) {
        RepositoryName before = selected();
        List<RepositoryName> next = new ArrayList<>();
        combo.removeAll();
        for (Repository repository : outline.repositories()) {
            next.add(repository.name());
            combo.add(WorkspaceTreeView.describe(texts, repository));
        }
        names = next;
        combo.select(Math.max(names.indexOf(before), 0));
        control.getParent().layout(true, true);
    }

    RepositoryName selected() {
        int index = combo.getSelectionIndex();
        return index >= 0 && index < names.size() ? names.get(index) : RepositoryName.PLAN;
    }

    /** Chooses a repository, as the list does when the user picks it. */
    void select(RepositoryName repository) {
        int index = names.indexOf(repository);
        if (index >= 0 && !repository.equals(selected())) {
            combo.select(index);
            chosen.accept(repository);
        }
    }

    Combo combo() {
        return combo;
    }
}
