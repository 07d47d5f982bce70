package nl.veerkracht.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nl.veerkracht.format.internal.LessonFile;
import nl.veerkracht.format.internal.ObservationsCsv;
import nl.veerkracht.format.internal.PlanText;
import nl.veerkracht.format.internal.YamlReader;
import nl.veerkracht.format.internal.YamlWriter;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.PlanSnapshot;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.model.schema.ScalarShape;
import nl.veerkracht.model.schema.Schema;
import nl.veerkracht.model.schema.Shape;
import nl.veerkracht.model.validation.BoundPlan;
import nl.veerkracht.model.validation.PlanBinder;
import nl.veerkracht.model.validation.Problem;

/**
 * Reads and writes plan files. The path (relative to the repository root) chooses the kind of file
 * ({@link EntityKind}): {@code .yaml} files are YAML, {@code lessons/<id>.md} Markdown with YAML front
 * matter whose text becomes the field {@code body}, {@code indicators/<id>.csv} CSV whose lines become
 * maps {period, value, source}.
 *
 * <p>Reading is strict and never throws anything but {@link PlanFileException} for bad bytes: files over
 * {@link #MAX_FILE_BYTES}, a byte-order mark, invalid UTF-8, CR line endings, control characters, tabs
 * used for indentation, anchors, aliases, tags, directives, duplicate keys, a second document, and every
 * YAML or CSV syntax error each give a problem with line and column. Writing is canonical: writing what
 * was read from a canonically written file gives the same bytes.
 */
public final class PlanFiles {

    /** The largest plan file that is read: 1 MiB. Check a blob's size against it before loading it. */
    public static final int MAX_FILE_BYTES = PlanText.MAX_BYTES;

    private static final SourcePosition START = new SourcePosition(1, 1);

    private PlanFiles() {
    }

    /**
     * Reads one plan file.
     *
     * @param path the file's path in the repository, such as {@code actions/terrassen-verruimen.yaml}
     * @param content the file's bytes
     * @return the document: a map, or for observations a list of maps
     * @throws PlanFileException when the path is not a plan file inside the repository, or the bytes
     *         are not a well-formed plan file; the problems say where and why
     */
    public static Node read(String path, byte[] content) throws PlanFileException {
        EntityKind kind = kindOf(path);
        String text = PlanText.decode(path, content);
        return switch (kind) {
            case LESSON -> LessonFile.read(path, text);
            case OBSERVATIONS -> ObservationsCsv.read(path, text);
            default -> YamlReader.read(path, text, 0, Schema.of(kind));
        };
    }

    /**
     * Reads one plan file as {@link #read} does and to the same document, without the line and column of
     * its nodes: each is at {@link SourcePosition#UNKNOWN}. For readers that use what a file says and
     * never where (the workspace index); a YAML file is then read a tenth to a sixth faster. It accepts and
     * refuses exactly the files {@link #read} does, but the problems of a refusal may lack their positions:
     * read the file again with {@link #read} to tell a user where they are.
     *
     * @throws PlanFileException when {@link #read} would throw it
     */
    public static Node readUnpositioned(String path, byte[] content) throws PlanFileException {
        EntityKind kind = kindOf(path);
        String text = PlanText.decode(path, content);
        return switch (kind) {
            case LESSON -> LessonFile.read(path, text).withoutPositions();
            case OBSERVATIONS -> ObservationsCsv.read(path, text).withoutPositions();
            default -> YamlReader.readUnpositioned(path, text, Schema.of(kind));
        };
    }

    /**
     * Reads a value that a user typed for one field of a plan file ({@code resolve ... --value v}) as
     * YAML: {@code 15000} is a number, {@code [innovatie, digitalisering]} a list,
     * {@code {amount: 5000, source: region}} a map, {@code "56"} text. Where the schema says the field
     * is text, an unquoted {@code 56} stays text; where it is multi-line text, the text is taken as it
     * is typed.
     *
     * @param path the plan file, such as {@code actions/terrassen-verruimen.yaml}
     * @param field the field inside it, such as {@code budget.amount}
     * @throws PlanFileException when the path is not a plan file or the text is no well-formed YAML value
     */
    public static Node readValue(String path, FieldPath field, String text) throws PlanFileException {
        EntityKind kind = kindOf(path);
        Shape shape = Schema.at(Schema.of(kind), field).orElse(null);
        if (shape instanceof ScalarShape scalar && scalar.isMultiline()) {
            return ScalarNode.string(text);
        }
        return YamlReader.readValue(path, text, shape).withoutPositions();
    }

    /**
     * Writes a document as the canonical bytes of the plan file at {@code path}: UTF-8, LF, a final
     * newline, keys in the schema's order, fields the schema does not know left out.
     *
     * @throws IllegalArgumentException when {@code path} is not a plan file, or the document cannot be a
     *         file of its kind (a list where a map belongs, a lesson text or observation holding a
     *         control character, an INTEGER scalar whose text is no integer)
     */
    public static byte[] write(String path, Node document) {
        EntityKind kind;
        try {
            kind = kindOf(path);
        } catch (PlanFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        String text = switch (kind) {
            case LESSON -> LessonFile.write(asMap(path, document));
            case OBSERVATIONS -> {
                if (!(document instanceof ListNode list)) {
                    throw new IllegalArgumentException(path + " holds a list of observations, not " + document);
                }
                yield ObservationsCsv.write(list);
            }
            default -> YamlWriter.write(asMap(path, document), Schema.of(kind));
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads every plan file of a repository, and validates them together (references included). Files
     * that are not plan files are skipped ({@code README.md}, {@code .gitignore}, {@code .veerkracht/...},
     * files starting with a dot); a file inside an entity folder that is not named as a plan file
     * ({@code actions/x.yml}, {@code lessons/x.yaml}) is a problem, and so is a path outside the
     * repository. Never throws for bad files: every problem is in the result.
     *
     * @param files every file by its path in the repository, such as a Git tree gives them
     */
    public static PlanRead readAll(Map<String, byte[]> files) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Node> documents = new TreeMap<>();
        Set<String> unreadable = new HashSet<>();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            String path = file.getKey();
            if (!isInRepository(path)) {
                problems.add(Problem.error(path, START, "file.notInRepository", path));
                continue;
            }
            if (EntityKind.ofPath(path).isEmpty()) {
                if (isMisnamed(path)) {
                    problems.add(notPlanFile(path));
                }
                continue;
            }
            try {
                documents.put(path, read(path, file.getValue()));
            } catch (PlanFileException e) {
                problems.addAll(e.problems());
                unreadable.add(path);
            }
        }
        PlanSnapshot snapshot = PlanSnapshot.of(documents);
        BoundPlan bound = PlanBinder.bind(snapshot, unreadable);
        problems.addAll(bound.problems());
        problems.sort(Problem.ORDER);
        return new PlanRead(snapshot, bound.contents(), problems);
    }

    /**
     * The problems that {@link #readAll} would find in the file {@code path} if it held {@code content}, the
     * repository's other files being as they were when {@code read} was made of them: only this file is read
     * again; the documents of the others are taken from {@code read}. For an editor that validates one file as it
     * is typed, against the plan as it has read it once.
     *
     * @param read what {@link #readAll} gave for the repository's files
     * @param files the paths of those files: which plan files could not be read counts (references to them are
     *        resolved, as in {@link #readAll})
     * @return the problems of {@code path} alone, sorted by line and column, exactly as {@link #readAll} of the
     *         files with {@code path} replaced gives them
     */
    public static List<Problem> readOne(PlanRead read, Set<String> files, String path, byte[] content) {
        if (!isInRepository(path)) {
            return List.of(Problem.error(path, START, "file.notInRepository", path));
        }
        if (EntityKind.ofPath(path).isEmpty()) {
            return isMisnamed(path) ? List.of(notPlanFile(path)) : List.of();
        }
        Set<String> unreadable = new HashSet<>();
        for (String file : files) {
            if (!file.equals(path) && isInRepository(file) && EntityKind.ofPath(file).isPresent()
                    && !read.snapshot().contains(file)) {
                unreadable.add(file);
            }
        }
        List<Problem> problems = new ArrayList<>();
        PlanSnapshot snapshot = read.snapshot().without(path);
        try {
            snapshot = snapshot.with(path, read(path, content));
        } catch (PlanFileException e) {
            problems.addAll(e.problems());
            unreadable.add(path);
        }
        for (Problem problem : PlanBinder.bind(snapshot, unreadable).problems()) {
            if (problem.path().equals(path)) {
                problems.add(problem);
            }
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    private static EntityKind kindOf(String path) throws PlanFileException {
        if (!isInRepository(path)) {
            throw new PlanFileException(List.of(Problem.error(path, START, "file.notInRepository", path)));
        }
        Optional<EntityKind> kind = EntityKind.ofPath(path);
        if (kind.isEmpty()) {
            throw new PlanFileException(List.of(notPlanFile(path)));
        }
        return kind.get();
    }

    private static boolean isInRepository(String path) {
        try {
            PlanSnapshot.checkPath(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A file in an entity folder, not hidden, that is not named as a plan file there. */
    private static boolean isMisnamed(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return !EntityKind.inFolderOf(path).isEmpty() && !name.startsWith(".");
    }

    private static Problem notPlanFile(String path) {
        List<EntityKind> kinds = EntityKind.inFolderOf(path);
        if (kinds.isEmpty()) {
            kinds = List.of(EntityKind.values());
        }
        return Problem.error(path, START, "file.notPlanFile", path, kinds.stream().map(EntityKind::pattern).toList());
    }

    private static MapNode asMap(String path, Node document) {
        if (!(document instanceof MapNode map)) {
            throw new IllegalArgumentException(path + " holds fields (a map), not " + document);
        }
        return map;
    }
}
