package org.veil.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading a user's file with the checks every command needs, and writing an output so that it either appears
 * whole or not at all (a temporary file in the target folder, then an atomic move; an in-place run replaces the
 * original the same way).
 */
public final class FileIo {
    private FileIo() {
    }

    /** The file's bytes; refuses a missing file, a link, a folder or a device, and anything over the size limit. */
    public static byte[] read(Path file, Limits limits) throws RefusedException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException("no such file");
        }
        if (Files.isSymbolicLink(file)) {
            throw new RefusedException("is a symbolic link; name the file it points to");
        }
        if (!Files.isRegularFile(file)) {
            throw new RefusedException("not a regular file");
        }
        try {
            long size = Files.size(file);
            if (size > limits.maxInputBytes()) {
                throw new RefusedException("the file is " + (size >> 20) + " MiB, over the limit of "
                        + (limits.maxInputBytes() >> 20) + " MiB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RefusedException("cannot read it: " + e.getMessage());
        }
    }

    public static void writeAtomically(Path output, byte[] data) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".veil-", ".part");
        try {
            Files.write(tmp, data);
            try {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
