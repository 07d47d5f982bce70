package nl.veerkracht.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * A small file of a workspace's local state ({@code .veerkracht/...}: the lock's owner, a branch move
 * under way, the last sync of a region, a pending merge, a province report), written whole or not at
 * all and read up to a bound.
 *
 * <p>A write goes to {@code <name>.tmp} beside the file, which is then moved over it
 * ({@code ATOMIC_MOVE}), so that a reader, or a process that is killed meanwhile, never sees half a
 * file; a temporary file of a failed write is removed. A read takes at most {@code limit} bytes, so
 * that a damaged or hostile file cannot fill the memory; a larger file is a {@link TooLargeException}
 * whose message says so in one line.
 *
 * <p>Failures are {@link IOException}s: each owner of a file says in its own words what failed.
 */
public final class StateFile {

    /** A state file larger than its reader allows; the message is one line that names the file and the bound. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        TooLargeException(Path file, int limit) {
            super(file + " is larger than " + limit + " bytes");
        }
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private final Path file;

    private StateFile(Path file) {
        this.file = Objects.requireNonNull(file);
    }

    /** The state file at {@code file}. */
    public static StateFile at(Path file) {
        return new StateFile(file);
    }

    public Path path() {
        return file;
    }

    /** Writes {@code text} as UTF-8, whole or not at all; makes the folder when it is missing. */
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content}, whole or not at all; makes the folder when it is missing. */
    public void write(byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the failure of the write is what the caller reports; a leftover is written over next time
            }
            throw e;
        }
    }

    /**
     * The file's content as UTF-8 text, at most {@code limit} bytes of it; empty when there is no file.
     *
     * @throws TooLargeException when the file holds more than {@code limit} bytes
     * @throws java.nio.charset.CharacterCodingException when it is not UTF-8 text
     */
    public Optional<String> read(int limit) throws IOException {
        Optional<byte[]> bytes = readBytes(limit);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.get())).toString());
    }

    /**
     * The file's content, at most {@code limit} bytes of it; empty when there is no file.
     *
     * @throws TooLargeException when the file holds more than {@code limit} bytes
     */
    public Optional<byte[]> readBytes(int limit) throws IOException {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(limit + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (content.length > limit) {
            throw new TooLargeException(file, limit);
        }
        return Optional.of(content);
    }

    /** Removes the file; nothing when it is not there. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
