package nl.veerkracht.launcher;

/** The runtime could not be started; the message says why in one line. */
public final class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
