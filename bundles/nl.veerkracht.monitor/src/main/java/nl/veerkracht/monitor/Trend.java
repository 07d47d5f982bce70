package nl.veerkracht.monitor;

/** Where the last periods of an indicator go. */
public enum Trend {
    /** The latest value is above the one before it. */
    RISING,
    /** The latest value is below the one before it. */
    FALLING,
    /** The latest value equals the one before it. */
    FLAT,
    /** Fewer than two periods of the latest's kind (years, quarters, months). */
    UNKNOWN
}
