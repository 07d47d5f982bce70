package nl.veerkracht.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.model.Plan;
import nl.veerkracht.report.ReportFormat;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.ui.internal.WorkspaceOutline.Repository;

/**
 * What {@code veerkracht report} asks, as a dialog: the plan or a regional plan, PDF (the default) or HTML, the
 * file (by default {@code veerkracht-<code>-<date>.pdf} in the home folder), and whether the council is informed
 * with it ({@code --informed}: {@code council.last_informed} set in the plan's working tree).
 */
final class ReportDialog extends Dialog {

    /** What the dialog was answered with. */
    record Answer(RepositoryName repository, Overviews.ReportRequestForm form) {
    }

    private final Texts texts;
    private final List<Repository> repositories;
    private final LocalDate today;
    private final Path folder;
    private Combo repository;
    private Button pdf;
    private Button html;
    private Text file;
    private Button informed;
    private Label outcome;
    private Answer answer;

    /**
     * @param repositories the plan and the regional plans, the plan first
     * @param folder where the file goes unless another is chosen
     */
    ReportDialog(Shell parent, Texts texts, List<Repository> repositories, LocalDate today, Path folder) {
        super(parent);
        this.texts = texts;
        this.repositories = repositories;
        this.today = today;
        this.folder = folder;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("report.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(texts.get("report.intro"));
        GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        introLayout.widthHint = 520;
        intro.setLayoutData(introLayout);
        new Label(area, SWT.NONE).setText(texts.get("report.of"));
        repository = new Combo(area, SWT.DROP_DOWN | SWT.READ_ONLY);
        repository.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        repositories.forEach(each -> repository.add(WorkspaceTreeView.describe(texts, each)));
        repository.select(0);
        new Label(area, SWT.NONE).setText(texts.get("report.format"));
        Composite formats = new Composite(area, SWT.NONE);
        formats.setLayout(FormLayouts.flush(2));
        formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        pdf = new Button(formats, SWT.RADIO);
        pdf.setText(texts.get("report.pdf"));
        pdf.setSelection(true);
        html = new Button(formats, SWT.RADIO);
        html.setText(texts.get("report.html"));
        new Label(area, SWT.NONE).setText(texts.get("report.file"));
        file = new Text(area, SWT.BORDER);
        GridData fileLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fileLayout.widthHint = 380;
        file.setLayoutData(fileLayout);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(texts.get("chooser.browse"));
        browse.addListener(SWT.Selection, event -> browse());
        informed = new Button(area, SWT.CHECK);
        informed.setText(texts.get("report.informed"));
        informed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        outcome = new Label(area, SWT.WRAP);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        repository.addListener(SWT.Selection, event -> defaults());
        pdf.addListener(SWT.Selection, event -> defaults());
        defaults();
        return area;
    }

    /** The default file of the plan and format chosen; a regional plan is never "informed". */
    private void defaults() {
        Repository chosen = repositories.get(Math.max(repository.getSelectionIndex(), 0));
        String code = chosen.version().contents().plan().map(Plan::identifier).orElse(chosen.name().name());
        file.setText(folder.resolve("veerkracht-" + code + "-" + today + "." + format().extension()).toString());
        boolean regional = chosen.name().kind() == RepositoryName.Kind.REGION;
        informed.setEnabled(!regional);
        if (regional) {
            informed.setSelection(false);
        }
    }

    private ReportFormat format() {
        return html.getSelection() ? ReportFormat.HTML : ReportFormat.PDF;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(Path.of(file.getText()).getFileName().toString());
        dialog.setFilterPath(folder.toString());
        Optional.ofNullable(dialog.open()).ifPresent(file::setText);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("report.ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("chooser.cancel"), false);
    }

    @Override
    protected void okPressed() {
        Path path;
        try {
            path = Path.of(file.getText().strip());
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null || file.getText().isBlank() || path.getFileName() == null) {
            outcome.setText(texts.get("report.badFile", file.getText()));
            outcome.getParent().layout(true, true);
            return;
        }
        answer = new Answer(repositories.get(Math.max(repository.getSelectionIndex(), 0)).name(),
                new Overviews.ReportRequestForm(format(), path.toAbsolutePath(), texts.language(),
                        informed.getSelection()));
        super.okPressed();
    }

    Optional<Answer> answer() {
        return Optional.ofNullable(answer);
    }

    // for the tests

    Text fileField() {
        return file;
    }

    void chooseHtml() {
        html.setSelection(true);
        pdf.setSelection(false);
        defaults();
    }

    void pressOk() {
        okPressed();
    }
}
