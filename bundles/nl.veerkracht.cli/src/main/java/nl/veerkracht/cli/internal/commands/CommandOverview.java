package nl.veerkracht.cli.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.Messages;
import picocli.CommandLine;

/** The list of every command with one line each, as {@code veerkracht help} prints it. */
final class CommandOverview {

    /**
     * The summaries start in this column at most: a few long synopses ({@code region add-member}) would
     * otherwise push every summary off an ordinary terminal. A longer synopsis is followed by two spaces.
     */
    private static final int MAX_SUMMARY_COLUMN = 72;

    private final CommandContext context;

    CommandOverview(CommandContext context) {
        this.context = context;
    }

    void print(CommandLine root) {
        Messages messages = context.messages();
        List<String[]> rows = new ArrayList<>();
        collect(root, "", rows);
        rows.add(new String[] {"--version", messages.text("option.version")});
        int width = Math.min(rows.stream().mapToInt(row -> row[0].length()).max().orElse(0) + 2,
                MAX_SUMMARY_COLUMN);

        StringBuilder text = new StringBuilder();
        text.append(messages.text("help.title", context.productVersion())).append("\n\n");
        text.append(messages.text("help.usage")).append("\n\n");
        text.append(messages.text("help.commands")).append('\n');
        for (String[] row : rows) {
            text.append("  ").append(pad(row[0], width)).append(row[1]).append('\n');
        }
        text.append('\n').append(messages.text("help.globalOptions")).append('\n');
        String[][] global = {
            {"--lang nl|en", messages.text("option.lang")},
            {"--debug", messages.text("option.debug")},
        };
        for (String[] row : global) {
            text.append("  ").append(pad(row[0], width)).append(row[1]).append('\n');
        }
        text.append('\n').append(messages.text("help.more"));
        context.out().print(text);
        context.out().println();
    }

    /** Leaf commands only: {@code region create} is listed, {@code region} is not. */
    private void collect(CommandLine command, String prefix, List<String[]> rows) {
        for (Map.Entry<String, CommandLine> entry : command.getSubcommands().entrySet()) {
            CommandLine sub = entry.getValue();
            String name = prefix + entry.getKey();
            if (sub.getSubcommands().isEmpty()) {
                String synopsis = context.messages().text("command." + name.replace(' ', '.') + ".synopsis");
                String summary = context.messages().text("command." + name.replace(' ', '.') + ".summary");
                rows.add(new String[] {synopsis.isEmpty() ? name : name + " " + synopsis, summary});
            } else {
                collect(sub, name + " ", rows);
            }
        }
    }

    private static String pad(String text, int width) {
        return text.length() + 2 > width ? text + "  " : text + " ".repeat(width - text.length());
    }
}
