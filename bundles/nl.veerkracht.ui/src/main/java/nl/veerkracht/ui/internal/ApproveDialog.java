package nl.veerkracht.ui.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.StoreException;

/**
 * The council's approval of the plan as it is committed now, with the date of the decision and a
 * note: what {@code veerkracht approve --date <date> -m <note>} records (the tag {@code raad/<date>}).
 */
final class ApproveDialog extends Dialog {

    private final Texts texts;
    private final WorkspaceSession session;
    private final boolean uncommitted;
    private DateField date;
    private Text note;
    private Label outcome;
    private CouncilApproval approval;

    ApproveDialog(Shell parent, Texts texts, WorkspaceSession session, boolean uncommitted) {
        super(parent);
        this.texts = texts;
        this.session = session;
        this.uncommitted = uncommitted;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("approve.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(texts.get("approve.intro") + (uncommitted ? "\n" + texts.get("approve.uncommitted") : ""));
        GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introLayout.widthHint = 480;
        intro.setLayoutData(introLayout);
        new Label(area, SWT.NONE).setText(texts.get("approve.date"));
        // typed, or picked in a calendar in the client's language (SWT's own follows the computer's)
        date = new DateField(area, texts, true);
        date.text().setText(LocalDate.now().toString());
        new Label(area, SWT.NONE).setText(texts.get("approve.note"));
        note = new Text(area, SWT.BORDER);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        outcome = new Label(area, SWT.WRAP);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("approve.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("chooser.cancel"), false);
    }

    @Override
    protected void okPressed() {
        Optional<LocalDate> typed = date.date();
        if (typed.isEmpty()) {
            outcome.setText(texts.get("approve.badDate", date.text().getText()));
            outcome.getParent().layout(true, true);
            return;
        }
        LocalDate decided = typed.get();
        String text = note.getText().strip();
        try {
            approval = session.approve(decided, text.isEmpty() ? Optional.empty() : Optional.of(text));
        } catch (StoreException e) {
            outcome.setText(e.describe(texts.language().locale()));
            outcome.getParent().layout(true, true);
            return;
        }
        super.okPressed();
    }

    Optional<CouncilApproval> approval() {
        return Optional.ofNullable(approval);
    }

    // for the tests
    void set(LocalDate day, String text) {
        date.text().setText(day.toString());
        note.setText(text);
    }

    DateField dateField() {
        return date;
    }

    String outcome() {
        return outcome.getText();
    }

    void pressOk() {
        okPressed();
    }
}
