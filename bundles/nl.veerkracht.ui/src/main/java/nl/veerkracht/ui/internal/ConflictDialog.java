package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.merge.FieldConflict;
import nl.veerkracht.region.PendingConflict;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.ResolutionChoice;
import nl.veerkracht.store.StoreException;

/**
 * The conflicts a sync stopped at, field by field: per conflict the entity's title and the field's label, and
 * side by side the value as both had it, ours and theirs (with the municipality), the lines that differ marked.
 * For each the user keeps ours, takes theirs or types a value (validated as the form validates it, as the
 * typing stops); once every one has an answer, "finish the merge" settles them ({@code veerkracht resolve}) and
 * the window syncs, which makes the merge commit ({@code veerkracht sync}).
 */
final class ConflictDialog extends Dialog {

    /** How long after the last keystroke a typed value is validated, as in the form. */
    private static final int VALIDATION_DELAY_MS = 250;

    /** One open conflict of one pending merge. */
    record Entry(PendingMerge merge, PendingConflict open) {
        FieldConflict conflict() {
            return open.conflict();
        }

        String key() {
            return merge.region().name() + " " + conflict().path() + " " + conflict().field();
        }
    }

    private final Texts texts;
    private final RegionWork work;
    private final Background background;
    private final RegionWork.Municipality me;
    private final Runnable finish;
    private List<Entry> entries;
    private final Map<String, ResolutionChoice> choices = new LinkedHashMap<>();
    private Table table;
    private Label heading;
    private final StyledText[] sides = new StyledText[3];
    private final Group[] groups = new Group[3];
    private Button ours;
    private Button theirs;
    private Label typedLabel;
    private Text typed;
    private Button useTyped;
    private Label typedMessage;
    private Label outcome;
    private Color marked;
    private Color error;
    private boolean busy;
    private int validations;
    private String validatedText;
    private List<String> validatedProblems = List.of();
    private final Runnable pendingValidation = this::validateTyped;

    /**
     * @param finish told after every conflict is settled: the window then syncs, which makes the merge commit
     */
    ConflictDialog(Shell parent, Texts texts, RegionWork work, Background background, List<PendingMerge> merges,
            RegionWork.Municipality me, Runnable finish) {
        super(parent);
        this.texts = texts;
        this.work = work;
        this.background = background;
        this.me = me;
        this.finish = finish;
        this.entries = entriesOf(merges);
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    private static List<Entry> entriesOf(List<PendingMerge> merges) {
        List<Entry> entries = new ArrayList<>();
        for (PendingMerge merge : merges) {
            merge.open().forEach(open -> entries.add(new Entry(merge, open)));
        }
        return entries;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.get("conflict.title"));
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1080, 700);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        marked = new Color(0xff, 0xe0, 0x8a);
        error = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
        Composite area = (Composite) super.createDialogArea(parent);
        area.addDisposeListener(event -> marked.dispose());
        area.setLayout(new GridLayout(3, true));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(texts.get("conflict.intro"));
        GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        introLayout.widthHint = 1000;
        intro.setLayoutData(introLayout);

        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("name", "conflicts");
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        tableLayout.heightHint = table.getItemHeight() * 4;
        table.setLayoutData(tableLayout);
        for (String[] column : new String[][] {{"conflict.entity", "260"}, {"conflict.field", "240"},
                {"conflict.with", "260"}, {"conflict.choice", "260"}}) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(texts.get(column[0]));
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, event -> showSelected());

        heading = new Label(area, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        for (int i = 0; i < 3; i++) {
            groups[i] = new Group(area, SWT.NONE);
            groups[i].setLayout(new GridLayout(1, false));
            groups[i].setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            sides[i] = new StyledText(groups[i], SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
            GridData sideLayout = new GridData(SWT.FILL, SWT.FILL, true, true);
            sideLayout.heightHint = sides[i].getLineHeight() * 8;
            sideLayout.widthHint = 300;
            sides[i].setLayoutData(sideLayout);
            sides[i].setData("name", List.of("conflict-base", "conflict-ours", "conflict-theirs").get(i));
        }
        Label note = new Label(groups[0], SWT.WRAP);
        note.setText(texts.get("conflict.baseNote"));
        GridData noteLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        noteLayout.widthHint = 1; // wraps within its column
        note.setLayoutData(noteLayout);
        ours = new Button(groups[1], SWT.PUSH);
        ours.setText(texts.get("conflict.keepOurs"));
        ours.addListener(SWT.Selection, event -> choose(ResolutionChoice.ours()));
        theirs = new Button(groups[2], SWT.PUSH);
        theirs.setText(texts.get("conflict.takeTheirs"));
        theirs.addListener(SWT.Selection, event -> choose(ResolutionChoice.theirs()));

        Composite own = new Composite(area, SWT.NONE);
        own.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        own.setLayout(new GridLayout(3, false));
        typedLabel = new Label(own, SWT.NONE);
        typedLabel.setText(texts.get("conflict.typed"));
        typedLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        typed = new Text(own, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData typedLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        typedLayout.heightHint = typed.getLineHeight() * 3;
        typed.setLayoutData(typedLayout);
        typed.setData("name", "conflict-value");
        typed.addListener(SWT.Modify, event -> typing());
        typed.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                event.doit = true;
            }
        });
        useTyped = new Button(own, SWT.PUSH);
        useTyped.setText(texts.get("conflict.useTyped"));
        useTyped.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        useTyped.addListener(SWT.Selection, event -> useTyped());
        new Label(own, SWT.NONE);
        typedMessage = new Label(own, SWT.WRAP);
        typedMessage.setForeground(error);
        typedMessage.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

        outcome = new Label(area, SWT.WRAP);
        outcome.setForeground(error);
        outcome.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        fillTable();
        if (!entries.isEmpty()) {
            table.select(0);
        }
        showSelected();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("conflict.finish"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("conflict.later"), false);
        updateFinish();
    }

    private void fillTable() {
        table.removeAll();
        for (Entry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {entry.open().entityTitle(), fieldLabel(entry.conflict()),
                    texts.get("conflict.withMember", entry.merge().memberName(), entry.merge().member(),
                            entry.merge().region().name()),
                    choiceText(choices.get(entry.key()))});
        }
    }

    private String fieldLabel(FieldConflict conflict) {
        return conflict.field().isRoot() ? texts.get("conflict.wholeEntity")
                : FieldLabels.of(texts, conflict.field()) + " (" + conflict.field() + ")";
    }

    private String choiceText(ResolutionChoice choice) {
        if (choice == null) {
            return texts.get("conflict.open");
        }
        return switch (choice.kind()) {
            case OURS -> texts.get("conflict.chosenOurs", me.name());
            case THEIRS -> texts.get("conflict.chosenTheirs");
            case VALUE -> texts.get("conflict.chosenValue", choice.value().orElse("").replace('\n', ' '));
        };
    }

    private Optional<Entry> selected() {
        int index = table.getSelectionIndex();
        return index >= 0 && index < entries.size() ? Optional.of(entries.get(index)) : Optional.empty();
    }

    private void showSelected() {
        Optional<Entry> entry = selected();
        boolean present = entry.isPresent();
        ours.setEnabled(present && !busy);
        theirs.setEnabled(present && !busy);
        if (!present) {
            heading.setText(texts.get(entries.isEmpty() ? "conflict.none" : "conflict.choose"));
            for (StyledText side : sides) {
                side.setText("");
            }
            typed.setEnabled(false);
            useTyped.setEnabled(false);
            return;
        }
        FieldConflict conflict = entry.get().conflict();
        heading.setText(texts.get("conflict.heading", entry.get().open().entityTitle(), fieldLabel(conflict),
                conflict.path()));
        groups[0].setText(texts.get("conflict.base"));
        groups[1].setText(texts.get("conflict.ours", me.name()));
        groups[2].setText(texts.get("conflict.theirs", entry.get().merge().memberName(), entry.get().merge().member()));
        List<ConflictSides.Side> values = ConflictSides.sides(conflict);
        for (int i = 0; i < 3; i++) {
            ConflictSides.Side side = values.get(i);
            sides[i].setText(side.text().orElse(texts.get("conflict.absent")));
            sides[i].setLineBackground(0, sides[i].getLineCount(), null);
            for (int line : side.marked()) {
                if (line < sides[i].getLineCount()) {
                    sides[i].setLineBackground(line, 1, marked);
                }
            }
        }
        boolean canType = ConflictSides.canBeTyped(conflict);
        typed.setEnabled(canType && !busy);
        typedLabel.setText(texts.get(canType ? "conflict.typed" : "conflict.noTyping"));
        ResolutionChoice choice = choices.get(entry.get().key());
        String text = choice != null && choice.value().isPresent() ? choice.value().get()
                : canType ? conflict.ours().map(value -> DocumentEdits.lines(Optional.of(value))).orElse("") : "";
        if (!typed.getText().equals(text)) {
            typed.setText(text);
        }
        typedMessage.setText("");
        validatedText = null;
        useTyped.setEnabled(false);
        if (canType) {
            scheduleValidation();
        }
        getShellIfOpen().ifPresent(shell -> shell.layout(true, true));
    }

    private Optional<Shell> getShellIfOpen() {
        return Optional.ofNullable(getShell()).filter(shell -> !shell.isDisposed());
    }

    private void choose(ResolutionChoice choice) {
        selected().ifPresent(entry -> {
            choices.put(entry.key(), choice);
            int index = table.getSelectionIndex();
            table.getItem(index).setText(3, choiceText(choice));
            outcome.setText("");
            updateFinish();
            // on to the next conflict without an answer
            for (int next = 0; next < entries.size(); next++) {
                if (!choices.containsKey(entries.get(next).key())) {
                    table.select(next);
                    showSelected();
                    break;
                }
            }
        });
    }

    private void typing() {
        useTyped.setEnabled(false);
        if (typed.isEnabled()) {
            scheduleValidation();
        }
    }

    private void scheduleValidation() {
        typed.getDisplay().timerExec(-1, pendingValidation);
        typed.getDisplay().timerExec(VALIDATION_DELAY_MS, pendingValidation);
    }

    /** Validates the typed value off the user-interface thread, as the form does, and tells what is wrong at it. */
    private void validateTyped() {
        Optional<Entry> entry = selected();
        if (typed.isDisposed() || entry.isEmpty()) {
            return;
        }
        String text = typed.getText();
        if (text.isBlank()) {
            validations++;
            validatedText = text;
            validatedProblems = List.of(texts.get("conflict.emptyValue"));
            typedMessage.setText(validatedProblems.get(0));
            useTyped.setEnabled(false);
            return;
        }
        background.run(texts.get("conflict.checking"), () -> work.checkValue(entry.get().merge(), entry.get().conflict(),
                text, texts.language()), problems -> {
                    validations++;
                    if (typed.isDisposed() || !typed.getText().equals(text)) {
                        return; // typed on since: its own validation follows
                    }
                    validatedText = text;
                    validatedProblems = problems;
                    typedMessage.setText(String.join("\n", problems));
                    useTyped.setEnabled(problems.isEmpty() && !busy);
                    typedMessage.getParent().layout(true, true);
                });
    }

    private void useTyped() {
        String text = typed.getText();
        if (text.equals(validatedText) && validatedProblems.isEmpty() && !text.isBlank()) {
            choose(ResolutionChoice.value(text));
        }
    }

    private void updateFinish() {
        Button finishButton = getButton(IDialogConstants.OK_ID);
        if (finishButton != null) {
            finishButton.setEnabled(!busy && !entries.isEmpty()
                    && entries.stream().allMatch(entry -> choices.containsKey(entry.key())));
        }
    }

    /** Settles every conflict as chosen, in the background; then the window syncs, which makes the merge commit. */
    @Override
    protected void okPressed() {
        if (busy || entries.stream().anyMatch(entry -> !choices.containsKey(entry.key()))) {
            return;
        }
        busy = true;
        updateFinish();
        outcome.setText(texts.get("conflict.settling"));
        List<Entry> settling = List.copyOf(entries);
        Map<String, ResolutionChoice> chosen = Map.copyOf(choices);
        background.run(texts.get("conflict.settling"), () -> {
            for (Entry entry : settling) {
                try {
                    work.resolve(entry.merge(), entry.conflict(), chosen.get(entry.key()));
                } catch (StoreException e) {
                    return new Failure(entry, e, work.conflicts());
                }
            }
            return (Failure) null;
        }, failure -> {
            busy = false;
            if (getShellIfOpen().isEmpty()) {
                return;
            }
            if (failure == null) {
                super.okPressed();
                finish.run();
                return;
            }
            // what was settled stays settled; the rest is shown again, with why this one was not
            entries = entriesOf(failure.remaining());
            choices.keySet().retainAll(entries.stream().map(Entry::key).toList());
            choices.remove(failure.entry().key());
            fillTable();
            int index = entries.stream().map(Entry::key).toList().indexOf(failure.entry().key());
            table.select(Math.max(index, 0));
            showSelected();
            outcome.setText(texts.get("conflict.notSettled", failure.entry().open().entityTitle(),
                    fieldLabel(failure.entry().conflict()), failure.error().describe(texts.language().locale())));
            updateFinish();
            outcome.getParent().layout(true, true);
        });
    }

    /** A conflict that could not be settled as chosen, and the conflicts still open then. */
    private record Failure(Entry entry, StoreException error, List<PendingMerge> remaining) {
    }

    @Override
    protected void cancelPressed() {
        if (!busy) {
            super.cancelPressed();
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!busy) {
            super.handleShellCloseEvent();
        }
    }

    // for the tests

    List<Entry> entries() {
        return entries;
    }

    Table table() {
        return table;
    }

    void select(int index) {
        table.select(index);
        showSelected();
    }

    String heading() {
        return heading.getText();
    }

    String groupTitle(int side) {
        return groups[side].getText();
    }

    StyledText side(int side) {
        return sides[side];
    }

    /** The lines of a side that are marked as differing. */
    List<Integer> markedLines(int side) {
        List<Integer> lines = new ArrayList<>();
        for (int line = 0; line < sides[side].getLineCount(); line++) {
            if (marked.equals(sides[side].getLineBackground(line))) {
                lines.add(line);
            }
        }
        return lines;
    }

    void pressOurs() {
        ours.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    void pressTheirs() {
        theirs.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    Text typedField() {
        return typed;
    }

    Button useTypedButton() {
        return useTyped;
    }

    void pressUseTyped() {
        useTyped.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    String typedMessage() {
        return typedMessage.getText();
    }

    int validations() {
        return validations;
    }

    boolean canFinish() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    void pressFinish() {
        okPressed();
    }

    boolean isBusy() {
        return busy;
    }

    String outcome() {
        return outcome.getText();
    }
}
