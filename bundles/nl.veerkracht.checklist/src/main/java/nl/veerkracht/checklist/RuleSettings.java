package nl.veerkracht.checklist;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The thresholds of the rules, as a municipality configured them: the properties of the
 * configuration {@value Checklist#PID} in Configuration Admin. Every rule reads its own keys and
 * names its default; a key that is not configured gives that default. A rule from another bundle
 * reads its keys from the same configuration (prefix them with the rule's id, so they do not
 * clash).
 *
 * <p>A workspace may set keys of its own in {@code .veerkracht/checklist.cfg}; those take the place
 * of the configured values for checks of that workspace ({@link #overriddenBy}), and remember where
 * they were written ({@link #origin}).
 *
 * <p>A value that does not fit what the rule needs ({@code zes} where a whole number belongs) is
 * not silently replaced by the default: reading it throws {@link InvalidSettingException}, and the
 * check stops with one line that names the key (and the file, line and column it was written at).
 */
public final class RuleSettings {

    /** No key configured: every rule uses its defaults. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    private final Map<String, Object> values;
    private final Map<String, String> origins;

    private RuleSettings(Map<String, Object> values) {
        this(values, Map.of());
    }

    private RuleSettings(Map<String, Object> values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    /** The settings these configuration properties give (Configuration Admin's own keys are ignored). */
    public static RuleSettings of(Map<String, ?> properties) {
        TreeMap<String, Object> values = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (value != null && !key.startsWith("service.") && !key.startsWith("component.")
                    && !key.startsWith("felix.") && !key.startsWith("osgi.")) {
                values.put(key, value);
            }
        });
        return new RuleSettings(Collections.unmodifiableMap(values));
    }

    /**
     * These settings with {@code overrides} in place of the values of the same keys.
     *
     * @param overrides values by key, as written (a rule reads them as it reads configured text)
     * @param origins where each override was written, as messages name it ({@code <file>:<line>:<column>})
     */
    public RuleSettings overriddenBy(Map<String, String> overrides, Map<String, String> origins) {
        if (overrides.isEmpty()) {
            return this;
        }
        TreeMap<String, Object> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        TreeMap<String, String> where = new TreeMap<>(this.origins);
        overrides.keySet().forEach(where::remove);
        origins.forEach((key, origin) -> {
            if (overrides.containsKey(key)) {
                where.put(key, origin);
            }
        });
        return new RuleSettings(Collections.unmodifiableMap(merged), Collections.unmodifiableMap(where));
    }

    /** Where the value of {@code key} was written, when it came from a workspace's file. */
    public Optional<String> origin(String key) {
        return Optional.ofNullable(origins.get(key));
    }

    /** Every configured key with its value, sorted by key. */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * A whole number of 0 or more: a count, months, weeks, days, a percentage.
     *
     * @throws InvalidSettingException when the configured value is not a whole number of 0 or more
     */
    public int wholeNumber(String key, int defaultValue) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        long number;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number = ((Number) value).longValue();
        } else if (value instanceof String text && text.strip().matches("[0-9]{1,9}")) {
            number = Long.parseLong(text.strip());
        } else {
            throw invalid(key, value, List.of());
        }
        if (number < 0 || number > Integer.MAX_VALUE) {
            throw invalid(key, value, List.of());
        }
        return (int) number;
    }

    /**
     * One word of {@code allowed}.
     *
     * @throws InvalidSettingException when the configured value is none of them
     */
    public String choice(String key, String defaultValue, List<String> allowed) {
        Object value = values.get(key);
        if (value == null) {
            return defaultValue;
        }
        String text = String.valueOf(value).strip();
        if (!allowed.contains(text)) {
            throw invalid(key, value, allowed);
        }
        return text;
    }

    /**
     * A set of words: a {@code String[]}, a collection, or one string with the words separated by
     * commas or spaces. Empty when not configured.
     */
    public Set<String> words(String key) {
        Object value = values.get(key);
        Collection<?> items;
        if (value == null) {
            return Set.of();
        } else if (value instanceof Object[] array) {
            items = Arrays.asList(array);
        } else if (value instanceof Collection<?> collection) {
            items = collection;
        } else {
            items = List.of(value);
        }
        Set<String> words = new LinkedHashSet<>();
        for (Object item : items) {
            for (String word : String.valueOf(item).split("[,\\s]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return Collections.unmodifiableSet(words);
    }

    private InvalidSettingException invalid(String key, Object value, List<String> allowed) {
        return new InvalidSettingException(key, String.valueOf(value), allowed, origin(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSettings settings && values.equals(settings.values)
                && origins.equals(settings.origins);
    }

    @Override
    public int hashCode() {
        return values.hashCode() * 31 + origins.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSettings" + values;
    }
}
