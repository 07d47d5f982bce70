package nl.veerkracht.cli.internal.commands;

import java.util.Optional;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.JsonOutput;
import nl.veerkracht.index.IndexDifference;
import nl.veerkracht.index.IndexUpdate;
import nl.veerkracht.index.RepositoryUpdate;
import nl.veerkracht.index.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code veerkracht index verify [-w <dir>] [--format json]}: brings the index up to date, then compares it
 * with a fresh read of every repository and reports every difference; exit 1 when there is one.
 */
@Command(name = "verify")
public final class IndexVerifyCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.format")
    OutputFormat format = OutputFormat.text;

    public IndexVerifyCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Verification verification = context.services().index().verify(workspaceOptions.workspace());
        if (format == OutputFormat.json) {
            JsonArrayBuilder differences = JsonOutput.array();
            for (IndexDifference difference : verification.differences()) {
                JsonObjectBuilder object = JsonOutput.object()
                        .add("kind", difference.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .add("repository", difference.repository());
                difference.path().ifPresent(path -> object.add("file", difference.repository() + "/" + path));
                difference.field().ifPresent(field -> object.add("field", field));
                difference.inIndex().ifPresent(value -> object.add("index", value));
                difference.inRepository().ifPresent(value -> object.add("repository_value", value));
                differences.add(object);
            }
            JsonOutput.print(context.out(), JsonOutput.object()
                    .add("matches", verification.matches())
                    .add("repositories", verification.repositories())
                    .add("entities", verification.entities())
                    .add("updated", json(verification.update()))
                    .add("differences", differences)
                    .build());
        } else {
            for (RepositoryUpdate update : verification.update().changed()) {
                context.say("index.verify.updated", update.repository(), update.written(), update.removed());
            }
            for (IndexDifference difference : verification.differences()) {
                context.out().println(line(difference));
            }
            if (verification.matches()) {
                context.say("index.verify.matches", verification.repositories(), verification.entities());
            } else {
                context.say("index.verify.differs", verification.differences().size(), verification.repositories(),
                        verification.entities());
            }
        }
        return verification.matches() ? ExitCode.DONE.code() : ExitCode.FINDINGS.code();
    }

    private String line(IndexDifference difference) {
        String where = difference.repository() + difference.path().map(path -> "/" + path).orElse("");
        return switch (difference.kind()) {
            case REPOSITORY_NOT_INDEXED -> context.messages().text("index.verify.repositoryNotIndexed", where,
                    shortId(difference.inRepository()));
            case REPOSITORY_NOT_IN_WORKSPACE -> context.messages().text("index.verify.repositoryNotInWorkspace", where);
            case COMMIT -> context.messages().text("index.verify.commit", where, shortId(difference.inIndex()),
                    shortId(difference.inRepository()));
            case ENTITY_NOT_INDEXED -> context.messages().text("index.verify.entityNotIndexed", where);
            case ENTITY_NOT_IN_REPOSITORY -> context.messages().text("index.verify.entityNotInRepository", where);
            case FIELD -> context.messages().text("index.verify.field", where, difference.field().orElse(""),
                    difference.inIndex().orElse("-"), difference.inRepository().orElse("-"));
        };
    }

    private static String shortId(Optional<String> commit) {
        return commit.map(id -> id.length() > 7 ? id.substring(0, 7) : id).orElse("-");
    }

    /** What catching up did, per repository that was not current, for JSON output. */
    static JsonArrayBuilder json(IndexUpdate update) {
        JsonArrayBuilder array = JsonOutput.array();
        for (RepositoryUpdate repository : update.changed()) {
            JsonObjectBuilder object = JsonOutput.object()
                    .add("repository", repository.repository())
                    .add("how", repository.how().name().toLowerCase(java.util.Locale.ROOT))
                    .add("written", repository.written())
                    .add("removed", repository.removed());
            repository.from().ifPresent(commit -> object.add("from", commit));
            repository.to().ifPresent(commit -> object.add("to", commit));
            array.add(object);
        }
        return array;
    }
}
