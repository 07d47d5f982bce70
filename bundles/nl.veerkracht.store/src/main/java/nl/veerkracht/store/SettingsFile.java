package nl.veerkracht.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A small settings file of a workspace, such as {@code .veerkracht/index.cfg}: lines {@code key = value}
 * (or {@code key: value}); {@code #} and {@code !} start a comment line; blank lines are skipped; values
 * are taken as written, without escapes; UTF-8. Which keys mean something is the reader's business; this
 * class only knows where each one stands, so that a reader can name the file, line and column of a
 * value it cannot use.
 */
public final class SettingsFile {

    /** One setting: its key and value, and the line and column (from 1) where its key starts. */
    public record Setting(String key, String value, int line, int column) {
    }

    /** Why a file could not be read as settings; {@link #line()} and {@link #column()} are 0 when unknown. */
    public static final class MalformedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** What is wrong. */
        public enum Reason {
            /** the file cannot be read, or is not UTF-8; the message says why */
            UNREADABLE,
            /** a line is not {@code key = value} */
            SYNTAX,
            /** a key stands on two lines; {@link #key()} names it */
            DUPLICATE_KEY,
            /** a key that whoever reads the file does not know; {@link #key()} names it */
            UNKNOWN_KEY
        }

        private final Path file;
        private final Reason reason;
        private final int line;
        private final int column;
        private final String key;
        private final String detail;

        MalformedException(Path file, Reason reason, int line, int column, String key, String detail) {
            super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + detail, null, false, false);
            this.file = file;
            this.reason = reason;
            this.line = line;
            this.column = column;
            this.key = key;
            this.detail = detail;
        }

        public Path file() {
            return file;
        }

        public Reason reason() {
            return reason;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The key a {@link Reason#DUPLICATE_KEY} is about; empty otherwise. */
        public String key() {
            return key;
        }

        /** What is wrong, in English, without the file's name: for {@link Reason#UNREADABLE}, why it could not be read. */
        public String detail() {
            return detail;
        }
    }

    private final Path file;
    private final Map<String, Setting> settings;

    private SettingsFile(Path file, Map<String, Setting> settings) {
        this.file = file;
        this.settings = Collections.unmodifiableMap(settings);
    }

    /**
     * The settings in {@code file}; empty when there is no such file.
     *
     * @throws MalformedException when it cannot be read or a line is not a setting
     */
    public static Optional<SettingsFile> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException(file, MalformedException.Reason.UNREADABLE, 0, 0, "", "UTF-8");
        } catch (IOException e) {
            throw new MalformedException(file, MalformedException.Reason.UNREADABLE, 0, 0, "", String.valueOf(e.getMessage()));
        }
        return Optional.of(parse(file, text));
    }

    /**
     * The settings in {@code text}, as read from {@code file}.
     *
     * @throws MalformedException when a line is not a setting, or a key stands twice
     */
    public static SettingsFile parse(Path file, String text) {
        Map<String, Setting> settings = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("!")) {
                continue;
            }
            int column = line.indexOf(content) + 1;
            int separator = firstSeparator(content);
            if (separator <= 0) {
                throw new MalformedException(file, MalformedException.Reason.SYNTAX, number, column, "",
                        "expected 'key = value'");
            }
            String key = content.substring(0, separator).strip();
            if (settings.containsKey(key)) {
                throw new MalformedException(file, MalformedException.Reason.DUPLICATE_KEY, number, column, key,
                        "'" + key + "' appears twice");
            }
            settings.put(key, new Setting(key, content.substring(separator + 1).strip(), number, column));
        }
        return new SettingsFile(file, settings);
    }

    private static int firstSeparator(String content) {
        int equals = content.indexOf('=');
        int colon = content.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    public Path file() {
        return file;
    }

    /** Every setting by key, in the order of the file. */
    public Map<String, Setting> settings() {
        return settings;
    }

    public Optional<Setting> setting(String key) {
        return Optional.ofNullable(settings.get(key));
    }

    /**
     * This file, when every key is one that {@code known} accepts.
     *
     * @throws MalformedException {@link MalformedException.Reason#UNKNOWN_KEY} at the first other key
     */
    public SettingsFile requireKnown(Predicate<String> known) {
        for (Setting setting : settings.values()) {
            if (!known.test(setting.key())) {
                throw new MalformedException(file, MalformedException.Reason.UNKNOWN_KEY, setting.line(), setting.column(),
                        setting.key(), "unknown key " + setting.key());
            }
        }
        return this;
    }

    /** Where a setting stands, as error messages name it: {@code <file>:<line>:<column>}. */
    public String where(Setting setting) {
        return file + ":" + setting.line() + ":" + setting.column();
    }
}
