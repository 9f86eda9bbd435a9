package org.veil.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How every command writes a file, in one place. An output is refused when it is one of the run's inputs (same
 * path, a link to it, or a hard link of it), a symbolic link, a folder, a device or pipe, or when another output of
 * this run already went there; an existing file is replaced only with {@code --force}. Bytes go to a temporary file
 * in the target folder first and are then moved into place atomically, so a file appears whole or not at all. A
 * new file never replaces one that appeared meanwhile (it is linked into place, which fails if the name is
 * taken); a replaced file keeps its permissions.
 */
final class SafeOutput implements AutoCloseable {
    private static final String TEMP_PREFIX = ".veil-";
    private static final String TEMP_SUFFIX = ".part";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean force;
    private final boolean createFolders;
    private final Set<Object> inputKeys = new HashSet<>();
    private final Set<Path> inputPaths = new HashSet<>();
    private final Set<Path> claimed = new HashSet<>();
    private final Set<Object> writtenKeys = new HashSet<>();
    private final List<Staged> unpublished = new ArrayList<>();

    /**
     * @param force         replace existing regular files (never links, folders or devices)
     * @param createFolders create missing folders above an output (for {@code -o OUTDIR}); otherwise a missing
     *                      folder is refused, since it is most likely a typo
     * @param inputs        every file this run reads; none of them is ever written (except by {@link #replace})
     */
    SafeOutput(boolean force, boolean createFolders, Collection<Path> inputs) {
        this.force = force;
        this.createFolders = createFolders;
        for (Path p : inputs) {
            inputPaths.add(p.toAbsolutePath().normalize());
            try {
                Object key = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                if (key != null) {
                    inputKeys.add(key);
                }
                inputPaths.add(p.toRealPath());
            } catch (IOException e) {
                // A missing or unreadable input is refused when it is read; it cannot be overwritten.
            }
        }
    }

    /** An output refused before anything was written; the message names no path, callers prefix it. */
    static final class Refused extends IOException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** Refuses outputs that may not be written, before any work is done; nothing is written or claimed. */
    void check(Path... outputs) throws Refused {
        Set<Path> seen = new HashSet<>();
        for (Path o : outputs) {
            preflight(o);
            if (!seen.add(o.toAbsolutePath().normalize())) {
                throw new Refused("two outputs of this run name the same file");
            }
        }
    }

    /** Writes {@code data} to {@code output} (refusals as in the class comment). */
    void write(Path output, byte[] data) throws IOException {
        try (Staged s = stage(output, data)) {
            s.publish();
        }
    }

    /**
     * Writes {@code data} to a temporary file beside {@code output}; {@link Staged#publish} moves it into place,
     * {@link Staged#close} deletes it if it was not published. Lets a caller commit other state in between.
     */
    Staged stage(Path output, byte[] data) throws IOException {
        BasicFileAttributes existing = preflight(output);
        Path abs = output.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (createFolders) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new Refused("cannot create the folder " + Names.shown(dir) + ": " + describe(e));
            }
        }
        claimed.add(abs);
        Staged s = new Staged(output, temp(dir, data, existing), existing != null);
        unpublished.add(s);
        return s;
    }

    /** Deletes every staged file that was not published (the run failed after writing it). */
    @Override
    public void close() throws IOException {
        for (Staged s : List.copyOf(unpublished)) {
            s.close();
        }
    }

    /**
     * Replaces {@code input} itself (for {@code --in-place}) atomically, keeping its permissions. Only a regular
     * file is replaced: a link is refused, so the file it points to is never modified by surprise.
     */
    void replace(Path input, byte[] data) throws IOException {
        BasicFileAttributes a = attributes(input);
        if (a == null) {
            throw new Refused("it no longer exists");
        }
        refuseNonRegular(a);
        Object links = input.getFileSystem().supportedFileAttributeViews().contains("unix")
                ? Files.getAttribute(input, "unix:nlink", LinkOption.NOFOLLOW_LINKS) : 1;
        if (links instanceof Integer n && n > 1) {
            // Replacing one name of a hard-linked file leaves the uncleaned content under the other names.
            throw new Refused("it has " + n + " hard links, which would keep the uncleaned content; clean a copy "
                    + "instead");
        }
        Path abs = input.toAbsolutePath().normalize();
        if (!claimed.add(abs)) {
            throw new Refused("it was already written in this run");
        }
        try (Staged s = new Staged(input, temp(abs.getParent(), data, a), true)) {
            s.publish();
        }
    }

    /** One-line reason for an I/O failure, without a stack trace or the temporary file's name. */
    static String describe(IOException e) {
        if (e instanceof Refused) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether a file name is one of ours, half-written by a run that was killed (never an input). */
    static boolean isTemporary(Path file) {
        String n = file.getFileName().toString();
        return n.startsWith(TEMP_PREFIX) && n.endsWith(TEMP_SUFFIX);
    }

    /** A written temporary file waiting to be moved into place. */
    final class Staged implements AutoCloseable {
        private final Path output;
        private final Path tmp;
        private final boolean replaces;
        private boolean published;

        private Staged(Path output, Path tmp, boolean replaces) {
            this.output = output;
            this.tmp = tmp;
            this.replaces = replaces;
        }

        void publish() throws IOException {
            try {
                if (replaces) {
                    // rename(2) replaces the name itself: a link put there meanwhile is replaced, not followed.
                    Files.move(tmp, output, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    placeNew();
                }
            } catch (IOException e) {
                close();
                throw e instanceof Refused ? e : new Refused(describe(e));
            }
            published = true;
            unpublished.remove(this);
            try {
                writtenKeys.add(Files.readAttributes(output, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .fileKey());
            } catch (IOException e) {
                // Only used to spot two outputs of one run landing on one file; the write itself succeeded.
            }
        }

        /**
         * The temporary file itself, for a writer that fills it in place (ffmpeg encoding a video); only ever a
         * hidden file Veil created in the output's folder, never the output's name.
         */
        Path temporaryFile() {
            return tmp;
        }

        /** link(2) fails if the name is taken, so a file created after the check is never replaced. */
        private void placeNew() throws IOException {
            try {
                Files.createLink(output, tmp);
                Files.delete(tmp);
            } catch (FileAlreadyExistsException e) {
                throw new Refused("a file of that name appeared while Veil was writing; nothing was replaced");
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileSystemException && Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
                    throw new Refused("a file of that name appeared while Veil was writing; nothing was replaced");
                }
                // File systems without hard links: a move without REPLACE_EXISTING refuses an existing target
                // (checked just before the rename, which is atomic within the folder).
                Files.move(tmp, output);
            }
        }

        @Override
        public void close() throws IOException {
            if (!published) {
                Files.deleteIfExists(tmp);
                unpublished.remove(this);
            }
        }
    }

    /** All checks that can be made before writing; the current attributes when the output exists. */
    private BasicFileAttributes preflight(Path output) throws Refused {
        Path abs = output.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            throw new Refused("it is not a file name");
        }
        if (claimed.contains(abs)) {
            throw new Refused("another output of this run was already written there (inputs with the same name?)");
        }
        BasicFileAttributes a = attributes(output);
        if (a == null) {
            if (inputPaths.contains(abs)) {
                throw new Refused("it is an input of this run; Veil never writes over its input");
            }
            Path dir = abs.getParent();
            if (!createFolders && !Files.isDirectory(dir)) {
                throw new Refused(Files.exists(dir) ? Names.shown(dir) + " is not a folder"
                        : "the folder " + Names.shown(dir) + " does not exist");
            }
            return null;
        }
        if (isInput(output)) {
            throw new Refused("it is an input of this run; Veil never writes over its input");
        }
        if (writtenKeys.contains(a.fileKey())) {
            throw new Refused("another output of this run was already written there");
        }
        refuseNonRegular(a);
        if (!force) {
            throw new Refused("it already exists; use --force to replace it");
        }
        return a;
    }

    private static void refuseNonRegular(BasicFileAttributes a) throws Refused {
        if (a.isSymbolicLink()) {
            throw new Refused("it is a symbolic link; Veil does not write through links (use -o - for standard "
                    + "output)");
        }
        if (a.isDirectory()) {
            throw new Refused("it is a folder");
        }
        if (!a.isRegularFile()) {
            throw new Refused("it is a device, pipe or socket, not a regular file");
        }
    }

    /** Same path, a symbolic link to an input, or a hard link of one (same device and inode). */
    private boolean isInput(Path output) {
        try {
            Object key = Files.readAttributes(output, BasicFileAttributes.class).fileKey();
            return (key != null && inputKeys.contains(key)) || inputPaths.contains(output.toRealPath());
        } catch (IOException e) {
            return inputPaths.contains(output.toAbsolutePath().normalize());
        }
    }

    /** The file's own attributes (POSIX ones where supported, to keep the mode), or null when it does not exist. */
    private static BasicFileAttributes attributes(Path p) throws Refused {
        try {
            return p.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    : Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new Refused(describe(e));
        }
    }

    /** The temporary file, with the permissions (and, where allowed, the owner) of the file it will replace. */
    private static Path temp(Path dir, byte[] data, BasicFileAttributes replaced) throws IOException {
        Path tmp = null;
        // Not Files.createTempFile: its files are private (0600), while a new output should get the permissions
        // the user's umask gives any new file.
        while (tmp == null) {
            try {
                tmp = Files.createFile(dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36)
                        + TEMP_SUFFIX));
            } catch (FileAlreadyExistsException e) {
                // Another run's temporary file has that name: draw again.
            } catch (IOException e) {
                throw new Refused(describe(e));
            }
        }
        try {
            Files.write(tmp, data);
            if (replaced instanceof PosixFileAttributes posix) {
                Files.setPosixFilePermissions(tmp, posix.permissions());
                keepOwner(tmp, posix);
            }
            return tmp;
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new Refused(describe(e));
        } catch (RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private static void keepOwner(Path tmp, PosixFileAttributes posix) {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        try {
            view.setGroup(posix.group());
            view.setOwner(posix.owner());
        } catch (IOException e) {
            // Only root may give a file away; the new file then belongs to whoever ran Veil.
        }
    }

    /** Inputs named on a command line, skipping '-' (standard input) and absent options. */
    static List<Path> paths(Object... named) {
        List<Path> out = new ArrayList<>();
        for (Object o : named) {
            if (o != null && !o.toString().equals("-")) {
                out.add(Path.of(o.toString()));
            }
        }
        return out;
    }
}
