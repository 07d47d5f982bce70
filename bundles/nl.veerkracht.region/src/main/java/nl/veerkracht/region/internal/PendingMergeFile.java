package nl.veerkracht.region.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import nl.veerkracht.merge.Resolution;
import nl.veerkracht.model.document.FieldPath;
import nl.veerkracht.model.document.ListNode;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.model.document.SourcePosition;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.StateFile;

/**
 * {@code pending-merge.yaml} in a regional plan's state folder ({@code .veerkracht/repositories/region/<id>/}):
 * a {@link StoredMerge}, written whole or not at all (a temporary file moved into place). Values are kept
 * exactly, with their types: a scalar as its type and text, a map with its keys in order.
 *
 * <pre>
 * region: region/west-brabant
 * ours: 3f1c...
 * theirs: 9a7e...
 * member: GM0777
 * member_name: Etten-Leur
 * resolutions:
 * - path: actions/GM0758-binnenstadfonds.yaml
 *   field: budget.amount
 *   value: {scalar: INTEGER, text: '25000'}
 * </pre>
 */
final class PendingMergeFile {

    static final String FILE = "pending-merge.yaml";

    /** Far more than the resolutions of any regional plan's conflicts; a larger file is damaged. */
    private static final int LIMIT = 16 * 1024 * 1024;

    private PendingMergeFile() {
    }

    static Optional<StoredMerge> read(Path stateDirectory) {
        Path file = stateDirectory.resolve(FILE);
        try {
            Optional<String> text = StateFile.at(file).read(LIMIT);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Object loaded = new Load(LoadSettings.builder().build()).loadFromString(text.get());
            Map<?, ?> root = (Map<?, ?>) loaded;
            List<Resolution> resolutions = new ArrayList<>();
            for (Object item : (List<?>) root.get("resolutions")) {
                Map<?, ?> resolution = (Map<?, ?>) item;
                Optional<Node> value = resolution.containsKey("value")
                        ? Optional.of(node(resolution.get("value"))) : Optional.empty();
                resolutions.add(new Resolution(text(resolution, "path"), FieldPath.parse(text(resolution, "field")),
                        value));
            }
            return Optional.of(new StoredMerge(text(root, "region"), text(root, "ours"), text(root, "theirs"),
                    text(root, "member"), text(root, "member_name"), resolutions));
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            throw new RegionException(e, "pending.unreadableAt", file, mark.map(at -> at.getLine() + 1).orElse(1),
                    mark.map(at -> at.getColumn() + 1).orElse(1), e.getProblem());
        } catch (IOException | YamlEngineException e) {
            throw new RegionException(e, "pending.unreadable", file, String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse(""));
        } catch (ClassCastException | IllegalArgumentException | NullPointerException e) {
            // YAML, but not what write() made: someone edited or truncated it
            throw new RegionException(e, "pending.notOurs", file);
        }
    }

    static void write(Path stateDirectory, StoredMerge merge) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("region", merge.region());
        root.put("ours", merge.ours());
        root.put("theirs", merge.theirs());
        root.put("member", merge.member());
        root.put("member_name", merge.memberName());
        List<Object> resolutions = new ArrayList<>();
        for (Resolution resolution : merge.resolutions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", resolution.path());
            item.put("field", resolution.field().toString());
            resolution.value().ifPresent(value -> item.put("value", plain(value)));
            resolutions.add(item);
        }
        root.put("resolutions", resolutions);
        String text = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build())
                .dumpToString(root);
        try {
            StateFile.at(stateDirectory.resolve(FILE)).write(text);
        } catch (IOException e) {
            throw new RegionException(e, "pending.unwritable", stateDirectory.resolve(FILE), e.getMessage());
        }
    }

    static void delete(Path stateDirectory) {
        try {
            StateFile.at(stateDirectory.resolve(FILE)).delete();
        } catch (IOException e) {
            throw new RegionException(e, "pending.unwritable", stateDirectory.resolve(FILE), e.getMessage());
        }
    }

    /** A node as plain maps, lists and strings, that YAML keeps exactly. */
    static Object plain(Node node) {
        Map<String, Object> plain = new LinkedHashMap<>();
        if (node instanceof ScalarNode scalar) {
            plain.put("scalar", scalar.type().name());
            plain.put("text", scalar.text());
        } else if (node instanceof ListNode list) {
            plain.put("list", list.items().stream().map(PendingMergeFile::plain).toList());
        } else {
            List<Object> entries = new ArrayList<>();
            ((MapNode) node).entries().forEach((key, value) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("key", key);
                entry.put("value", plain(value));
                entries.add(entry);
            });
            plain.put("map", entries);
        }
        return plain;
    }

    /** The node {@link #plain(Node)} wrote. */
    static Node node(Object plain) {
        Map<?, ?> map = (Map<?, ?>) plain;
        if (map.containsKey("scalar")) {
            return ScalarNode.of(ScalarNode.Type.valueOf(text(map, "scalar")), text(map, "text"),
                    SourcePosition.UNKNOWN);
        }
        if (map.containsKey("list")) {
            return ListNode.of(((List<?>) map.get("list")).stream().map(PendingMergeFile::node).toList());
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (Object item : (List<?>) map.get("map")) {
            Map<?, ?> entry = (Map<?, ?>) item;
            entries.put(text(entry, "key"), node(entry.get("value")));
        }
        return MapNode.of(entries);
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("'" + key + "' is missing or not text");
        }
        return text;
    }
}
