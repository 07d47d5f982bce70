package nl.veerkracht.model.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Why a scenario cannot be activated or stood down; nothing is written then. The key names the case
 * ({@code scenario.alreadyActive}, ...) and the arguments are the texts its message needs; whoever tells
 * the user says it in their language.
 */
public final class ScenarioRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    public ScenarioRefusal(String key, String... args) {
        super(key + " " + List.of(args));
        this.key = Objects.requireNonNull(key);
        this.args = List.of(args);
    }

    /** The case: {@code scenario.unknown}, {@code scenario.alreadyActive}, {@code scenario.notActive}, ... */
    public String key() {
        return key;
    }

    /** The message's arguments, in order. */
    public List<String> args() {
        return args;
    }
}
