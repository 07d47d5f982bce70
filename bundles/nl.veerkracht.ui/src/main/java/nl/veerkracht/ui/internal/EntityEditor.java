package nl.veerkracht.ui.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.Vocabulary;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.Field;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.ScalarKind;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.ScenarioCommit;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.ui.internal.WorkspaceOutline.Entity;

/**
 * The form of one entity, built from the model's schema: a text field per text, number and date, a
 * choice from the vocabulary, a multi-line field for long texts, a comma-separated field for lists of
 * ids or choices, and nested groups (a budget's amount and source). Every change is validated as it
 * is typed, with the messages of {@code veerkracht validate}, shown at the field; saving writes the
 * canonical file. Lists of records (an action's indicators, consultations, a runbook) are shown but
 * edited in the file for now. A read-only repository's entity cannot be changed.
 */
public final class EntityEditor {

    /** One field of the form: where it is in the document, its control, its message line. */
    record FieldControl(FieldPath path, Shape shape, Control control, Label message) {
    }

    private final WorkspaceSession session;
    private final Texts texts;
    private final Entity entity;
    private final boolean readOnly;
    private final Runnable changed;
    private final Consumer<EntityEditor> saved;
    private final ScrolledComposite scroll;
    private final Composite form;
    private final Label banner;
    private final Map<FieldPath, FieldControl> fields = new LinkedHashMap<>();
    private final Color errorColour;
    private final Deque<MapNode> undo = new ArrayDeque<>();
    private final Deque<MapNode> redo = new ArrayDeque<>();
    private PlanVersion base;
    private MapNode original;
    private MapNode document;
    private List<Problem> problems = List.of();
    private boolean updating;
    private FieldPath focused;
    private Table observationTable;
    private Label observationMessage;
    private ListNode originalObservations;
    private ListNode observations;

    /**
     * @param changed told when the editor's document or its problems change (the tab's mark, the menu)
     * @param saved told after a save (the tree and the check are read again)
     */
    public EntityEditor(Composite parent, WorkspaceSession session, Texts texts, Entity entity, PlanVersion base,
            Runnable changed, Consumer<EntityEditor> saved) {
        this.session = session;
        this.texts = texts;
        this.entity = entity;
        this.readOnly = entity.repository().isReadOnly();
        this.changed = changed;
        this.saved = saved;
        this.base = base;
        this.errorColour = parent.getDisplay().getSystemColor(SWT.COLOR_RED);
        this.original = base.snapshot().document(entity.path())
                .filter(MapNode.class::isInstance).map(MapNode.class::cast)
                .map(MapNode::withoutPositions)
                .orElse(MapNode.empty());
        this.document = original;
        this.originalObservations = base.snapshot().document(EntityKind.OBSERVATIONS.pathOf(entity.id()))
                .filter(ListNode.class::isInstance)
                .map(node -> ((ListNode) node).withoutPositions())
                .orElse(ListNode.of(List.of()));
        this.observations = originalObservations;

        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        banner = new Label(form, SWT.WRAP);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Shape shape = entity.kind() == EntityKind.PLAN
                ? Schema.plan(DocumentEdits.text(original.get("kind")).isEmpty() ? PlanKind.MUNICIPALITY
                        : Vocabulary.fromCode(PlanKind.class, DocumentEdits.text(original.get("kind")))
                                .orElse(PlanKind.MUNICIPALITY))
                : Schema.of(entity.kind());
        if (shape instanceof MapShape map) {
            build(form, map, FieldPath.root());
        }
        if (entity.kind() == EntityKind.INDICATOR) {
            observations(form);
        }
        if (entity.kind() == EntityKind.SCENARIO && !readOnly) {
            scenarioButtons(form);
        }
        scroll.setContent(form);
        scroll.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        scroll.addListener(SWT.Resize, event -> scroll.setMinSize(form.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        fill();
        validate();
    }

    private void build(Composite parent, MapShape shape, FieldPath at) {
        for (Field field : shape.fields()) {
            FieldPath path = at.key(field.name());
            if (field.shape() instanceof MapShape inner) {
                Group group = new Group(parent, SWT.NONE);
                group.setText(label(path));
                group.setLayout(new GridLayout(2, false));
                group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
                build(group, inner, path);
                continue;
            }
            Label name = new Label(parent, SWT.NONE);
            name.setText(label(path) + (field.required() ? " *" : ""));
            name.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Control control = control(parent, field.shape(), path);
            control.setData("field", path.toString());
            Label spacer = new Label(parent, SWT.NONE);
            GridData spacerLayout = new GridData(0, 0);
            spacerLayout.exclude = true;
            spacer.setLayoutData(spacerLayout);
            spacer.setVisible(false);
            Label message = new Label(parent, SWT.WRAP);
            message.setForeground(errorColour);
            GridData messageLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
            messageLayout.exclude = true;
            message.setLayoutData(messageLayout);
            message.setVisible(false);
            fields.put(path, new FieldControl(path, field.shape(), control, message));
        }
    }

    /**
     * An indicator's observations ({@code indicators/<id>.csv}) as a table: period, value, source. A row is
     * added from the fields under the table and removed with its button; saving writes the file
     * canonically, and its problems (as {@code validate} tells them) are shown under the table.
     */
    private void observations(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(texts.get("editor.observations", observationsPath()));
        group.setLayout(new GridLayout(4, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        observationTable = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        observationTable.setHeaderVisible(true);
        observationTable.setLinesVisible(true);
        observationTable.setData("name", "observations");
        for (String column : Schema.OBSERVATION_COLUMNS) {
            TableColumn header = new TableColumn(observationTable, SWT.LEFT);
            header.setText(label(FieldPath.of(column)));
            header.setWidth(140);
        }
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        layout.heightHint = observationTable.getHeaderHeight() + observationTable.getItemHeight() * 6;
        observationTable.setLayoutData(layout);
        List<Text> row = new ArrayList<>();
        for (String column : Schema.OBSERVATION_COLUMNS) {
            Text cell = new Text(group, SWT.BORDER);
            cell.setMessage(label(FieldPath.of(column)));
            cell.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            cell.setEnabled(!readOnly);
            cell.setData("field", "observation." + column);
            row.add(cell);
        }
        Button add = new Button(group, SWT.PUSH);
        add.setText(texts.get("editor.addObservation"));
        add.setEnabled(!readOnly);
        add.setData("name", "add-observation");
        add.addListener(SWT.Selection, event -> {
            addObservation(row.get(0).getText(), row.get(1).getText(), row.get(2).getText());
            row.forEach(cell -> cell.setText(""));
            row.get(0).setFocus();
        });
        Button remove = new Button(group, SWT.PUSH);
        remove.setText(texts.get("editor.removeObservation"));
        remove.setEnabled(!readOnly);
        remove.addListener(SWT.Selection, event -> {
            int index = observationTable.getSelectionIndex();
            if (index >= 0) {
                List<Node> items = new ArrayList<>(observations.items());
                items.remove(index);
                observations = ListNode.of(items);
                showObservations();
                validate();
            }
        });
        observationMessage = new Label(group, SWT.WRAP);
        observationMessage.setForeground(errorColour);
        observationMessage.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        showObservations();
    }

    private String observationsPath() {
        return EntityKind.OBSERVATIONS.pathOf(entity.id());
    }

    /** Adds a row of observations, each value typed as it would be in the file: a number is a number. */
    void addObservation(String period, String value, String source) {
        Map<String, Node> row = new LinkedHashMap<>();
        row.put("period", ScalarNode.string(period.strip()));
        String number = value.strip();
        ScalarNode.Type type = number.matches("-?[0-9]+") ? ScalarNode.Type.INTEGER
                : number.matches("-?[0-9]+\\.[0-9]+") ? ScalarNode.Type.DECIMAL : ScalarNode.Type.STRING;
        row.put("value", ScalarNode.of(type, number, SourcePosition.UNKNOWN));
        if (!source.isBlank()) {
            row.put("source", ScalarNode.string(source.strip()));
        }
        List<Node> items = new ArrayList<>(observations.items());
        items.add(MapNode.of(row));
        observations = ListNode.of(items);
        showObservations();
        validate();
    }

    private void showObservations() {
        observationTable.removeAll();
        for (Node observation : observations.items()) {
            TableItem item = new TableItem(observationTable, SWT.NONE);
            for (int i = 0; i < Schema.OBSERVATION_COLUMNS.size(); i++) {
                item.setText(i, DocumentEdits.text(DocumentEdits.get(observation, FieldPath.of(Schema.OBSERVATION_COLUMNS.get(i)))));
            }
        }
    }

    private void validateObservations() {
        if (observationTable == null) {
            return;
        }
        List<String> messages = new ArrayList<>();
        try {
            for (Problem problem : session.validate(base, observationsPath(), observations)) {
                messages.add(texts.get("editor.observationProblem", problem.position().line(),
                        problem.message(texts.language())));
            }
        } catch (IllegalArgumentException e) {
            messages.add(String.valueOf(e.getMessage()));
        }
        observationMessage.setText(String.join("\n", messages));
    }

    /**
     * A list of records (an action's indicators with their targets, a stakeholder's consultations, a
     * scenario's roles and runbook) as a table with a column per plain field; a row is added from the
     * fields under it and removed with its button. Fields of a record that hold lists themselves are
     * kept as they are and edited in the file.
     */
    private Control records(Composite parent, FieldPath path, MapShape record) {
        List<Field> columns = record.fields().stream().filter(field -> field.shape() instanceof ScalarShape).toList();
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout boxLayout = new GridLayout(columns.size() + 2, false);
        boxLayout.marginWidth = 0;
        boxLayout.marginHeight = 0;
        box.setLayout(boxLayout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Table table = new Table(box,
                SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("columns", columns.stream().map(Field::name).toList());
        for (Field column : columns) {
            TableColumn header = new TableColumn(table, SWT.LEFT);
            header.setText(label(path.key(column.name())) + (column.required() ? " *" : ""));
            header.setWidth(Math.max(120, 480 / columns.size()));
        }
        GridData tableLayout = new GridData(SWT.FILL, SWT.TOP, true, false, columns.size() + 2, 1);
        tableLayout.heightHint = table.getHeaderHeight() + table.getItemHeight() * 3;
        table.setLayoutData(tableLayout);
        List<Control> cells = new ArrayList<>();
        for (Field column : columns) {
            ScalarShape scalar = (ScalarShape) column.shape();
            Control cell;
            Optional<Map<String, String>> referable = referable(scalar);
            if (!scalar.choices().isEmpty() || referable.isPresent()) {
                Combo combo = new Combo(box, SWT.DROP_DOWN | SWT.READ_ONLY);
                List<String> values = new ArrayList<>(List.of(""));
                combo.add("");
                if (referable.isPresent()) {
                    referable.get().forEach((id, title) -> {
                        values.add(id);
                        combo.add(title);
                    });
                } else {
                    scalar.choices().forEach(choice -> {
                        values.add(choice);
                        combo.add(choice);
                    });
                }
                combo.setData("values", values);
                cell = combo;
            } else {
                Text text = new Text(box, SWT.BORDER);
                text.setMessage(label(path.key(column.name())));
                cell = text;
            }
            cell.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            cell.setEnabled(!readOnly);
            cell.setData("field", path + "." + column.name());
            cells.add(cell);
        }
        Button add = new Button(box, SWT.PUSH);
        add.setText(texts.get("editor.addRow"));
        add.setEnabled(!readOnly);
        Button remove = new Button(box, SWT.PUSH);
        remove.setText(texts.get("editor.removeRow"));
        remove.setEnabled(!readOnly);
        add.addListener(SWT.Selection, event -> {
            Map<String, Node> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String typed = cells.get(i) instanceof Combo combo
                        ? ((List<?>) combo.getData("values")).get(Math.max(combo.getSelectionIndex(), 0)).toString()
                        : ((Text) cells.get(i)).getText().strip();
                if (!typed.isEmpty()) {
                    row.put(columns.get(i).name(), scalarOf((ScalarShape) columns.get(i).shape(), typed));
                }
            }
            if (row.isEmpty()) {
                return;
            }
            List<Node> items = new ArrayList<>(currentList(path));
            items.add(MapNode.of(row));
            replace(path, items);
            cells.forEach(cell -> {
                if (cell instanceof Text text) {
                    text.setText("");
                } else if (cell instanceof Combo combo) {
                    combo.select(0);
                }
            });
        });
        remove.addListener(SWT.Selection, event -> {
            int index = table.getSelectionIndex();
            List<Node> items = new ArrayList<>(currentList(path));
            if (index >= 0 && index < items.size()) {
                items.remove(index);
                replace(path, items);
            }
        });
        return table;
    }

    private List<Node> currentList(FieldPath path) {
        return DocumentEdits.get(document, path)
                .filter(ListNode.class::isInstance)
                .map(node -> ((ListNode) node).items())
                .orElse(List.of());
    }

    private void replace(FieldPath path, List<Node> items) {
        MapNode next = DocumentEdits.set(document, path,
                items.isEmpty() ? Optional.empty() : Optional.of(ListNode.of(items)));
        if (!next.equals(document)) {
            undo.push(document);
            redo.clear();
            document = next;
        }
        fill();
        validate();
    }

    /** A value typed into a cell, as the file would hold it: a number as a number, all else as text. */
    private static ScalarNode scalarOf(ScalarShape shape, String typed) {
        if (!shape.isText() && typed.matches("-?[0-9]+")) {
            return ScalarNode.of(ScalarNode.Type.INTEGER, typed, SourcePosition.UNKNOWN);
        }
        if (!shape.isText() && typed.matches("-?[0-9]+\\.[0-9]+")) {
            return ScalarNode.of(ScalarNode.Type.DECIMAL, typed, SourcePosition.UNKNOWN);
        }
        return ScalarNode.string(typed);
    }

    /** A list of free texts (goals, principles, triggers): edited one item a line, not comma-separated. */
    private static boolean isTextList(Shape shape) {
        return shape instanceof ListShape list && list.element() instanceof ScalarShape element
                && element.isText() && element.choices().isEmpty() && element.reference().isEmpty()
                && (element.kind() == ScalarKind.TEXT
                        || element.kind() == ScalarKind.MULTILINE_TEXT);
    }

    /** The entities a reference can name, in this repository: id to title, by title. */
    private Optional<Map<String, String>> referable(Shape shape) {
        if (!(shape instanceof ScalarShape scalar) || scalar.reference().isEmpty()) {
            return Optional.empty();
        }
        EntityKind kind = switch (scalar.reference().get()) {
            case NEED -> EntityKind.NEED;
            case STAKEHOLDER -> EntityKind.STAKEHOLDER;
            case INDICATOR -> EntityKind.INDICATOR;
            case ACTION -> EntityKind.ACTION;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        base.snapshot().documents().entrySet().stream()
                .filter(document -> EntityKind.ofPath(document.getKey()).orElse(null) == kind)
                .map(document -> Map.entry(EntityKind.idOf(document.getKey()).orElseThrow(),
                        WorkspaceOutline.titleOf(document.getValue(), EntityKind.idOf(document.getKey()).orElseThrow())))
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .forEach(entry -> titles.put(entry.getKey(), entry.getValue()));
        return Optional.of(titles);
    }

    private Control control(Composite parent, Shape shape, FieldPath path) {
        Optional<Map<String, String>> one = referable(shape);
        if (one.isPresent()) {
            // a reference to another entity, picked by its title
            Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
            List<String> ids = new ArrayList<>(List.of(""));
            combo.add("");
            one.get().forEach((id, title) -> {
                ids.add(id);
                combo.add(title);
            });
            combo.setData("ids", ids);
            combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            combo.setEnabled(!readOnly);
            combo.addListener(SWT.Selection, event -> edited(path, ids.get(Math.max(combo.getSelectionIndex(), 0))));
            return combo;
        }
        Optional<Map<String, String>> many = shape instanceof ListShape list ? referable(list.element()) : Optional.empty();
        if (many.isPresent()) {
            // a set of references: every entity it can name, by title, ticked when named
            Table table = new Table(parent,
                    SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.SINGLE);
            many.get().forEach((id, title) -> {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(title);
                item.setData(id);
            });
            GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
            layout.heightHint = table.getItemHeight() * Math.min(Math.max(table.getItemCount(), 2), 5);
            table.setLayoutData(layout);
            table.setEnabled(!readOnly);
            table.addListener(SWT.Selection, event -> {
                if (event.detail == SWT.CHECK) {
                    edited(path, Arrays.stream(table.getItems())
                            .filter(TableItem::getChecked)
                            .map(item -> (String) item.getData())
                            .collect(Collectors.joining(", ")));
                }
            });
            return table;
        }
        if (shape instanceof ListShape list && list.element() instanceof MapShape record
                && record.fields().stream().anyMatch(field -> field.shape() instanceof ScalarShape)) {
            return records(parent, path, record);
        }
        if (shape instanceof ScalarShape scalar && !scalar.choices().isEmpty()) {
            Combo combo = new Combo(parent, SWT.DROP_DOWN | SWT.READ_ONLY);
            combo.add("");
            scalar.choices().forEach(combo::add);
            combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            combo.setEnabled(!readOnly);
            combo.addListener(SWT.Selection, event -> edited(path, combo.getText()));
            return combo;
        }
        boolean editable = !readOnly && (shape instanceof ScalarShape
                || shape instanceof ListShape list && list.element() instanceof ScalarShape);
        boolean lines = isTextList(shape);
        boolean multiline = lines || (shape instanceof ScalarShape scalar ? scalar.isMultiline()
                : shape instanceof DictionaryShape || shape instanceof ListShape list && !(list.element() instanceof ScalarShape));
        Text text = new Text(parent, SWT.BORDER | (multiline ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if (multiline) {
            layout.heightHint = text.getLineHeight() * 4;
            layout.widthHint = 400;
        }
        text.setLayoutData(layout);
        text.setEditable(editable);
        if (lines) {
            // free texts may hold commas: one item a line
            text.setData("lines", Boolean.TRUE);
            text.setToolTipText(texts.get("editor.oneALine"));
        }
        if (!editable) {
            text.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        }
        if (!editable && !readOnly) {
            text.setToolTipText(texts.get("editor.editInFile"));
        }
        if (multiline) {
            // Tab moves on to the next field, as in every other field, rather than typing a tab
            text.addTraverseListener(event -> {
                if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    event.doit = true;
                }
            });
        }
        if (editable) {
            text.addListener(SWT.Modify, event -> edited(path, text.getText()));
        }
        return text;
    }

    private String label(FieldPath path) {
        String full = texts.get("field." + path);
        if (!full.startsWith("!")) {
            return full;
        }
        List<FieldPath.Segment> segments = path.segments();
        String last = ((FieldPath.Key) segments.get(segments.size() - 1)).name();
        String simple = texts.get("field." + last);
        return simple.startsWith("!") ? last : simple;
    }

    /** Puts the document's values into the controls (after opening, undo or redo). */
    private void fill() {
        updating = true;
        try {
            for (FieldControl field : fields.values()) {
                String value = isTextList(field.shape())
                        ? DocumentEdits.lines(DocumentEdits.get(document, field.path()))
                        : DocumentEdits.text(DocumentEdits.get(document, field.path()));
                if (field.control() instanceof Table table
                        && table.getData("columns") instanceof List<?> columns) {
                    table.removeAll();
                    for (Node row : currentList(field.path())) {
                        TableItem item = new TableItem(table, SWT.NONE);
                        for (int i = 0; i < columns.size(); i++) {
                            item.setText(i, DocumentEdits.text(DocumentEdits.get(row, FieldPath.of((String) columns.get(i)))));
                        }
                    }
                } else if (field.control() instanceof Combo combo && combo.getData("ids") instanceof List<?> ids) {
                    int index = ids.indexOf(value);
                    if (index < 0 && !value.isEmpty()) {
                        // a reference to an entity that is not there: shown as its id, validate names it
                        combo.add(value);
                        @SuppressWarnings("unchecked")
                        List<String> known = (List<String>) ids;
                        known.add(value);
                        index = known.size() - 1;
                    }
                    combo.select(Math.max(index, 0));
                } else if (field.control() instanceof Table table) {
                    List<String> named = value.isEmpty() ? List.of() : List.of(value.split(", "));
                    for (String id : named) {
                        if (Arrays.stream(table.getItems()).noneMatch(item -> id.equals(item.getData()))) {
                            TableItem item = new TableItem(table, SWT.NONE);
                            item.setText(id);
                            item.setData(id);
                        }
                    }
                    for (TableItem item : table.getItems()) {
                        item.setChecked(named.contains(item.getData()));
                    }
                } else if (field.control() instanceof Combo combo) {
                    int index = combo.indexOf(value);
                    if (index < 0 && !value.isEmpty()) {
                        combo.add(value);
                        index = combo.indexOf(value);
                    }
                    combo.select(Math.max(index, 0));
                } else if (field.control() instanceof Text text && !text.getText().equals(value)) {
                    text.setText(value);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void edited(FieldPath path, String typed) {
        if (updating || readOnly) {
            return;
        }
        FieldControl field = fields.get(path);
        Optional<Node> value;
        if (typed.isBlank()) {
            value = Optional.empty();
        } else if (isTextList(field.shape())) {
            value = Optional.of(ListNode.of(typed.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(ScalarNode::string)
                    .toList()));
        } else {
            String text = field.shape() instanceof ListShape ? "[" + typed + "]" : typed;
            try {
                value = Optional.of(PlanFiles.readValue(entity.path(), path, text));
            } catch (PlanFileException e) {
                if (!(field.shape() instanceof ScalarShape)) {
                    show(field, e.getMessage(texts.language()));
                    changed.run();
                    return;
                }
                // kept as typed: validating the file then tells what is wrong with it, as validate would
                value = Optional.of(ScalarNode.string(typed));
            }
        }
        MapNode next = DocumentEdits.set(document, path, value);
        if (!next.equals(document)) {
            undo.push(document);
            redo.clear();
            document = next;
        }
        validate();
    }

    /** Validates the document as {@code validate} would the saved file, and shows each problem at its field. */
    private void validate() {
        problems = session.validate(base, entity.path(), document);
        TreeMap<Integer, FieldPath> lines = new TreeMap<>();
        try {
            lines.putAll(DocumentEdits.fieldsByLine(PlanFiles.read(entity.path(), PlanFiles.write(entity.path(), document))));
        } catch (PlanFileException | IllegalArgumentException e) {
            // a document that cannot be written is shown with its problems above the form
        }
        Map<FieldPath, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem problem : problems) {
            Optional<FieldPath> field = Optional.ofNullable(lines.floorEntry(problem.position().line()))
                    .map(Map.Entry::getValue)
                    .map(this::formFieldOf);
            if (problem.position().isKnown() && field.isPresent() && problem.position().line() > 1) {
                byField.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(problem.message(texts.language()));
            } else {
                general.add(problem.message(texts.language()));
            }
        }
        for (FieldControl field : fields.values()) {
            List<String> messages = byField.getOrDefault(field.path(), List.of());
            show(field, String.join("\n", messages));
        }
        String head = texts.get("editor.header", kindName(), entity.repository().folder() + "/" + entity.path());
        if (readOnly) {
            head += "\n" + texts.get("editor.readOnly");
        }
        if (!general.isEmpty()) {
            head += "\n" + String.join("\n", general);
        }
        validateObservations();
        banner.setText(head);
        banner.setForeground(general.isEmpty() ? null : errorColour);
        form.layout(true, true);
        scroll.setMinSize(form.computeSize(scroll.getClientArea().width > 0 ? scroll.getClientArea().width : SWT.DEFAULT,
                SWT.DEFAULT));
        changed.run();
    }

    /** The field of the form a problem's field belongs to: itself, or the nearest field of the form above it. */
    private FieldPath formFieldOf(FieldPath path) {
        for (FieldPath candidate = path; !candidate.isRoot(); candidate = parent(candidate)) {
            if (fields.containsKey(candidate)) {
                return candidate;
            }
        }
        return path;
    }

    private static FieldPath parent(FieldPath path) {
        List<FieldPath.Segment> segments = path.segments();
        FieldPath parent = FieldPath.root();
        for (int i = 0; i < segments.size() - 1; i++) {
            parent = segments.get(i) instanceof FieldPath.Key key ? parent.key(key.name())
                    : parent.element(((FieldPath.Element) segments.get(i)).name());
        }
        return parent;
    }

    private void show(FieldControl field, String message) {
        boolean visible = !message.isEmpty();
        field.message().setText(message);
        ((GridData) field.message().getLayoutData()).exclude = !visible;
        field.message().setVisible(visible);
        // the empty cell that keeps the message under its field, not under its label
        Control[] children = field.message().getParent().getChildren();
        for (int i = 0; i < children.length; i++) {
            if (children[i] == field.message() && i > 0 && children[i - 1] instanceof Label spacer
                    && spacer.getText().isEmpty()) {
                ((GridData) spacer.getLayoutData()).exclude = !visible;
                spacer.setVisible(visible);
            }
        }
        field.message().getParent().layout(true, true);
    }

    private String kindName() {
        return texts.get("kind.one." + entity.kind().name().toLowerCase(Locale.ROOT));
    }

    private Button activate;
    private Button standDown;

    /**
     * A scenario's "Activate" and "Stand down": each one commit through the plan store, as
     * {@code veerkracht scenario activate|deactivate} makes it; the form then shows the scenario as committed.
     */
    private void scenarioButtons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        row.setLayout(new GridLayout(2, false));
        activate = new Button(row, SWT.PUSH);
        activate.setText(texts.get("editor.scenario.activate"));
        activate.addListener(SWT.Selection, event -> scenarioCommit(true));
        standDown = new Button(row, SWT.PUSH);
        standDown.setText(texts.get("editor.scenario.standDown"));
        standDown.addListener(SWT.Selection, event -> scenarioCommit(false));
        enableScenarioButtons();
    }

    private void enableScenarioButtons() {
        boolean active = original.get("active_since").isPresent();
        activate.setEnabled(!active);
        standDown.setEnabled(active);
    }

    /** Activates or stands down the scenario; a refusal is shown as the plan store says it, nothing is written. */
    void scenarioCommit(boolean activating) {
        if (isDirty()) {
            MessageDialog.openError(form.getShell(), texts.get("error.title"), texts.get("editor.scenario.saveFirst"));
            return;
        }
        try {
            ScenarioCommit done = activating ? session.activateScenario(entity.repository(), entity.id())
                    : session.deactivateScenario(entity.repository(), entity.id());
            base = session.read(entity.repository());
            original = base.snapshot().document(entity.path()).filter(MapNode.class::isInstance)
                    .map(node -> ((MapNode) node).withoutPositions()).orElse(original);
            document = original;
            undo.clear();
            redo.clear();
            fill();
            validate();
            enableScenarioButtons();
            saved.accept(this);
            banner.setText(texts.get(activating ? "editor.scenario.activated" : "editor.scenario.stoodDown",
                    done.commit().shortId(), String.valueOf(done.change().actions().size())));
        } catch (StoreException failure) {
            // an invalid result too (InvalidPlanException): the plan store says it in one line
            MessageDialog.openError(form.getShell(), texts.get("error.title"), failure.describe(texts.language().locale()));
        }
    }

    /** Writes the entity's canonical file; the plan store reads it as {@code validate} and {@code commit} do. */
    public void save() {
        if (readOnly || !isDirty()) {
            return;
        }
        session.save(entity.repository(), entity.path(), document);
        original = document;
        if (!observations.equals(originalObservations)) {
            session.save(entity.repository(), observationsPath(), observations);
            originalObservations = observations;
        }
        base = session.read(entity.repository());
        validate();
        saved.accept(this);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(document);
            document = undo.pop();
            fill();
            validate();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(document);
            document = redo.pop();
            fill();
            validate();
        }
    }

    /** Puts the cursor in a field of the form (a finding of the check, a problem of a commit). */
    public boolean focus(FieldPath path) {
        FieldControl field = fields.get(formFieldOf(path));
        if (field == null) {
            return false;
        }
        field.control().setFocus();
        scroll.showControl(field.control());
        focused = field.path();
        return true;
    }

    public boolean isDirty() {
        return !document.equals(original) || !observations.equals(originalObservations);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Entity entity() {
        return entity;
    }

    public String title() {
        return WorkspaceOutline.titleOf(document, entity.id());
    }

    public Composite control() {
        return scroll;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The control of a field, for the tests. */
    public Optional<Control> control(String field) {
        return Optional.ofNullable(fields.get(FieldPath.parse(field))).map(FieldControl::control);
    }

    /** The field last put forward by {@link #focus}, for the tests. */
    public Optional<FieldPath> focusedField() {
        return Optional.ofNullable(focused);
    }

    /** The message shown under a field, for the tests. */
    public String message(String field) {
        return Optional.ofNullable(fields.get(FieldPath.parse(field))).map(f -> f.message().getText()).orElse("");
    }
}
