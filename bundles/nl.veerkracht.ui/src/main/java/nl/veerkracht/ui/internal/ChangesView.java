package nl.veerkracht.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.merge.PlanDiff;
import nl.veerkracht.store.RepositoryName;

/**
 * The changes since the last commit, field by field, of the plan or of a regional plan (the choice
 * above them), with the button that commits them.
 */
final class ChangesView {

    private final Composite control;
    private final org.eclipse.swt.widgets.Combo repositories;
    private java.util.Map<RepositoryName, PlanDiff> diffs = java.util.Map.of();
    private java.util.List<RepositoryName> names = java.util.List.of();
    private final Label summary;
    private final ChangeTree changes;
    private final Button commit;
    private final Texts texts;

    ChangesView(Composite parent, Texts texts, java.util.function.Consumer<RepositoryName> commitAction) {
        this.texts = texts;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));
        repositories = new org.eclipse.swt.widgets.Combo(control, SWT.DROP_DOWN | SWT.READ_ONLY);
        repositories.addListener(SWT.Selection, event -> showSelected());
        summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        commit = new Button(control, SWT.PUSH);
        commit.setText(texts.get("action.commit"));
        commit.addListener(SWT.Selection, event -> commitAction.accept(selected()));
        changes = new ChangeTree(control, texts, "changes");
        changes.viewer().getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
    }

    /** The changes of every repository the user writes, the plan first. */
    void show(java.util.Map<RepositoryName, PlanDiff> byRepository) {
        RepositoryName before = selected();
        diffs = byRepository;
        names = java.util.List.copyOf(byRepository.keySet());
        repositories.removeAll();
        names.forEach(name -> repositories.add(name.folder()));
        repositories.select(Math.max(names.indexOf(before), 0));
        showSelected();
    }

    java.util.Map<RepositoryName, PlanDiff> diffs() {
        return diffs;
    }

    /** The repository whose changes are shown (and committed by the button). */
    RepositoryName selected() {
        int index = repositories.getSelectionIndex();
        return index >= 0 && index < names.size() ? names.get(index) : RepositoryName.PLAN;
    }

    /** Shows the changes of a repository, for the menu and the tests. */
    void select(RepositoryName repository) {
        int index = names.indexOf(repository);
        if (index >= 0) {
            repositories.select(index);
            showSelected();
        }
    }

    private void showSelected() {
        show(diffs.getOrDefault(selected(), new PlanDiff(java.util.List.of())));
    }

    private void show(PlanDiff diff) {
        summary.setText(diff.isEmpty() ? texts.get("changes.none") : texts.get("changes.summary", diff.entities().size()));
        commit.setEnabled(!diff.isEmpty());
        changes.show(diff);
        control.layout(true, true);
    }

    Composite control() {
        return control;
    }

    Tree tree() {
        return changes.viewer().getTree();
    }
}
