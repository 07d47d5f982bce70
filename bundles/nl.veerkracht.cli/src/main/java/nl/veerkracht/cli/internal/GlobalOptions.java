package nl.veerkracht.cli.internal;

import nl.veerkracht.model.validation.Language;

import java.util.ArrayList;
import java.util.List;

/**
 * The options that hold for every command and may stand anywhere on the line: {@code --lang nl|en}
 * and {@code --debug}. They are taken out before the command is parsed, because the language must
 * be known to report a parse error in it.
 */
public record GlobalOptions(Language language, boolean debug, List<String> commandLine) {

    public GlobalOptions {
        commandLine = List.copyOf(commandLine);
    }

    /**
     * Separates the global options from the rest of {@code args}. Everything after a lone
     * {@code --} is left alone.
     *
     * @throws UsageError when {@code --lang} has no value or an unknown one; the error is then to
     *         be reported in Dutch, the default
     */
    public static GlobalOptions scan(String[] args) {
        Language language = Language.NL;
        boolean debug = false;
        List<String> rest = new ArrayList<>(args.length);
        boolean literal = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (literal) {
                rest.add(arg);
            } else if (arg.equals("--")) {
                literal = true;
                rest.add(arg);
            } else if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.equals("--lang") || arg.startsWith("--lang=")) {
                String value;
                if (arg.equals("--lang")) {
                    if (i + 1 == args.length) {
                        throw new UsageError("error.lang.missing");
                    }
                    value = args[++i];
                } else {
                    value = arg.substring("--lang=".length());
                }
                String code = value;
                language = Language.fromCode(code).orElseThrow(() -> new UsageError("error.lang.unknown", code));
            } else {
                rest.add(arg);
            }
        }
        return new GlobalOptions(language, debug, rest);
    }
}
