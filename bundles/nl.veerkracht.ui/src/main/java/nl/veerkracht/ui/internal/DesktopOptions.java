package nl.veerkracht.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import nl.veerkracht.model.validation.Language;

/**
 * The command line of {@code veerkracht desktop [-w <dir>] [--lang nl|en] [--debug]}.
 *
 * @param workspace {@code -w}: the workspace to open; empty for the one around the current folder
 */
public record DesktopOptions(Optional<Path> workspace, Language language, boolean debug) {

    /** A command line the client does not understand: a key of the texts and its arguments. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        private final String key;
        private final transient Object[] arguments;

        UsageException(String key, Object... arguments) {
            super(key);
            this.key = key;
            this.arguments = arguments.clone();
        }

        public String describe(Texts texts) {
            return texts.get(key, arguments);
        }
    }

    public static DesktopOptions parse(String[] args) throws UsageException {
        Optional<Path> workspace = Optional.empty();
        Language language = Language.NL;
        boolean debug = false;
        boolean command = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "desktop" -> {
                    if (command) {
                        throw new UsageException("usage.unknown", arg);
                    }
                    command = true;
                }
                case "-w", "--workspace" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("usage.workspace");
                    }
                    workspace = Optional.of(Path.of(args[++i]));
                }
                case "--lang" -> {
                    if (i + 1 >= args.length) {
                        throw new UsageException("usage.lang", "");
                    }
                    String code = args[++i];
                    language = Language.fromCode(code).orElseThrow(() -> new UsageException("usage.lang", code));
                }
                case "--debug" -> debug = true;
                default -> throw new UsageException("usage.unknown", arg);
            }
        }
        return new DesktopOptions(workspace, language, debug);
    }

    /** The language a command line asks for, even one that is wrong otherwise: to tell what is wrong with it. */
    public static Language languageOf(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                return Language.fromCode(args[i + 1]).orElse(Language.NL);
            }
        }
        return Language.NL;
    }
}
