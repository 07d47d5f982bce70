package nl.veerkracht.store;

import java.util.Objects;

/**
 * Whether a commit's signature verifies against one public key.
 *
 * @param status the verdict
 * @param detail what the verifier said (the key fingerprint it found, or why it failed); may be empty
 */
public record SignatureCheck(Status status, String detail) {

    /** The verdict on a commit's signature. */
    public enum Status {
        /** Signed, and the signature verifies with exactly the expected key. */
        VERIFIED,
        /** Not signed at all. */
        UNSIGNED,
        /** Signed, but not by the expected key, or the signature does not match the commit. */
        NOT_VERIFIED,
        /** This runtime cannot verify SSH signatures (no verifier registered). */
        UNAVAILABLE
    }

    public SignatureCheck {
        Objects.requireNonNull(status);
        Objects.requireNonNull(detail);
    }

    public boolean isVerified() {
        return status == Status.VERIFIED;
    }
}
