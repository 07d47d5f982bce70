package nl.veerkracht.store;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;

/**
 * The causes of a failed read or write that a user can act on, found anywhere in an exception's chain
 * of causes, and said in one line in the user's language: the device is full, a path may not be
 * written or read, the file system is read-only, a Git object is damaged or missing. JGit wraps them
 * ("Exception caught during execution of commit command"), and Java says them in English; here they
 * become a {@link StoreException} that names the path.
 */
public final class IoFailures {

    private static final String NO_SPACE = "no space left on device";
    private static final String READ_ONLY = "read-only file system";
    private static final String QUOTA = "disk quota exceeded";

    private IoFailures() {
    }

    /** The cause of {@code failure} that the user can act on, when its chain holds one. */
    public static Optional<StoreException> explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            String path = cause instanceof FileSystemException files && files.getFile() != null ? files.getFile() : "";
            String reason = cause instanceof FileSystemException files && files.getReason() != null
                    ? files.getReason().toLowerCase(Locale.ROOT) : message;
            if (reason.contains(NO_SPACE) || reason.contains(QUOTA) || message.contains(NO_SPACE)
                    || message.contains(QUOTA)) {
                return Optional.of(path.isEmpty() ? StoreException.ofCause(failure, "io.noSpace")
                        : StoreException.ofCause(failure, "io.noSpace.path", path));
            }
            if (reason.contains(READ_ONLY)) {
                return Optional.of(path.isEmpty() ? StoreException.ofCause(failure, "io.readOnly")
                        : StoreException.ofCause(failure, "io.readOnly.path", path));
            }
            if (cause instanceof AccessDeniedException) {
                return Optional.of(StoreException.ofCause(failure, "io.accessDenied", path));
            }
            if (cause instanceof CorruptObjectException) {
                return Optional.of(StoreException.ofCause(failure, "io.corruptObject", firstLine(cause.getMessage())));
            }
            if (cause instanceof MissingObjectException missing) {
                return Optional.of(StoreException.ofCause(failure, "io.missingObject", missing.getObjectId().name()));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
