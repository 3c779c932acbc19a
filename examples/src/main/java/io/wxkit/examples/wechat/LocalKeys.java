package io.wxkit.examples.wechat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keys the embedded demo generates once per installation and keeps in its data directory (owner-only where the
 * file system allows), so nothing secret is in the repository and restarts keep working.
 */
final class LocalKeys {

    private LocalKeys() {
    }

    /** The Base64 key stored in {@code file}, created with {@code bytes} random bytes on first use. */
    static String base64Key(Path file, int bytes) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            byte[] key = new byte[bytes];
            new SecureRandom().nextBytes(key);
            String text = Base64.getEncoder().encodeToString(key);
            Files.writeString(file, text + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the data directory's own permissions apply
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file.toAbsolutePath(), e);
        }
    }
}
