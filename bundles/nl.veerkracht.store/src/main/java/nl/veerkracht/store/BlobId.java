package nl.veerkracht.store;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The id Git gives a file's content (a blob), computed from its bytes without writing anything: to
 * compare content made in memory with what a repository holds, by id.
 */
public final class BlobId {

    /** A formatter per thread: it keeps its message digest between calls, and is not thread-safe. */
    private static final ThreadLocal<ObjectInserter.Formatter> FORMATTER = ThreadLocal.withInitial(
            ObjectInserter.Formatter::new);

    private BlobId() {
    }

    /** The id of a blob with exactly {@code content}, as {@code git hash-object} says it. */
    public static String of(byte[] content) {
        return FORMATTER.get().idFor(Constants.OBJ_BLOB, content).name();
    }
}
