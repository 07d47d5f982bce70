package nl.veerkracht.demo;

import java.util.List;

/**
 * One step of the demo: what happened, as a message key of the command line's texts
 * ({@code demo.step.<key>}) with its arguments, so it is told in the user's language.
 */
public record DemoStep(String key, List<String> arguments) {

    public DemoStep {
        arguments = List.copyOf(arguments);
    }

    public static DemoStep of(String key, String... arguments) {
        return new DemoStep(key, List.of(arguments));
    }
}
