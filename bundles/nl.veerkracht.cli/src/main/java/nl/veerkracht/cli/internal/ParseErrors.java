package nl.veerkracht.cli.internal;

import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Says in the user's language what is wrong with a command line that picocli could not parse. */
final class ParseErrors {

    private ParseErrors() {
    }

    static String describe(ParameterException error, Messages messages) {
        CommandLine where = error.getCommandLine();
        boolean atRoot = where.getParent() == null;
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = unmatched.getUnmatched().get(0);
            if (first.startsWith("-")) {
                return atRoot ? messages.text("error.option.unknown", first)
                        : messages.text("error.option.unknownFor", first, name(where));
            }
            return atRoot ? messages.text("error.command.unknown", first)
                    : messages.text("error.argument.unexpected", first, name(where));
        }
        if (error instanceof MissingParameterException missing) {
            return messages.text("error.missing", names(missing.getMissing()), name(where));
        }
        if (error instanceof MutuallyExclusiveArgsException) {
            // picocli says which were given only in its English message; the command's exclusive groups say the choice
            String choices = where.getCommandSpec().argGroups().stream().filter(ArgGroupSpec::exclusive)
                    .flatMap(group -> group.args().stream()).map(ParseErrors::label).collect(Collectors.joining(", "));
            return messages.text("error.option.exclusive", choices, name(where));
        }
        if (error instanceof OverwrittenOptionException overwritten) {
            return messages.text("error.option.twice", label(overwritten.getOverwritten()));
        }
        if (error.getArgSpec() != null && error.getValue() != null) {
            return messages.text("error.value.invalid", error.getValue(), label(error.getArgSpec()));
        }
        return messages.text("error.commandLine", error.getMessage());
    }

    /** How to get help for the command where the error is: {@code veerkracht help demo}. */
    static String helpFor(CommandLine where) {
        return where.getParent() == null ? "veerkracht help" : "veerkracht help " + name(where);
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ").replaceFirst("^veerkracht ?", "");
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(ParseErrors::label).collect(Collectors.joining(", "));
    }

    private static String label(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        return spec.paramLabel();
    }
}
