package nl.veerkracht.launcher;

import org.apache.felix.framework.Logger;

/**
 * Felix's own log (bundles resolved and wired, with {@code --debug}) on standard error: Felix writes it to
 * standard output by default, where it would mix with a command's answer and break {@code --format json}.
 */
final class StandardErrorLog extends Logger {

    @Override
    protected void doLog(int level, String message, Throwable throwable) {
        String prefix = switch (level) {
            case LOG_ERROR -> "ERROR: ";
            case LOG_WARNING -> "WARNING: ";
            case LOG_INFO -> "INFO: ";
            default -> "DEBUG: ";
        };
        System.err.println(prefix + message);
        if (throwable != null) {
            throwable.printStackTrace(System.err);
        }
    }
}
