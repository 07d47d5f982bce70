package nl.veerkracht.cli.internal;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;

/** Budget totals from the index, per repository and group, as {@code query budget} prints them. */
public final class BudgetListing {

    private BudgetListing() {
    }

    public static void print(CommandContext context, List<BudgetTotal> totals, BudgetGrouping grouping) {
        if (totals.isEmpty()) {
            context.say("query.budget.none");
            return;
        }
        int width = totals.stream().mapToInt(total -> group(context, total, grouping).length()).max().orElse(0);
        String repository = null;
        for (BudgetTotal total : totals) {
            if (!Objects.equals(repository, total.repository())) {
                repository = total.repository();
                context.out().println(total.owner().map(owner -> total.repository() + " (" + owner + ")")
                        .orElse(total.repository()));
            }
            String group = group(context, total, grouping);
            context.out().println("  " + group + " ".repeat(width - group.length() + 2)
                    + context.messages().text("query.budget.line", total.amount(), total.actions(), total.withoutAmount()));
        }
    }

    /** The group as it is shown, escaped ({@link TerminalText}), so that the amounts line up whatever it holds. */
    private static String group(CommandContext context, BudgetTotal total, BudgetGrouping grouping) {
        return total.group().map(TerminalText::safe).orElseGet(() -> context.messages()
                .text(grouping == BudgetGrouping.SOURCE ? "query.budget.noSource" : "query.budget.noCode"));
    }
}
