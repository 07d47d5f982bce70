package nl.veerkracht.checklist;

import java.util.List;

/**
 * A configured threshold cannot be used: it is not what its rule needs. The check stops; the user
 * fixes the configuration {@value Checklist#PID}.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;
    private final transient List<String> allowed;

    /**
     * @param key the configuration key
     * @param value the value as configured
     * @param allowed the words the key takes; empty when it takes a whole number of 0 or more
     */
    public InvalidSettingException(String key, String value, List<String> allowed) {
        super("the setting " + key + " of " + Checklist.PID + " cannot be '" + value + "': "
                + (allowed.isEmpty() ? "it takes a whole number of 0 or more" : "it takes one of " + allowed), null,
                false, false);
        this.key = key;
        this.value = value;
        this.allowed = List.copyOf(allowed);
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }

    /** The words the key takes; empty when it takes a whole number of 0 or more. */
    public List<String> allowed() {
        return allowed;
    }
}
