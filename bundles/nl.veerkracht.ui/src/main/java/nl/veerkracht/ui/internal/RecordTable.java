package nl.veerkracht.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.ScalarKind;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Shape;

/**
 * Records in the form: a list of them (an action's indicators, a stakeholder's consultations, a scenario's
 * runbook, a regional plan's members with their lists of e-mail addresses, an indicator's observations) or a
 * dictionary shown as records of a key and a value (a regional action's contributions per member). A table
 * with a column per field, and under it a field per column to type a row in: selecting a row puts it in those
 * fields; the buttons add a row, replace the selected one or remove it. Each change is handed over as the
 * new list of rows. A change that a rule of the region refuses is not made, and why is told under the table;
 * a row that may not be changed at all cannot be replaced or removed.
 */
final class RecordTable {

    /** One field of the records: its name, its label, its shape, and for a reference the ids with their titles. */
    record Column(String name, String label, Shape shape, boolean required, Optional<Map<String, String>> titles) {
    }

    /** Reads a value typed for one column as the file would hold it; empty when nothing is typed. */
    interface Values {
        Optional<Node> read(Column column, String typed);
    }

    /** Why a rule refuses the list as a change would leave it; empty when it may be made. */
    interface Guard {
        Optional<String> refusal(List<MapNode> rows);
    }

    private final Composite control;
    private final Table table;
    private final List<Column> columns;
    private final List<Control> cells = new ArrayList<>();
    private final Label note;
    private final Button add;
    private final Button update;
    private final Button remove;
    private final boolean readOnly;
    private final Values values;
    private final Guard guard;
    private final Consumer<List<MapNode>> changed;
    private List<MapNode> rows = List.of();

    /**
     * @param name what the tests know the table by ({@code observations}, the field's path)
     * @param cellPrefix the prefix of each cell's name ({@code consultations} makes {@code consultations.date})
     */
    RecordTable(Composite parent, String name, String cellPrefix, Texts texts, List<Column> columns, boolean readOnly,
            String addText, String removeText, Values values, Guard guard, Consumer<List<MapNode>> changed) {
        this.columns = List.copyOf(columns);
        this.readOnly = readOnly;
        this.values = values;
        this.guard = guard;
        this.changed = changed;
        control = new Composite(parent, SWT.NONE);
        boolean inOneRow = columns.size() <= 4;
        int gridColumns = inOneRow ? columns.size() : 2; // many fields: one a line, each with its label
        GridLayout layout = FormLayouts.flush(gridColumns);
        control.setLayout(layout);
        table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("name", name);
        for (Column column : columns) {
            TableColumn header = new TableColumn(table, SWT.LEFT);
            header.setText(column.label() + (column.required() ? " *" : ""));
            header.setWidth(Math.max(110, 560 / columns.size()));
        }
        GridData tableLayout = new GridData(SWT.FILL, SWT.TOP, true, false, gridColumns, 1);
        tableLayout.heightHint = table.getHeaderHeight() + table.getItemHeight() * 4;
        tableLayout.widthHint = 560;
        table.setLayoutData(tableLayout);
        for (Column column : columns) {
            if (!inOneRow) {
                new Label(control, SWT.NONE).setText(column.label() + (column.required() ? " *" : ""));
            }
            Control cell = cell(control, texts, column);
            cell.setData("field", cellPrefix + "." + column.name());
            cells.add(cell);
        }
        Composite buttons = new Composite(control, SWT.NONE);
        GridLayout buttonsLayout = FormLayouts.flush(3);
        buttons.setLayout(buttonsLayout);
        buttons.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, gridColumns, 1));
        add = button(buttons, addText, this::add);
        update = button(buttons, texts.get("editor.updateRow"), this::update);
        remove = button(buttons, removeText, this::remove);
        note = new Label(control, SWT.WRAP);
        note.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, gridColumns, 1));
        table.addListener(SWT.Selection, event -> selected());
        enable();
    }

    private Control cell(Composite parent, Texts texts, Column column) {
        Control cell;
        List<String> choices = column.shape() instanceof ScalarShape scalar ? scalar.choices() : List.of();
        if (column.titles().isPresent() || !choices.isEmpty()) {
            Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
            List<String> ids = new ArrayList<>(List.of(""));
            combo.add("");
            if (column.titles().isPresent()) {
                column.titles().get().forEach((id, title) -> {
                    ids.add(id);
                    combo.add(title.equals(id) ? id : title + " (" + id + ")");
                });
            } else {
                choices.forEach(choice -> {
                    ids.add(choice);
                    combo.add(choice);
                });
            }
            combo.setData("values", ids);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            cell = combo;
        } else if (column.shape() instanceof ScalarShape scalar && scalar.kind() == ScalarKind.DATE) {
            DateField date = new DateField(parent, texts, !readOnly);
            date.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            cell = date.text();
        } else {
            Text text = new Text(parent, SWT.BORDER);
            text.setMessage(column.label());
            if (column.shape() instanceof ListShape) {
                text.setToolTipText(texts.get("editor.commaSeparated"));
            }
            GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
            layout.widthHint = 100;
            text.setLayoutData(layout);
            cell = text;
        }
        cell.setEnabled(!readOnly);
        return cell;
    }

    private static Button button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> run.run());
        return button;
    }

    /** Shows the rows (after opening, a change, undo or redo); the selection stays where it can. */
    void show(List<MapNode> shown) {
        int selection = table.getSelectionIndex();
        rows = List.copyOf(shown);
        table.removeAll();
        for (MapNode row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            for (int i = 0; i < columns.size(); i++) {
                item.setText(i, display(columns.get(i), row.get(columns.get(i).name())).replace('\n', ' '));
            }
        }
        if (selection >= 0 && selection < rows.size()) {
            table.setSelection(selection);
        }
        enable();
    }

    private static String display(Column column, Optional<Node> value) {
        String text = DocumentEdits.text(value);
        return column.titles().map(titles -> titles.getOrDefault(text, text)).orElse(text);
    }

    private void selected() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.size()) {
            return;
        }
        MapNode row = rows.get(index);
        for (int i = 0; i < columns.size(); i++) {
            Optional<Node> value = row.get(columns.get(i).name());
            if (cells.get(i) instanceof Combo combo) {
                @SuppressWarnings("unchecked")
                List<String> ids = (List<String>) combo.getData("values");
                String id = DocumentEdits.text(value);
                if (!ids.contains(id)) {
                    ids.add(id);
                    combo.add(id);
                }
                combo.select(ids.indexOf(id));
            } else if (cells.get(i) instanceof Text text) {
                text.setText(DocumentEdits.text(value));
            }
        }
        note.setText("");
        enable();
    }

    /** A row may be replaced or removed unless taking it away breaks a rule; why, when it does. */
    private Optional<String> lock(int index) {
        List<MapNode> without = new ArrayList<>(rows);
        without.remove(index);
        return guard.refusal(without);
    }

    private void enable() {
        int index = table.getSelectionIndex();
        boolean any = index >= 0 && index < rows.size();
        Optional<String> locked = any ? lock(index) : Optional.empty();
        add.setEnabled(!readOnly);
        update.setEnabled(!readOnly && any && locked.isEmpty());
        remove.setEnabled(!readOnly && any && locked.isEmpty());
        if (locked.isPresent()) {
            note.setText(locked.get());
        }
        control.layout(true, true);
    }

    /** The row the fields under the table hold, on top of {@code base} (fields without a column are kept). */
    private MapNode typed(MapNode base) {
        MapNode row = base;
        for (int i = 0; i < columns.size(); i++) {
            String typed = cells.get(i) instanceof Combo combo
                    ? ((List<?>) combo.getData("values")).get(Math.max(combo.getSelectionIndex(), 0)).toString()
                    : ((Text) cells.get(i)).getText().strip();
            Optional<Node> value = typed.isEmpty() ? Optional.empty() : values.read(columns.get(i), typed);
            row = value.isPresent() ? row.with(columns.get(i).name(), value.get()) : row.without(columns.get(i).name());
        }
        return row;
    }

    private void add() {
        MapNode row = typed(MapNode.empty());
        if (row.entries().isEmpty()) {
            return;
        }
        List<MapNode> next = new ArrayList<>(rows);
        next.add(row);
        if (apply(next)) {
            clear();
        }
    }

    private void update() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.size()) {
            return;
        }
        List<MapNode> next = new ArrayList<>(rows);
        next.set(index, typed(rows.get(index)));
        apply(next);
    }

    private void remove() {
        int index = table.getSelectionIndex();
        if (index < 0 || index >= rows.size()) {
            return;
        }
        List<MapNode> next = new ArrayList<>(rows);
        next.remove(index);
        if (apply(next)) {
            table.deselectAll();
            enable();
        }
    }

    private boolean apply(List<MapNode> next) {
        Optional<String> refused = guard.refusal(next);
        if (refused.isPresent()) {
            note.setText(refused.get());
            control.layout(true, true);
            return false;
        }
        note.setText("");
        changed.accept(next);
        return true;
    }

    private void clear() {
        for (Control cell : cells) {
            if (cell instanceof Text text) {
                text.setText("");
            } else if (cell instanceof Combo combo) {
                combo.select(0);
            }
        }
        cells.get(0).setFocus();
    }

    Composite control() {
        return control;
    }

    Table table() {
        return table;
    }

    // for the tests: what a user does with the mouse

    /** Selects a row, as clicking it does. */
    void select(int index) {
        table.setSelection(index);
        table.notifyListeners(SWT.Selection, new Event());
    }

    /** The field under the table for a column. */
    Control cell(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return cells.get(i);
            }
        }
        throw new IllegalArgumentException(column);
    }

    /** Puts a value in the field of a column: text typed, or the choice whose id it is. */
    void type(String column, String value) {
        Control cell = cell(column);
        if (cell instanceof Combo combo) {
            combo.select(((List<?>) combo.getData("values")).indexOf(value));
        } else {
            ((Text) cell).setText(value);
        }
    }

    void pressAdd() {
        add.notifyListeners(SWT.Selection, new Event());
    }

    void pressUpdate() {
        update.notifyListeners(SWT.Selection, new Event());
    }

    void pressRemove() {
        remove.notifyListeners(SWT.Selection, new Event());
    }

    boolean mayUpdate() {
        return update.getEnabled();
    }

    String note() {
        return note.getText();
    }

    List<MapNode> rows() {
        return rows;
    }
}
