package nl.veerkracht.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.region.NewMember;
import nl.veerkracht.region.NewRegion;
import nl.veerkracht.region.RegionChange;
import nl.veerkracht.store.StoreException;

/**
 * The region's three dialogs, as the command line's {@code region create}, {@code region add-member} and
 * {@code region join}: the fields of the command, checked before anything is done, then the service called in
 * the background. What reaches a remote (a clone, a push to the hub) can be stopped with the dialog's Stop
 * button; a refusal is told in the dialog in one line and writes nothing.
 */
final class RegionFormDialog extends Dialog {

    /** Which of the three. */
    enum Kind {
        CREATE, ADD_MEMBER, JOIN
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("GM[0-9]{4}");
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Texts texts;
    private final RegionWork work;
    private final Background background;
    private final Kind kind;
    private final Optional<String> regionId;
    private final Map<String, Text> fields = new LinkedHashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Button signed;
    private Label outcome;
    private boolean running;
    private RegionChange done;

    /** @param regionId for {@link Kind#ADD_MEMBER}, the regional plan's id */
    RegionFormDialog(Shell parent, Texts texts, RegionWork work, Background background, Kind kind,
            Optional<String> regionId) {
        super(parent);
        this.texts = texts;
        this.work = work;
        this.background = background;
        this.kind = kind;
        this.regionId = regionId;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    private String key() {
        return switch (kind) {
            case CREATE -> "create";
            case ADD_MEMBER -> "addMember";
            case JOIN -> "join";
        };
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("regionForm." + key() + ".title", regionId.orElse("")));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(texts.get("regionForm." + key() + ".intro"));
        GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        introLayout.widthHint = 560;
        intro.setLayoutData(introLayout);
        switch (kind) {
            case CREATE -> {
                field(area, "id", false);
                field(area, "name", false);
                field(area, "hub", false);
                field(area, "url", false);
                new Label(area, SWT.NONE);
                signed = new Button(area, SWT.CHECK);
                signed.setText(texts.get("regionForm.signed"));
                signed.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            }
            case ADD_MEMBER -> {
                field(area, "code", false);
                field(area, "name", false);
                field(area, "url", false);
                field(area, "planUrl", false);
                field(area, "key", true);
            }
            case JOIN -> field(area, "url", false);
        }
        outcome = new Label(area, SWT.WRAP);
        outcome.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        return area;
    }

    private void field(Composite area, String name, boolean fromFile) {
        new Label(area, SWT.NONE).setText(texts.get("regionForm.field." + name));
        Text text = new Text(area, SWT.BORDER);
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        layout.widthHint = 380;
        text.setLayoutData(layout);
        text.setData("name", "region-" + name);
        text.setMessage(texts.get("regionForm.hint." + name));
        fields.put(name, text);
        boolean folder = name.equals("url") || name.equals("planUrl") || name.equals("hub");
        if (fromFile || folder) {
            Button browse = new Button(area, SWT.PUSH);
            browse.setText(texts.get(fromFile ? "regionForm.fromFile" : "chooser.browse"));
            browse.addListener(SWT.Selection, event -> {
                if (fromFile) {
                    FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                    dialog.setFilterExtensions(new String[] {"*.pub", "*"});
                    Optional.ofNullable(dialog.open()).ifPresent(file -> readKey(text, Path.of(file)));
                } else {
                    Optional.ofNullable(new DirectoryDialog(getShell()).open()).ifPresent(text::setText);
                }
            });
        } else {
            new Label(area, SWT.NONE);
        }
    }

    private void readKey(Text text, Path file) {
        try {
            text.setText(Files.readString(file).strip());
        } catch (IOException e) {
            outcome.setText(texts.get("regionForm.unreadableKey", file, String.valueOf(e.getMessage())));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("regionForm." + key() + ".ok"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("chooser.cancel"), false);
    }

    private String value(String name) {
        return fields.get(name).getText().strip();
    }

    private Optional<String> optional(String name) {
        String value = value(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** What is wrong with the fields, before anything is done; empty when the command can run. */
    private Optional<String> problem() {
        for (Map.Entry<String, Text> field : fields.entrySet()) {
            String name = field.getKey();
            boolean required = !List.of("hub", "planUrl", "key").contains(name)
                    && !(kind == Kind.CREATE && name.equals("url"));
            if (required && value(name).isEmpty()) {
                return Optional.of(texts.get("regionForm.required", texts.get("regionForm.field." + name).replace(":", "")));
            }
            if (name.equals("code") && !CODE.matcher(value(name)).matches()) {
                return Optional.of(texts.get("regionForm.badCode", value(name)));
            }
            if (name.equals("id") && !ID.matcher(value(name)).matches()) {
                return Optional.of(texts.get("regionForm.badId", value(name)));
            }
        }
        return Optional.empty();
    }

    @Override
    protected void okPressed() {
        if (running) {
            return;
        }
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            outcome.setText(problem.get());
            outcome.getParent().layout(true, true);
            return;
        }
        running = true;
        cancelled.set(false);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        getButton(IDialogConstants.CANCEL_ID).setText(texts.get("action.cancelSync"));
        fields.values().forEach(text -> text.setEnabled(false));
        outcome.setText(texts.get("regionForm." + key() + ".running"));
        outcome.getParent().layout(true, true);
        java.util.function.Supplier<RegionChange> call = switch (kind) {
            case CREATE -> {
                NewRegion region = new NewRegion(value("id"), value("name"), optional("url"), optional("hub"),
                        signed.getSelection());
                yield () -> work.create(region, cancelled::get);
            }
            case ADD_MEMBER -> {
                NewMember member = new NewMember(value("code"), value("name"), value("url"), optional("planUrl"),
                        optional("key"));
                yield () -> work.addMember(regionId.orElseThrow(), member);
            }
            case JOIN -> {
                String url = value("url");
                yield () -> work.join(url, cancelled::get);
            }
        };
        background.run(texts.get("regionForm." + key() + ".running"), () -> {
            try {
                return (Object) call.get();
            } catch (StoreException e) {
                return e;
            }
        }, result -> {
            running = false;
            if (getShell() == null || getShell().isDisposed()) {
                return;
            }
            if (result instanceof RegionChange change) {
                done = change;
                super.okPressed();
                return;
            }
            getButton(IDialogConstants.OK_ID).setEnabled(true);
            getButton(IDialogConstants.CANCEL_ID).setText(texts.get("chooser.cancel"));
            fields.values().forEach(text -> text.setEnabled(true));
            outcome.setText(((StoreException) result).describe(texts.language().locale()));
            outcome.getParent().layout(true, true);
        });
    }

    /** While it runs, Cancel stops what reaches a remote; the dialog closes when the service has given up. */
    @Override
    protected void cancelPressed() {
        if (running) {
            cancelled.set(true);
            outcome.setText(texts.get("sync.progress.cancelling"));
            return;
        }
        super.cancelPressed();
    }

    @Override
    protected void handleShellCloseEvent() {
        if (running) {
            cancelled.set(true);
            return;
        }
        super.handleShellCloseEvent();
    }

    /** What the dialog did, when it ended with OK. */
    Optional<RegionChange> change() {
        return Optional.ofNullable(done);
    }

    // for the tests

    Text field(String name) {
        return fields.get(name);
    }

    void pressOk() {
        okPressed();
    }

    void pressCancel() {
        cancelPressed();
    }

    boolean isRunning() {
        return running;
    }

    String outcome() {
        return outcome.getText();
    }
}
