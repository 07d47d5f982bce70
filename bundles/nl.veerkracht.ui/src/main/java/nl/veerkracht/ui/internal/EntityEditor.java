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
import nl.veerkracht.model.schema.DictionaryShape;
import nl.veerkracht.model.schema.Field;
import nl.veerkracht.model.schema.ListShape;
import nl.veerkracht.model.schema.MapShape;
import nl.veerkracht.model.schema.ScalarKind;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.region.EditRules;
import nl.veerkracht.region.RuleBreach;
import nl.veerkracht.store.PlanVersion;
import nl.veerkracht.store.ScenarioCommit;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.ui.internal.WorkspaceOutline.Entity;

/**
 * The form of one entity, built from the model's schema: a text field per text and number, a date field
 * with a calendar, a choice from the vocabulary, a multi-line field for long texts, references picked by
 * title, nested groups (a budget's amount and source), and tables for lists of records (with their own
 * lists, such as a member's e-mail addresses), for dictionaries (a regional action's contributions per
 * member) and for an indicator's observations. A change is validated a moment after the last keystroke,
 * against the plan as it was read, with the messages of {@code veerkracht validate} shown at the field; in a
 * regional plan, the region's rules are told the same way, and a row they refuse cannot be changed.
 * Undo and redo cover every field and table. Saving writes the canonical files in the background. A
 * read-only repository's entity cannot be changed.
 */
public final class EntityEditor {

    /** How long after the last keystroke the form is validated. */
    static final int VALIDATION_DELAY_MS = 250;

    /** One field of the form: where it is in the document, its control, its message line. */
    record FieldControl(FieldPath path, Shape shape, Control control, Label message) {
    }

    /** What undo and redo go back and forth between: the entity's document and, for an indicator, its observations. */
    record State(MapNode document, ListNode observations) {
    }

    private final WorkspaceSession session;
    private final Background background;
    private final Texts texts;
    private final Entity entity;
    private final boolean readOnly;
    private final Optional<EditRules> rules;
    private final Runnable changed;
    private final Consumer<EntityEditor> saved;
    private final Consumer<RuntimeException> failed;
    private final ScrolledComposite scroll;
    private final Composite form;
    private final Label banner;
    private final Map<FieldPath, FieldControl> fields = new LinkedHashMap<>();
    private final Map<FieldPath, RecordTable> tables = new LinkedHashMap<>();
    private final Color errorColour;
    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private final Runnable pendingValidation = this::validateNow;
    private PlanVersion base;
    private State original;
    private State state;
    private List<Problem> problems = List.of();
    private Optional<RuleBreach> breach = Optional.empty();
    private boolean updating;
    private boolean validationScheduled;
    private boolean saving;
    private int validations;
    private FieldPath focused;
    private RecordTable observationTable;
    private Label observationMessage;

    /**
     * @param rules the region's rules on this workspace's edits, for an entity of a regional plan
     * @param changed told when the editor's document or its problems change (the tab's mark, the menu)
     * @param saved told after a save (the tree and the check are read again)
     * @param failed told when a save fails
     */
    public EntityEditor(Composite parent, WorkspaceSession session, Background background, Texts texts, Entity entity,
            PlanVersion base, Optional<EditRules> rules, Runnable changed, Consumer<EntityEditor> saved,
            Consumer<RuntimeException> failed) {
        this.session = session;
        this.background = background;
        this.texts = texts;
        this.entity = entity;
        this.readOnly = entity.repository().isReadOnly();
        this.rules = rules;
        this.changed = changed;
        this.saved = saved;
        this.failed = failed;
        this.base = base;
        this.errorColour = parent.getDisplay().getSystemColor(SWT.COLOR_RED);
        MapNode document = base.snapshot().document(entity.path())
                .filter(MapNode.class::isInstance).map(MapNode.class::cast)
                .map(MapNode::withoutPositions)
                .orElse(MapNode.empty());
        ListNode observations = base.snapshot().document(EntityKind.OBSERVATIONS.pathOf(entity.id()))
                .filter(ListNode.class::isInstance)
                .map(node -> ((ListNode) node).withoutPositions())
                .orElse(ListNode.of(List.of()));
        this.original = new State(document, observations);
        this.state = original;

        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        form = new Composite(scroll, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        banner = new Label(form, SWT.WRAP);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Shape shape = entity.kind() == EntityKind.PLAN
                ? Schema.plan(DocumentEdits.text(document.get("kind")).isEmpty() ? PlanKind.MUNICIPALITY
                        : Vocabulary.fromCode(PlanKind.class, DocumentEdits.text(document.get("kind")))
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
        form.addDisposeListener(event -> form.getDisplay().timerExec(-1, pendingValidation));
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
     * An indicator's observations ({@code indicators/<id>.csv}) as a table: period, value, source. Saving writes
     * the file canonically; its problems (as {@code validate} tells them) are shown under the table.
     */
    private void observations(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(texts.get("editor.observations", observationsPath()));
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        MapShape row = (MapShape) ((ListShape) Schema.of(EntityKind.OBSERVATIONS)).element();
        List<RecordTable.Column> columns = row.fields().stream()
                .map(field -> new RecordTable.Column(field.name(), label(FieldPath.of(field.name())), field.shape(),
                        field.required(), Optional.empty()))
                .toList();
        observationTable = new RecordTable(group, "observations", "observation", texts, columns, readOnly,
                texts.get("editor.addObservation"), texts.get("editor.removeObservation"),
                (column, typed) -> Optional.of(read(observationsPath(), FieldPath.root().element("x").key(column.name()),
                        column.shape(), typed)),
                rows -> Optional.empty(),
                rows -> {
                    change(new State(state.document(), ListNode.of(rows)));
                    showObservations();
                    validate();
                });
        observationTable.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        observationMessage = new Label(group, SWT.WRAP);
        observationMessage.setForeground(errorColour);
        observationMessage.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    private String observationsPath() {
        return EntityKind.OBSERVATIONS.pathOf(entity.id());
    }

    private void showObservations() {
        if (observationTable != null) {
            observationTable.show(state.observations().items().stream()
                    .filter(MapNode.class::isInstance).map(MapNode.class::cast).toList());
        }
    }

    private void validateObservations() {
        if (observationTable == null) {
            return;
        }
        List<String> messages = new ArrayList<>();
        try {
            for (Problem problem : session.validate(base, observationsPath(), state.observations())) {
                messages.add(texts.get("editor.observationProblem", problem.position().line(),
                        problem.message(texts.language())));
            }
        } catch (IllegalArgumentException e) {
            messages.add(String.valueOf(e.getMessage()));
        }
        observationMessage.setText(String.join("\n", messages));
    }

    /**
     * A value typed for a field of a file, as the file would hold it: a number where the schema has a number,
     * text where it has text; a list of single values typed comma-separated. What cannot be read is kept as
     * typed, so that validating the file tells what is wrong with it, as {@code validate} would.
     */
    private static Node read(String file, FieldPath path, Shape shape, String typed) {
        if (shape instanceof ListShape list && list.element() instanceof ScalarShape element) {
            return ListNode.of(Arrays.stream(typed.split(","))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .map(item -> element.isText() ? ScalarNode.string(item)
                            : read(file, path.element(item), element, item))
                    .toList());
        }
        if (shape instanceof ScalarShape scalar && scalar.isText()) {
            return ScalarNode.string(typed);
        }
        try {
            return PlanFiles.readValue(file, path, typed);
        } catch (PlanFileException e) {
            return ScalarNode.string(typed);
        }
    }

    /**
     * A list of records (an action's indicators with their targets, a stakeholder's consultations, a scenario's
     * roles and runbook, a regional plan's members) as a {@link RecordTable}: a column per field that holds a
     * value or a list of values; fields deeper than that are kept as they are.
     */
    private RecordTable records(Composite parent, FieldPath path, MapShape record) {
        List<RecordTable.Column> columns = record.fields().stream()
                .filter(field -> field.shape() instanceof ScalarShape
                        || field.shape() instanceof ListShape list && list.element() instanceof ScalarShape)
                .map(field -> new RecordTable.Column(field.name(), label(path.key(field.name())), field.shape(),
                        field.required(), referable(field.shape())))
                .toList();
        return table(parent, path, columns, texts.get("editor.addRow"), texts.get("editor.removeRow"),
                (column, typed) -> Optional.of(read(entity.path(), path.element("x").key(column.name()),
                        column.shape(), typed)));
    }

    /**
     * A dictionary (a regional action's contributions: member code to amount; an indicator's CBS dimensions) as a
     * {@link RecordTable} of two columns, the key and its value.
     */
    private RecordTable dictionary(Composite parent, FieldPath path, DictionaryShape dictionary) {
        String name = ((FieldPath.Key) path.segments().get(path.segments().size() - 1)).name();
        List<RecordTable.Column> columns = List.of(
                new RecordTable.Column(DICTIONARY_KEY, dictionaryLabel(name, "key"), dictionary.key(), true,
                        referable(dictionary.key())),
                new RecordTable.Column(DICTIONARY_VALUE, dictionaryLabel(name, "value"), dictionary.value(), true,
                        referable(dictionary.value())));
        return table(parent, path, columns, texts.get("editor.addRow"), texts.get("editor.removeRow"),
                (column, typed) -> Optional.of(column.name().equals(DICTIONARY_KEY) ? ScalarNode.string(typed)
                        : read(entity.path(), path.key("x"), column.shape(), typed)));
    }

    private static final String DICTIONARY_KEY = "key";
    private static final String DICTIONARY_VALUE = "value";

    private String dictionaryLabel(String field, String part) {
        String text = texts.get("dictionary." + field + "." + part);
        return text.startsWith("!") ? texts.get("dictionary." + part) : text;
    }

    private RecordTable table(Composite parent, FieldPath path, List<RecordTable.Column> columns, String add,
            String remove, RecordTable.Values values) {
        RecordTable table = new RecordTable(parent, path.toString(), path.toString(), texts, columns, readOnly, add,
                remove, values, rows -> refusal(DocumentEdits.set(state.document(), path, rowsValue(path, rows)), path),
                rows -> replace(path, rowsValue(path, rows)));
        table.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        tables.put(path, table);
        return table;
    }

    /** The rows a table shows of a field: the records of a list, or a dictionary's keys with their values. */
    private List<MapNode> rowsOf(FieldPath path) {
        Optional<Node> value = DocumentEdits.get(state.document(), path);
        if (value.orElse(null) instanceof ListNode list) {
            return list.items().stream().filter(MapNode.class::isInstance).map(MapNode.class::cast).toList();
        }
        if (value.orElse(null) instanceof MapNode map) {
            return map.entries().entrySet().stream()
                    .map(entry -> MapNode.empty().with(DICTIONARY_KEY, ScalarNode.string(entry.getKey()))
                            .with(DICTIONARY_VALUE, entry.getValue()))
                    .toList();
        }
        return List.of();
    }

    /** The value of a field that a table's rows make: a list of records, or a dictionary (rows without a key left out). */
    private Optional<Node> rowsValue(FieldPath path, List<MapNode> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        if (Schema.at(shape(), path).orElse(null) instanceof DictionaryShape) {
            Map<String, Node> entries = new LinkedHashMap<>();
            for (MapNode row : rows) {
                Optional<String> key = row.get(DICTIONARY_KEY).map(node -> DocumentEdits.text(Optional.of(node)));
                Optional<Node> value = row.get(DICTIONARY_VALUE);
                if (key.isPresent() && !key.get().isBlank() && value.isPresent()) {
                    entries.put(key.get(), value.get());
                }
            }
            return entries.isEmpty() ? Optional.empty() : Optional.of(MapNode.of(entries));
        }
        return Optional.of(ListNode.of(rows));
    }

    private Shape shape() {
        return entity.kind() == EntityKind.PLAN ? Schema.of(EntityKind.PLAN) : Schema.of(entity.kind());
    }

    /**
     * Why the region's rules refuse the document a change of {@code field} would make, when they refuse it
     * and did not already refuse the document as it is (an earlier edit elsewhere is told at its own field).
     */
    private Optional<String> refusal(MapNode next, FieldPath field) {
        if (rules.isEmpty()) {
            return Optional.empty();
        }
        Optional<RuleBreach> now = rules.get().check(entity.path(), Optional.of(state.document()));
        Optional<RuleBreach> after = rules.get().check(entity.path(), Optional.of(next));
        if (after.isEmpty() || after.equals(now)) {
            return Optional.empty();
        }
        return Optional.of(describe(after.get()));
    }

    private String describe(RuleBreach breach) {
        // the file is the form's own: the field says where
        return texts.get("editor.ruleBreach", breach.describe(texts.language().locale()),
                breach.field().orElse(String.join(" ", breach.subject())));
    }

    /** A list of free texts (goals, principles, triggers): edited one item a line, not comma-separated. */
    private static boolean isTextList(Shape shape) {
        return shape instanceof ListShape list && list.element() instanceof ScalarShape element
                && element.isText() && element.choices().isEmpty() && element.reference().isEmpty()
                && (element.kind() == ScalarKind.TEXT
                        || element.kind() == ScalarKind.MULTILINE_TEXT);
    }

    /**
     * What a reference can name, in this repository: entities by id to title, or a regional plan's members by
     * code to name. Empty for a value that names nothing, or a member where the plan lists none.
     */
    private Optional<Map<String, String>> referable(Shape shape) {
        if (!(shape instanceof ScalarShape scalar) || scalar.reference().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        if (scalar.reference().get() == nl.veerkracht.model.schema.Reference.MEMBER) {
            Optional<Node> members = base.snapshot().document(EntityKind.PLAN.pathOf(EntityKind.PLAN_ID))
                    .flatMap(plan -> DocumentEdits.get(plan, FieldPath.of("members")));
            if (!(members.orElse(null) instanceof ListNode list) || list.items().isEmpty()) {
                return Optional.empty();
            }
            for (Node member : list.items()) {
                String code = DocumentEdits.text(DocumentEdits.get(member, FieldPath.of("code")));
                String name = DocumentEdits.text(DocumentEdits.get(member, FieldPath.of("name")));
                if (!code.isEmpty()) {
                    titles.put(code, name.isEmpty() ? code : name);
                }
            }
            return Optional.of(titles);
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
                combo.add(title.equals(id) ? id : title);
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
            return records(parent, path, record).table();
        }
        if (shape instanceof DictionaryShape dictionary && dictionary.value() instanceof ScalarShape) {
            return dictionary(parent, path, dictionary).table();
        }
        if (shape instanceof ScalarShape scalar && scalar.kind() == ScalarKind.DATE) {
            DateField date = new DateField(parent, texts, !readOnly);
            date.control().setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            date.text().addListener(SWT.Modify, event -> edited(path, date.text().getText()));
            return date.text();
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
        return FieldLabels.of(texts, path);
    }

    /** Puts the document's values into the controls (after opening, undo or redo). */
    private void fill() {
        updating = true;
        try {
            for (FieldControl field : fields.values()) {
                RecordTable table = tables.get(field.path());
                if (table != null) {
                    table.show(rowsOf(field.path()));
                    continue;
                }
                String value = isTextList(field.shape())
                        ? DocumentEdits.lines(DocumentEdits.get(state.document(), field.path()))
                        : DocumentEdits.text(DocumentEdits.get(state.document(), field.path()));
                if (field.control() instanceof Combo combo && combo.getData("ids") instanceof List<?> ids) {
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
                } else if (field.control() instanceof Table ticks) {
                    List<String> named = value.isEmpty() ? List.of() : List.of(value.split(", "));
                    for (String id : named) {
                        if (Arrays.stream(ticks.getItems()).noneMatch(item -> id.equals(item.getData()))) {
                            TableItem item = new TableItem(ticks, SWT.NONE);
                            item.setText(id);
                            item.setData(id);
                        }
                    }
                    for (TableItem item : ticks.getItems()) {
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
            showObservations();
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
        change(new State(DocumentEdits.set(state.document(), path, value), state.observations()));
        changed.run();
        scheduleValidation();
    }

    /** The state after a change; the one before it is what undo goes back to. */
    private void change(State next) {
        if (!next.equals(state)) {
            undo.push(state);
            redo.clear();
            state = next;
        }
    }

    private void replace(FieldPath path, Optional<Node> value) {
        change(new State(DocumentEdits.set(state.document(), path, value), state.observations()));
        fill();
        validate();
    }

    /**
     * Validates a moment after the last keystroke rather than at each: typing a word validates the file once.
     * A new keystroke within the delay puts the validation off again.
     */
    private void scheduleValidation() {
        validationScheduled = true;
        form.getDisplay().timerExec(-1, pendingValidation);
        form.getDisplay().timerExec(VALIDATION_DELAY_MS, pendingValidation);
    }

    private void validateNow() {
        if (!form.isDisposed() && validationScheduled) {
            validate();
        }
    }

    /**
     * Validates the document as {@code validate} would the saved file, against the plan as it was read (only
     * this file is read again), and the region's rules on it; shows each problem at its field.
     */
    private void validate() {
        validationScheduled = false;
        form.getDisplay().timerExec(-1, pendingValidation);
        validations++;
        problems = session.validate(base, entity.path(), state.document());
        breach = rules.flatMap(known -> known.check(entity.path(), Optional.of(state.document())));
        TreeMap<Integer, FieldPath> lines = new TreeMap<>();
        try {
            lines.putAll(DocumentEdits.fieldsByLine(PlanFiles.read(entity.path(),
                    PlanFiles.write(entity.path(), state.document()))));
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
        if (breach.isPresent()) {
            Optional<FieldPath> field = breach.get().field().flatMap(EntityEditor::parse).map(this::formFieldOf)
                    .filter(fields::containsKey);
            if (field.isPresent()) {
                byField.computeIfAbsent(field.get(), f -> new ArrayList<>()).add(describe(breach.get()));
            } else {
                general.add(describe(breach.get()));
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

    private static Optional<FieldPath> parse(String field) {
        try {
            return Optional.of(FieldPath.parse(field));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
        return DocumentEdits.parent(path);
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
        boolean active = original.document().get("active_since").isPresent();
        activate.setEnabled(!active);
        standDown.setEnabled(active);
    }

    /** A scenario editor's "Activate" ({@code true}) or "Stand down" button; empty in any other editor. */
    Optional<Button> scenarioButton(boolean activating) {
        return Optional.ofNullable(activating ? activate : standDown);
    }

    /** The line above the form that says what the last scenario commit did. */
    String bannerText() {
        return banner.getText();
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
            original = new State(base.snapshot().document(entity.path()).filter(MapNode.class::isInstance)
                    .map(node -> ((MapNode) node).withoutPositions()).orElse(original.document()),
                    original.observations());
            state = original;
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

    /**
     * Writes the entity's canonical files in the background, and reads its repository again there: the
     * plan store then reads them as {@code validate} and {@code commit} do. The window stays responsive;
     * what is typed meanwhile stays unsaved.
     */
    public void save() {
        if (readOnly || !isDirty() || saving) {
            return;
        }
        State written = state;
        boolean document = !written.document().equals(original.document());
        boolean observations = !written.observations().equals(original.observations());
        saving = true;
        background.run(texts.get("status.saving", entity.repository().folder() + "/" + entity.path()), () -> {
            if (document) {
                session.save(entity.repository(), entity.path(), written.document());
            }
            if (observations) {
                session.save(entity.repository(), observationsPath(), written.observations());
            }
            return session.read(entity.repository());
        }, version -> {
            saving = false;
            original = written;
            if (form.isDisposed()) {
                return;
            }
            base = version;
            validate();
            saved.accept(this);
        }, failure -> {
            saving = false;
            failed.accept(failure);
        });
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(state);
            state = undo.pop();
            fill();
            validate();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(state);
            state = redo.pop();
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
        RecordTable table = tables.get(field.path());
        scroll.showControl(table != null ? table.control() : field.control());
        focused = field.path();
        return true;
    }

    public boolean isDirty() {
        return !state.equals(original);
    }

    /** Whether a save is under way in the background. */
    public boolean isSaving() {
        return saving;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public Entity entity() {
        return entity;
    }

    public String title() {
        return WorkspaceOutline.titleOf(state.document(), entity.id());
    }

    public Composite control() {
        return scroll;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The region's rule the form breaks now, if any. */
    Optional<RuleBreach> breach() {
        return breach;
    }

    /** The control of a field, for the tests. */
    public Optional<Control> control(String field) {
        return Optional.ofNullable(fields.get(FieldPath.parse(field))).map(FieldControl::control);
    }

    /** The table of a list of records or a dictionary, for the tests. */
    Optional<RecordTable> table(String field) {
        return Optional.ofNullable(tables.get(FieldPath.parse(field)));
    }

    /** The table of an indicator's observations, for the tests. */
    Optional<RecordTable> observations() {
        return Optional.ofNullable(observationTable);
    }

    /** The field last put forward by {@link #focus}, for the tests. */
    public Optional<FieldPath> focusedField() {
        return Optional.ofNullable(focused);
    }

    /** The message shown under a field, for the tests. */
    public String message(String field) {
        return Optional.ofNullable(fields.get(FieldPath.parse(field))).map(f -> f.message().getText()).orElse("");
    }

    /** What is written under the observations, for the tests. */
    String observationMessage() {
        return observationMessage == null ? "" : observationMessage.getText();
    }

    /** Whether the last change has been validated (no validation is waiting for the typing to stop), for the tests. */
    boolean isValidated() {
        return !validationScheduled;
    }

    /** How often the form was validated, for the tests. */
    int validations() {
        return validations;
    }
}
