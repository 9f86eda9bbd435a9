package org.veil.core.vault;

/** A vault problem the user can act on: wrong passphrase, damaged file, missing vault. */
public final class VaultException extends RuntimeException {
    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
