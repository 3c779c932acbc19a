package io.wxkit.examples.wechat;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.examples.demo.DemoUsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the WeChat emulator inside the app (unless {@code examples.emulator.enabled=false}) before any wxkit bean
 * exists, and points both demo accounts and the demo merchant at it.
 *
 * <p>Why an initializer and not a bean: the starter builds {@code WxMp}/{@code WxPay} from {@code wxkit.*}
 * properties, so the emulator's URLs, the accounts' credentials and the merchant's keys must be properties before
 * the context refreshes. The credentials are random per start (the emulator forgets everything on exit anyway):
 * nothing secret is written in the repository, and nothing printed. The merchant's private key and the emulator's
 * platform public key are written as PEM files under the data directory because {@code wxkit.pay.*.private-key}
 * is a Spring {@code Resource} location.
 *
 * <p>The app's HTTP port must be known here too (the emulator calls the app's callback and notify URLs), so a
 * {@code server.port} of 0 is replaced by a free port chosen now.
 */
public final class EmbeddedWeChat implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    /** The bean name of the running {@link WxEmulator}. */
    public static final String BEAN = "wxEmulator";
    private static final String AES_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!env.getProperty("examples.emulator.enabled", Boolean.class, true)) {
            context.getBeanFactory().registerSingleton(DemoUsers.BEAN, DemoUsers.none());
            return;
        }
        int appPort = appPort(env);
        Path dataDir = dataDir(env);
        WxEmulator emulator = WxEmulator.builder()
                .port(env.getProperty("examples.emulator.port", Integer.class, 9900))
                .random(EmulatorSeed.randomFor(dataDir))
                .start();
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", appPort);
        props.put("examples.emulator.url", emulator.baseUrl());
        String appBase = "http://127.0.0.1:" + appPort;
        props.put("examples.public-base-url", env.getProperty("examples.public-base-url", appBase));
        account(emulator, props, DemoAccounts.SUBSCRIPTION, DemoAccounts.SUBSCRIPTION_APP_ID, appBase);
        account(emulator, props, DemoAccounts.SERVICE, DemoAccounts.SERVICE_APP_ID, appBase);
        // the fake users come next, before anything else draws from the emulator's random: see EmulatorSeed
        DemoUsers users = env.getProperty("examples.demo-data", Boolean.class, true)
                ? DemoUsers.create(emulator.control(), DemoAccounts.APP_IDS) : DemoUsers.none();
        merchant(emulator, props, dataDir, appBase);
        props.put("wxkit.mp.oauth.app-id", DemoAccounts.SERVICE_APP_ID); // the service account authorizes H5 pages
        sso(env, props, dataDir, appBase);
        env.getPropertySources().addFirst(new MapPropertySource("examples-embedded-wechat", props));
        context.getBeanFactory().registerSingleton(BEAN, emulator);
        context.getBeanFactory().registerSingleton(DemoUsers.BEAN, users);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                emulator.close();
            }
        });
    }

    private void account(WxEmulator emulator, Map<String, Object> props, String name, String appId, String appBase) {
        String secret = hex(16);
        String token = hex(16);
        String aesKey = aesKey();
        String prefix = "wxkit.mp.accounts." + name + ".";
        String path = "/wx/callback/" + name;
        props.put(prefix + "app-id", appId);
        props.put(prefix + "secret", secret);
        props.put(prefix + "token", token);
        props.put(prefix + "encoding-aes-key", aesKey);
        props.put(prefix + "callback-mode", "safe");
        props.put(prefix + "callback-path", path);
        props.put(prefix + "base-url", emulator.baseUrl());
        emulator.control().account(appId, secret, token, aesKey, appBase + path, CallbackMode.SAFE);
    }

    private void merchant(WxEmulator emulator, Map<String, Object> props, Path dataDir, String appBase) {
        KeyPair merchantKey = rsaKeyPair();
        String apiV3Key = hex(16); // 32 characters, as WeChat Pay's APIv3 key
        String serial = HexFormat.of().withUpperCase().formatHex(bytes(20));
        emulator.control().merchant(DemoAccounts.MCH_ID, DemoAccounts.SERVICE_APP_ID, apiV3Key,
                pem("PUBLIC KEY", merchantKey.getPublic().getEncoded()), serial, true);
        var platform = emulator.control().platform();
        Path keyFile = write(dataDir.resolve("emulator-merchant-key.pem"),
                pem("PRIVATE KEY", merchantKey.getPrivate().getEncoded()));
        Path platformFile = write(dataDir.resolve("emulator-platform-public-key.pem"), platform.publicKeyPem());
        String prefix = "wxkit.pay.merchants." + DemoAccounts.MERCHANT + ".";
        props.put(prefix + "mch-id", DemoAccounts.MCH_ID);
        props.put(prefix + "app-id", DemoAccounts.SERVICE_APP_ID);
        props.put(prefix + "private-key", keyFile.toUri().toString());
        props.put(prefix + "cert-serial-no", serial);
        props.put(prefix + "api-v3-key", apiV3Key);
        props.put(prefix + "public-key-id", platform.publicKeyId());
        props.put(prefix + "public-key", platformFile.toUri().toString());
        props.put(prefix + "base-url", emulator.payBaseUrl());
        props.put(prefix + "notify-url", appBase + "/wx/pay/notify");
        props.put(prefix + "refund-notify-url", appBase + "/wx/pay/notify");
    }

    /**
     * The SSO broker's settings on the embedded defaults: the service account identifies users, the broker is served
     * by this app under /sso, and its master key is a per-installation random key kept in the data directory (the
     * demo business systems' signing keys derive from it, so it must survive restarts). Given values win.
     */
    private static void sso(ConfigurableEnvironment env, Map<String, Object> props, Path dataDir, String appBase) {
        props.put("wxkit.sso.app-id", DemoAccounts.SERVICE_APP_ID);
        if (env.getProperty("wxkit.sso.public-base-url") == null) {
            props.put("wxkit.sso.public-base-url", env.getProperty("examples.public-base-url", appBase) + "/sso");
        }
        if (env.getProperty("wxkit.sso.master-key") == null) {
            props.put("wxkit.sso.master-key", LocalKeys.base64Key(dataDir.resolve("sso-master-key"), 32));
        }
    }

    private static int appPort(ConfigurableEnvironment env) {
        int port = env.getProperty("server.port", Integer.class, 8080);
        if (port != 0) {
            return port;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the examples app", e);
        }
    }

    private static Path dataDir(ConfigurableEnvironment env) {
        Path dir = Path.of(env.getProperty("examples.data-dir", "./data"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir.toAbsolutePath(), e);
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no RSA", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private String aesKey() {
        StringBuilder key = new StringBuilder(43);
        for (int i = 0; i < 43; i++) {
            key.append(AES_ALPHABET.charAt(random.nextInt(AES_ALPHABET.length())));
        }
        return key.toString();
    }

    private String hex(int byteCount) {
        return HexFormat.of().formatHex(bytes(byteCount));
    }

    private byte[] bytes(int count) {
        byte[] b = new byte[count];
        random.nextBytes(b);
        return b;
    }
}
