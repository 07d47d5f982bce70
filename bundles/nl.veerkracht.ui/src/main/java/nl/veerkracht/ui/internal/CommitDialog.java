package nl.veerkracht.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.InvalidPlanException;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;

/**
 * Records the plan's changes with a message, as {@code veerkracht commit -m} does. An invalid plan is
 * refused with its findings; opening a finding opens its file at the field.
 */
final class CommitDialog extends Dialog {

    private final Texts texts;
    private final WorkspaceSession session;
    private final RepositoryName repository;
    private final Consumer<Problem> openProblem;
    private final Background background;
    private boolean running;
    private Text message;
    private Label outcome;
    private List problems;
    private java.util.List<Problem> shownProblems = java.util.List.of();
    private HistoryEntry committed;

    CommitDialog(Shell parent, Texts texts, WorkspaceSession session, RepositoryName repository,
            Consumer<Problem> openProblem, Background background) {
        super(parent);
        this.background = background;
        this.texts = texts;
        this.session = session;
        this.repository = repository;
        this.openProblem = openProblem;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("commit.title", repository.folder()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.NONE).setText(texts.get("commit.message"));
        message = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, false);
        layout.heightHint = message.getLineHeight() * 3;
        layout.widthHint = 520;
        message.setLayoutData(layout);
        message.setData("name", "commit-message");
        outcome = new Label(area, SWT.WRAP);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        problems = new List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData problemsLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
        problemsLayout.heightHint = 120;
        problems.setLayoutData(problemsLayout);
        problems.addListener(SWT.DefaultSelection, event -> {
            int index = problems.getSelectionIndex();
            if (index >= 0 && index < shownProblems.size()) {
                openProblem.accept(shownProblems.get(index));
                close();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("commit.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("chooser.cancel"), false);
    }

    @Override
    protected void okPressed() {
        String text = message.getText().strip();
        if (running) {
            return;
        }
        if (text.isEmpty()) {
            outcome.setText(texts.get("commit.noMessage"));
            return;
        }
        // validating and committing a large plan takes a moment: off the user-interface thread, the
        // dialog waiting with its buttons off
        running = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        outcome.setText(texts.get("commit.running"));
        background.run(texts.get("commit.running"), () -> {
            try {
                return (Object) session.commit(repository, text, java.util.Optional.empty());
            } catch (StoreException e) {
                return e;
            }
        }, result -> {
            running = false;
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            if (result instanceof HistoryEntry entry) {
                committed = entry;
                super.okPressed();
            } else if (result instanceof InvalidPlanException e) {
                shownProblems = e.problems();
                problems.removeAll();
                for (Problem problem : shownProblems) {
                    problems.add(repository.folder() + "/" + problem.render(texts.language()));
                }
                outcome.setText(texts.get("commit.invalid", shownProblems.size()));
                outcome.getParent().layout(true, true);
            } else if (result instanceof StoreException e) {
                outcome.setText(e.describe(texts.language().locale()));
                outcome.getParent().layout(true, true);
            }
        });
    }

    @Override
    protected void cancelPressed() {
        if (!running) { // a commit under way is finished first: the window then shows it
            super.cancelPressed();
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!running) {
            super.handleShellCloseEvent();
        }
    }

    /** Whether the commit is still being made, for the tests. */
    boolean isRunning() {
        return running;
    }

    /** The commit made, when the dialog ended with one. */
    java.util.Optional<HistoryEntry> committed() {
        return java.util.Optional.ofNullable(committed);
    }

    // for the tests
    Text messageField() {
        return message;
    }

    String outcome() {
        return outcome.getText();
    }

    void pressOk() {
        okPressed();
    }

    String[] problemLines() {
        return problems.getItems();
    }

    void openProblem(int index) {
        problems.setSelection(index);
        problems.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
    }
}
