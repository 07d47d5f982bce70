package nl.veerkracht.checklist;

import java.util.List;
import java.util.Optional;

/**
 * A configured threshold cannot be used: it is not what its rule needs. The check stops; the user
 * fixes the configuration {@value Checklist#PID}.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;
    private final transient List<String> allowed;
    private final String origin;

    /**
     * @param key the configuration key
     * @param value the value as configured
     * @param allowed the words the key takes; empty when it takes a whole number of 0 or more
     */
    public InvalidSettingException(String key, String value, List<String> allowed) {
        this(key, value, allowed, Optional.empty());
    }

    /**
     * @param key the configuration key
     * @param value the value as configured
     * @param allowed the words the key takes; empty when it takes a whole number of 0 or more
     * @param origin where the value was written, when a workspace's file set it ({@code <file>:<line>:<column>})
     */
    public InvalidSettingException(String key, String value, List<String> allowed, Optional<String> origin) {
        super(origin.map(where -> where + ": ").orElse("") + "the setting " + key + " of " + Checklist.PID
                + " cannot be '" + value + "': "
                + (allowed.isEmpty() ? "it takes a whole number of 0 or more" : "it takes one of " + allowed), null,
                false, false);
        this.key = key;
        this.value = value;
        this.allowed = List.copyOf(allowed);
        this.origin = origin.orElse(null);
    }

    /** Where the value was written, when a workspace's file set it: {@code <file>:<line>:<column>}. */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
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
