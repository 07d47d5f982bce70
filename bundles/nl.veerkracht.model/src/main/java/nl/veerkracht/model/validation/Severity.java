package nl.veerkracht.model.validation;

/**
 * How bad a problem is. Validation rejects only what is malformed (whether a plan is good is the
 * ten-point check's job), so every problem of the format and of validation is an {@link #ERROR}.
 */
public enum Severity {
    /** The file is malformed: it cannot be used as it is. */
    ERROR
}
