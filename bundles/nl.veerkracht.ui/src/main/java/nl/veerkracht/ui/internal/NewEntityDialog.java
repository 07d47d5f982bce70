package nl.veerkracht.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.model.EntityKind;

/** A new entity of the plan: its kind and its title; its id follows from the title. */
final class NewEntityDialog extends Dialog {

    static final List<EntityKind> KINDS = List.of(EntityKind.ACTION, EntityKind.NEED, EntityKind.STAKEHOLDER,
            EntityKind.INDICATOR, EntityKind.LESSON, EntityKind.SCENARIO);

    private final Texts texts;
    private final Function<EntityKind, Set<String>> takenIds;
    private Combo kind;
    private Text title;
    private Label id;
    private EntityKind chosenKind;
    private String chosenTitle;
    private String chosenId;

    NewEntityDialog(Shell parent, Texts texts, Function<EntityKind, Set<String>> takenIds) {
        super(parent);
        this.texts = texts;
        this.takenIds = takenIds;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("new.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(texts.get("new.kind"));
        kind = new Combo(area, SWT.DROP_DOWN | SWT.READ_ONLY);
        KINDS.forEach(k -> kind.add(texts.get("kind.one." + k.name().toLowerCase(Locale.ROOT))));
        kind.select(0);
        new Label(area, SWT.NONE).setText(texts.get("new.name"));
        title = new Text(area, SWT.BORDER);
        GridData titleLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        titleLayout.widthHint = 380;
        title.setLayoutData(titleLayout);
        new Label(area, SWT.NONE).setText(texts.get("new.id"));
        id = new Label(area, SWT.NONE);
        id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        kind.addListener(SWT.Selection, event -> update());
        title.addListener(SWT.Modify, event -> update());
        update();
        return area;
    }

    private void update() {
        EntityKind selected = KINDS.get(Math.max(kind.getSelectionIndex(), 0));
        String text = title.getText().strip();
        String next = EntityIds.fromTitle(text, takenIds.apply(selected));
        id.setText(text.isEmpty() ? "" : selected.pathOf(next));
        Control ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!text.isEmpty());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("new.ok"), true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("chooser.cancel"), false);
    }

    @Override
    protected void okPressed() {
        chosenKind = KINDS.get(Math.max(kind.getSelectionIndex(), 0));
        chosenTitle = title.getText().strip();
        chosenId = EntityIds.fromTitle(chosenTitle, takenIds.apply(chosenKind));
        super.okPressed();
    }

    EntityKind kind() {
        return chosenKind;
    }

    String entityTitle() {
        return chosenTitle;
    }

    String id() {
        return chosenId;
    }

    // for the tests
    void fill(EntityKind entityKind, String text) {
        kind.select(KINDS.indexOf(entityKind));
        title.setText(text);
    }

    void pressOk() {
        okPressed();
    }
}
