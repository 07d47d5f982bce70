package nl.veerkracht.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who made a change: a name and an e-mail address, as Git records them. */
public record Author(String name, String email) {

    private static final Pattern NAME_AND_EMAIL = Pattern.compile("\\s*([^<>]*?)\\s*<([^<>\\s]+@[^<>\\s]+)>\\s*");

    public Author {
        if (name.isBlank()) {
            throw new StoreException("author.invalid", name + " <" + email + ">");
        }
    }

    /**
     * Reads {@code Name <email>}, as {@code --author} takes it.
     *
     * @throws StoreException when the text is not of that form
     */
    public static Author parse(String text) {
        Matcher matcher = NAME_AND_EMAIL.matcher(text);
        if (!matcher.matches() || matcher.group(1).isEmpty()) {
            throw new StoreException("author.invalid", text);
        }
        return new Author(matcher.group(1), matcher.group(2));
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}
