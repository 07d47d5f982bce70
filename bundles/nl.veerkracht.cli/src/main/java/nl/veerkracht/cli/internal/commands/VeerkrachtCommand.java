package nl.veerkracht.cli.internal.commands;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.cli.internal.UsageError;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.RemoteUrls;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The base of every command: it answers {@code -h}/{@code --help} and sees the
 * {@link CommandContext} of the run.
 */
public abstract class VeerkrachtCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "option.help")
    boolean helpRequested;

    protected final CommandContext context;

    protected VeerkrachtCommand(CommandContext context) {
        this.context = context;
    }

    /**
     * Whether {@code text} is an id or code {@code name} accepts ({@link RepositoryName#region},
     * {@link RepositoryName#member}, {@link RepositoryName#province}): the store's own rules for them.
     */
    protected static boolean isNamed(Function<String, RepositoryName> name, String text) {
        try {
            name.apply(text);
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    /** A region's id as an option gives it; anything else is a wrong command line (exit 2). */
    protected static String regionId(String id) {
        if (!isNamed(RepositoryName::region, id)) {
            throw new UsageError("region.error.id", id);
        }
        return id;
    }

    /**
     * A repository's URL as given on the command line: one with a password in it is a wrong command line
     * (exit 2), since it would be recorded and shared; credentials belong in the user's files.
     */
    protected static String url(String url) {
        if (url != null && RemoteUrls.hasPassword(url)) {
            throw new UsageError("url.error.password", RemoteUrls.withoutPasswords(url));
        }
        return url;
    }

    /** A municipality's CBS code ({@code GM} and four digits); anything else is a wrong command line. */
    protected static String municipalityCode(String code) {
        if (!isNamed(RepositoryName::member, code)) {
            throw new UsageError("query.error.municipality", code);
        }
        return code;
    }

    /** {@code --author "Naam <e-mail>"}, if given; written otherwise it is a wrong command line (exit 2). */
    protected static Optional<Author> author(String option) {
        if (option == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Author.parse(option));
        } catch (StoreException e) {
            throw new UsageError("option.author.invalid", option);
        }
    }
}
