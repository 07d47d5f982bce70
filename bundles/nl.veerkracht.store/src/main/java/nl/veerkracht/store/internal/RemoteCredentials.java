package nl.veerkracht.store.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRC;
import org.eclipse.jgit.transport.URIish;

import nl.veerkracht.store.RemoteAccess;

/**
 * The user's credentials for one remote operation, as C Git and OpenSSH would find them: an HTTP(S) user
 * name and password from {@code ~/.git-credentials} (the store helper's file), else {@code ~/.netrc}, else
 * asked on the terminal; an SSH key's passphrase asked on the terminal. Questions with a yes or no answer
 * (accept an unknown host key?) are always answered no: a host key is accepted only when it is in
 * {@code known_hosts}. What was asked and answered is kept, so that a failure can say whether credentials
 * were missing or refused.
 */
public final class RemoteCredentials extends CredentialsProvider {

    /** What this provider could say when JGit asked it. */
    public enum Outcome {
        /** Nothing was asked. */
        NOT_ASKED,
        /** A user name and password were given, from {@link #source()}. */
        SUPPLIED,
        /** A user name and password were asked and there were none. */
        MISSING,
        /** A passphrase or SSH password was asked, and there is no terminal to ask it on. */
        SECRET_MISSING
    }

    private final RemoteAccess access;
    private Outcome outcome = Outcome.NOT_ASKED;
    private String source = "";
    private boolean hostKeyQuestion;
    private boolean refused;

    public RemoteCredentials(RemoteAccess access) {
        this.access = access;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Where the credentials that were given came from: {@code ~/.netrc}, {@code ~/.git-credentials}, the terminal. */
    public String source() {
        return source;
    }

    /** Whether the SSH client asked to accept a host key that {@code known_hosts} does not hold (and was told no). */
    public boolean askedAboutHostKey() {
        return hostKeyQuestion;
    }

    @Override
    public boolean isInteractive() {
        return access.asksOnTerminal() && System.console() != null;
    }

    @Override
    public boolean supports(CredentialItem... items) {
        return true;
    }

    @Override
    public void reset(URIish uri) {
        // the remote refused what was given: give it nothing the second time, so no loop asks again
        refused = outcome == Outcome.SUPPLIED;
    }

    @Override
    public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
        boolean yesNo = false;
        for (CredentialItem item : items) {
            if (item instanceof CredentialItem.YesNoType question) {
                question.setValue(false);
                yesNo = true;
            }
        }
        if (yesNo) {
            hostKeyQuestion = true;
            return true;
        }
        CredentialItem.Username user = item(items, CredentialItem.Username.class);
        CredentialItem.Password password = item(items, CredentialItem.Password.class);
        if (password == null) {
            return false;
        }
        if (user == null) {
            // an SSH key's passphrase, or an SSH password: only the user knows it
            return ask(password, uri, items) || missing(Outcome.SECRET_MISSING);
        }
        if (refused) {
            return false;
        }
        Optional<String[]> stored = storedCredentials(uri);
        if (stored.isPresent()) {
            user.setValue(stored.get()[0]);
            password.setValueNoCopy(stored.get()[1].toCharArray());
            outcome = Outcome.SUPPLIED;
            source = stored.get()[2];
            return true;
        }
        Console console = access.asksOnTerminal() ? System.console() : null;
        if (console == null) {
            return missing(Outcome.MISSING);
        }
        String name = uri.getUser();
        if (name == null || name.isEmpty()) {
            name = console.readLine("Gebruikersnaam (user name) voor %s: ", shown(uri));
        }
        char[] secret = console.readPassword("Wachtwoord (password) voor %s@%s: ", name, shown(uri));
        if (name == null || secret == null) {
            return missing(Outcome.MISSING);
        }
        user.setValue(name);
        password.setValueNoCopy(secret);
        outcome = Outcome.SUPPLIED;
        source = "terminal";
        return true;
    }

    private boolean missing(Outcome what) {
        if (outcome != Outcome.SUPPLIED) {
            outcome = what;
        }
        return false;
    }

    private boolean ask(CredentialItem.Password item, URIish uri, CredentialItem... items) {
        Console console = access.asksOnTerminal() ? System.console() : null;
        if (console == null) {
            return false;
        }
        for (CredentialItem said : items) {
            if (said instanceof CredentialItem.InformationalMessage message) {
                // which key needs its passphrase: JGit names the file
                console.printf("%s%n", message.getPromptText());
            }
        }
        char[] secret = console.readPassword("Wachtwoordzin of wachtwoord (passphrase or password) voor %s: ", shown(uri));
        if (secret == null) {
            return false;
        }
        item.setValueNoCopy(secret);
        return true;
    }

    private static String shown(URIish uri) {
        return uri.getHost() == null ? uri.getPath() : uri.getHost();
    }

    private static <T extends CredentialItem> T item(CredentialItem[] items, Class<T> type) {
        for (CredentialItem item : items) {
            if (type.isInstance(item)) {
                return type.cast(item);
            }
        }
        return null;
    }

    /** User name, password and where they come from: {@code ~/.git-credentials} first, as C Git's store helper is asked before netrc-style files. */
    private Optional<String[]> storedCredentials(URIish uri) {
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        Optional<String[]> stored = gitCredentials(access.home().resolve(".git-credentials"), uri);
        if (stored.isPresent()) {
            return stored;
        }
        Path netrc = access.home().resolve(".netrc");
        if (Files.isRegularFile(netrc)) {
            NetRC.NetRCEntry entry = new NetRC(netrc.toFile()).getEntry(uri.getHost());
            if (entry != null && entry.login != null && entry.password != null
                    && (uri.getUser() == null || uri.getUser().equals(entry.login))) {
                return Optional.of(new String[] {entry.login, new String(entry.password), "~/.netrc"});
            }
        }
        return Optional.empty();
    }

    /**
     * The first line of a {@code .git-credentials} file ({@code https://user:password@host[:port][/path]},
     * user and password percent-encoded, which {@link URIish} decodes) for the same protocol, host and port, and user when the URL names one.
     * As in C Git without {@code credential.useHttpPath}, the path does not count.
     */
    static Optional<String[]> gitCredentials(Path file, URIish uri) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            URIish stored;
            try {
                stored = new URIish(line.strip());
            } catch (java.net.URISyntaxException e) {
                continue;
            }
            if (stored.getHost() == null || stored.getUser() == null || stored.getPass() == null) {
                continue;
            }
            boolean same = lower(stored.getScheme()).equals(lower(uri.getScheme()))
                    && lower(stored.getHost()).equals(lower(uri.getHost()))
                    && port(stored) == port(uri)
                    && (uri.getUser() == null || uri.getUser().equals(stored.getUser()));
            if (same) {
                return Optional.of(new String[] {stored.getUser(), stored.getPass(), "~/.git-credentials"});
            }
        }
        return Optional.empty();
    }

    private static int port(URIish uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }

}
