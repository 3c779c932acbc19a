package io.wxkit.examples.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Keys the embedded demo generates once per installation and keeps in its data directory (owner-only where the
 * file system allows), so nothing secret is in the repository and restarts keep working.
 *
 * <p>Two instances may share one data directory (docs/guide/examples.md, two instances): a file is written to a
 * private temporary name and then linked to its final name, which fails if the other instance got there first;
 * the loser reads the winner's file. So both use one key, and nobody reads a half-written file.
 */
public final class LocalKeys {

    private LocalKeys() {
    }

    /** The Base64 key stored in {@code file}, created with {@code bytes} random bytes on first use. */
    public static String base64Key(Path file, int bytes) {
        return textOnce(file, () -> {
            byte[] key = new byte[bytes];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key) + "\n";
        }).strip();
    }

    /** The text of {@code file}; on first use {@code create} makes it (owner-only), unless another process did. */
    static String textOnce(Path file, Supplier<String> create) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            Path dir = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".new");
            try {
                ownerOnly(temp);
                Files.writeString(temp, create.get());
                Files.createLink(file, temp); // atomic: fails when the file exists already
            } catch (FileAlreadyExistsException e) {
                // the other instance wrote it first: use theirs
            } finally {
                Files.deleteIfExists(temp);
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file.toAbsolutePath(), e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the data directory's own permissions apply
        }
    }
}
