package org.veil.files.archive;

/** One regular file inside a ZIP container, already decompressed within the limits. */
public record ZipMember(String name, byte[] data) {
    public boolean isDirectory() {
        return name.endsWith("/");
    }
}
