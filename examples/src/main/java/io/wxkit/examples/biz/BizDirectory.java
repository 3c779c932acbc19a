package io.wxkit.examples.biz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo business systems' own storage: their SSO client credentials (handed over once when the platform
 * registered them) and their user accounts with password hashes (PBKDF2). Tables {@code examples_biz_*}, apart
 * from the platform's. The accounts' passwords are random per installation (no default passwords): they are
 * written once to {@code <data-dir>/demo-business-accounts.txt} for the person trying the demo, never logged.
 */
@Component
public class BizDirectory {
    private static final int ITERATIONS = 120_000;
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final JdbcTemplate jdbc;
    private final Path dataDir;
    private final SecureRandom random = new SecureRandom();

    BizDirectory(JdbcTemplate jdbc, Environment env) {
        this.jdbc = jdbc;
        this.dataDir = Path.of(env.getProperty("examples.data-dir", "./data"));
        jdbc.execute("CREATE TABLE IF NOT EXISTS examples_biz_client (client_id VARCHAR(32) PRIMARY KEY, "
                + "client_secret VARCHAR(256) NOT NULL, signing_key VARCHAR(256) NOT NULL)");
        jdbc.execute("CREATE TABLE IF NOT EXISTS examples_biz_account (client_id VARCHAR(32) NOT NULL, "
                + "account_id VARCHAR(32) NOT NULL, holder VARCHAR(64) NOT NULL, detail VARCHAR(512) NOT NULL, "
                + "salt VARCHAR(64) NOT NULL, password_hash VARCHAR(128) NOT NULL, PRIMARY KEY (client_id, account_id))");
    }

    /** The client's credentials as issued by the broker. */
    public record Credentials(String clientSecret, String signingKey) {
        @Override
        public String toString() {
            return "Credentials[***]";
        }
    }

    void saveCredentials(String clientId, String clientSecret, String signingKey) {
        jdbc.update("DELETE FROM examples_biz_client WHERE client_id = ?", clientId);
        jdbc.update("INSERT INTO examples_biz_client (client_id, client_secret, signing_key) VALUES (?, ?, ?)",
                clientId, clientSecret, signingKey);
    }

    Optional<Credentials> credentials(String clientId) {
        return jdbc.query("SELECT client_secret, signing_key FROM examples_biz_client WHERE client_id = ?",
                (rs, i) -> new Credentials(rs.getString(1), rs.getString(2)), clientId).stream().findFirst();
    }

    /** Creates the demo accounts with random passwords and writes them to the data directory; answers them. */
    Map<String, String> seedAccounts() {
        Map<String, String> passwords = new LinkedHashMap<>();
        StringBuilder file = new StringBuilder("# wxkit examples: the demo business systems' accounts (system, account, "
                + "holder, password). Random per installation; bind them on /bind.\n");
        for (DemoSystem.Account a : DemoSystem.ACCOUNTS) {
            String password = newPassword();
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            jdbc.update("INSERT INTO examples_biz_account (client_id, account_id, holder, detail, salt, password_hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", a.clientId(), a.accountId(), a.holder(), a.detail(),
                    b64(salt), b64(hash(password, salt)));
            passwords.put(a.clientId() + "/" + a.accountId(), password);
            file.append(a.clientId()).append('\t').append(a.accountId()).append('\t').append(a.holder())
                    .append('\t').append(password).append('\n');
        }
        write(dataDir.resolve("demo-business-accounts.txt"), file.toString());
        return passwords;
    }

    /** The demo password of an account, as written to the data directory (for the browser tests). */
    public Optional<String> demoPassword(String clientId, String accountId) {
        Path file = dataDir.resolve("demo-business-accounts.txt");
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t"))
                    .filter(f -> f.length == 4 && f[0].equals(clientId) && f[1].equals(accountId))
                    .map(f -> f[3]).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code password} is the account's (constant-time comparison of the hashes). */
    boolean checkPassword(String clientId, String accountId, String password) {
        List<String[]> rows = jdbc.query("SELECT salt, password_hash FROM examples_biz_account WHERE client_id = ? "
                + "AND account_id = ?", (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, clientId, accountId);
        if (rows.isEmpty() || password == null) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(rows.get(0)[1]);
        return MessageDigest.isEqual(expected, hash(password, Base64.getDecoder().decode(rows.get(0)[0])));
    }

    Optional<DemoSystem.Account> account(String clientId, String accountId) {
        return jdbc.query("SELECT client_id, account_id, holder, detail FROM examples_biz_account WHERE client_id = ? "
                + "AND account_id = ?", (rs, i) -> new DemoSystem.Account(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), clientId, accountId).stream().findFirst();
    }

    private String newPassword() {
        StringBuilder p = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            p.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return p.toString();
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no PBKDF2WithHmacSHA256", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
        }
    }
}
