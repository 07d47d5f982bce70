package nl.veerkracht.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Something a user asked of a repository cannot be done, for a reason the user can act on. The
 * message is a key of this bundle's texts with its arguments, so it is said in the user's language.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "nl.veerkracht.store.messages";

    private final String key;
    private final transient Object[] args;
    private final String texts;
    private final transient ClassLoader textsLoader;

    public StoreException(String key, Object... args) {
        this(null, key, args);
    }

    public StoreException(Throwable cause, String key, Object... args) {
        this(TEXTS, StoreException.class.getClassLoader(), cause, key, args);
    }

    /**
     * For the exceptions of another bundle that say their messages from that bundle's own texts.
     *
     * @param texts the base name of the resource bundle that holds {@code key}, found with the class
     *        loader of the exception's class
     */
    protected StoreException(String texts, Throwable cause, String key, Object... args) {
        this(texts, null, cause, key, args);
    }

    private StoreException(String texts, ClassLoader textsLoader, Throwable cause, String key, Object... args) {
        this(texts, textsLoader, cause, key, withReasons(cause, args), Explained.YES);
    }

    /** Marks the constructor whose arguments are final: the cause's message in them is not replaced again. */
    private enum Explained {
        YES
    }

    private StoreException(String texts, ClassLoader textsLoader, Throwable cause, String key, Object[] args,
            Explained explained) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
        this.texts = texts;
        this.textsLoader = textsLoader;
    }

    /** A failure of {@link IoFailures}, whose arguments are taken as they are. */
    static StoreException ofCause(Throwable cause, String key, Object... args) {
        return new StoreException(TEXTS, StoreException.class.getClassLoader(), cause, key, args, Explained.YES);
    }

    /**
     * The arguments with the cause's own message (Java's or JGit's, in English: "No space left on
     * device", "Exception caught during execution of commit command") replaced by what the user can act
     * on, when {@link IoFailures} finds that in the chain of causes: a full disk, a path without
     * permission, a damaged object.
     */
    private static Object[] withReasons(Throwable cause, Object[] args) {
        if (cause == null || cause.getMessage() == null) {
            return args;
        }
        Object[] replaced = args.clone();
        for (int i = 0; i < replaced.length; i++) {
            if (cause.getMessage().equals(replaced[i])) {
                Optional<StoreException> reason = IoFailures.explain(cause);
                if (reason.isEmpty()) {
                    return args;
                }
                replaced[i] = reason.get();
            }
        }
        return replaced;
    }

    public String key() {
        return key;
    }

    /** The message in the given language (Dutch unless English is asked for). */
    public String describe(Locale locale) {
        ClassLoader loader = textsLoader != null ? textsLoader : getClass().getClassLoader();
        ResourceBundle bundle = ResourceBundle.getBundle(texts, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] said = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // a failure named as the reason of another is said in the same language
            said[i] = args[i] instanceof StoreException reason ? reason.describe(locale) : say(args[i], locale);
        }
        return new MessageFormat(bundle.getString(key), locale).format(said);
    }

    /** How one argument of the message is said in {@code locale}: as it is, unless a subclass knows it better. */
    protected Object say(Object argument, Locale locale) {
        return argument;
    }

    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH);
    }
}
