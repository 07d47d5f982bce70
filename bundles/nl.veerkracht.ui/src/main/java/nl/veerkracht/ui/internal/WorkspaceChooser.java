package nl.veerkracht.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * Asked when the client starts outside a workspace: open an existing workspace folder, or start a
 * new one (as {@code veerkracht init}: a folder, the municipality's CBS code and name, the province).
 */
final class WorkspaceChooser extends Dialog {

    private final Texts texts;
    private final PlanStore store;
    private Text folder;
    private Text code;
    private Text name;
    private Text province;
    private Label message;
    private Workspace chosen;

    WorkspaceChooser(Shell parent, Texts texts, PlanStore store) {
        super(parent);
        this.texts = texts;
        this.store = store;
    }

    Optional<Workspace> choose() {
        return open() == OK ? Optional.ofNullable(chosen) : Optional.empty();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("chooser.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(texts.get("chooser.intro"));
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        new Label(area, SWT.NONE).setText(texts.get("chooser.folder"));
        folder = new Text(area, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(texts.get("chooser.browse"));
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            String picked = dialog.open();
            if (picked != null) {
                folder.setText(picked);
            }
        });
        Label create = new Label(area, SWT.WRAP);
        create.setText(texts.get("chooser.createIntro"));
        create.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        code = field(area, "chooser.code");
        name = field(area, "chooser.name");
        province = field(area, "chooser.province");
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        return area;
    }

    private Text field(Composite area, String key) {
        new Label(area, SWT.NONE).setText(texts.get(key));
        Text text = new Text(area, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("chooser.open"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("chooser.cancel"), false);
    }

    @Override
    protected void okPressed() {
        String directory = folder.getText().strip();
        if (directory.isEmpty()) {
            message.setText(texts.get("chooser.noFolder"));
            return;
        }
        try {
            if (code.getText().isBlank()) {
                chosen = Workspace.at(Path.of(directory));
            } else {
                String provinceCode = province.getText().strip();
                chosen = store.init(Path.of(directory), code.getText().strip(), name.getText().strip(),
                        provinceCode.isEmpty() ? Optional.empty() : Optional.of(provinceCode), Optional.empty());
            }
        } catch (StoreException e) {
            message.setText(e.describe(texts.language().locale()));
            message.getParent().layout(true, true);
            return;
        }
        super.okPressed();
    }
}
