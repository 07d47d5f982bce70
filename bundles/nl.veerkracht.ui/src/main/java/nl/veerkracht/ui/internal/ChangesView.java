package nl.veerkracht.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.merge.PlanDiff;

/** The changes of the plan since its last commit, field by field, with the button that commits them. */
final class ChangesView {

    private final Composite control;
    private final Label summary;
    private final ChangeTree changes;
    private final Button commit;
    private final Texts texts;

    ChangesView(Composite parent, Texts texts, Runnable commitAction) {
        this.texts = texts;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        commit = new Button(control, SWT.PUSH);
        commit.setText(texts.get("action.commit"));
        commit.addListener(SWT.Selection, event -> commitAction.run());
        changes = new ChangeTree(control, texts, "changes");
        changes.viewer().getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    }

    void show(PlanDiff diff) {
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
