package nl.veerkracht.cli.internal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.veerkracht.index.ActionHit;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.Vocabulary;

/**
 * Actions from the index as a user reads them, one a line: whose action it is, its file, its title, and
 * its term, status and budget; or as JSON. Used by {@code query actions} and by the demo.
 */
public final class ActionListing {

    private ActionListing() {
    }

    public static void print(CommandContext context, List<ActionHit> hits) {
        if (hits.isEmpty()) {
            context.say("query.actions.none");
            return;
        }
        int who = hits.stream().mapToInt(hit -> municipalities(hit).length()).max().orElse(0);
        int file = hits.stream().mapToInt(hit -> file(hit).length()).max().orElse(0);
        for (ActionHit hit : hits) {
            String details = hit.budget().isPresent()
                    ? context.messages().text("query.actions.details.budget", hit.term().code(), hit.status().code(),
                            hit.budget().get(), hit.budgetSource().map(Vocabulary::code).orElse("-"))
                    : context.messages().text("query.actions.details", hit.term().code(), hit.status().code());
            context.out().println(pad(municipalities(hit), who) + "  " + pad(file(hit), file) + "  " + hit.title()
                    + "  " + details);
        }
        context.say("query.actions.count", hits.size());
    }

    public static void printJson(CommandContext context, List<ActionHit> hits) {
        JsonArrayBuilder array = JsonOutput.array();
        for (ActionHit hit : hits) {
            JsonArrayBuilder themes = JsonOutput.array();
            hit.themes().stream().map(Theme::code).forEach(themes::add);
            JsonArrayBuilder municipalities = JsonOutput.array();
            hit.municipalities().forEach(municipalities::add);
            JsonObjectBuilder object = JsonOutput.object()
                    .add("municipalities", municipalities)
                    .add("id", hit.id())
                    .add("title", hit.title())
                    .add("file", hit.file())
                    .add("repository", hit.repository())
                    .add("path", hit.path())
                    .add("commit", hit.commit())
                    .add("term", hit.term().code())
                    .add("status", hit.status().code())
                    .add("themes", themes);
            hit.budget().ifPresentOrElse(amount -> object.add("budget", amount), () -> object.addNull("budget"));
            hit.budgetSource().ifPresentOrElse(source -> object.add("budget_source", source.code()),
                    () -> object.addNull("budget_source"));
            array.add(object);
        }
        JsonOutput.print(context.out(), JsonOutput.object().add("actions", array).build());
    }

    /** The columns as they are shown, escaped ({@link TerminalText}), so that they line up whatever they hold. */
    private static String municipalities(ActionHit hit) {
        return TerminalText.safe(hit.municipalities().isEmpty() ? "-"
                : hit.municipalities().stream().collect(Collectors.joining(",")));
    }

    private static String file(ActionHit hit) {
        return TerminalText.safe(hit.file());
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
