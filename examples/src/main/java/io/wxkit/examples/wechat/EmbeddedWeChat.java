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
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points both demo accounts and the demo merchant at a WeChat emulator before any wxkit bean exists: the one it
 * starts inside the app ({@code examples.emulator.enabled=true}, the default), or, for a second instance, the
 * emulator of a first instance ({@code examples.emulator.enabled=false} with {@code examples.emulator.url}, see
 * {@link JoinedEmulator}). With neither (real WeChat) it does nothing but register an empty {@link DemoUsers}.
 *
 * <p>Why an initializer and not a bean: the starter builds {@code WxMp}/{@code WxPay} from {@code wxkit.*}
 * properties, so the emulator's URLs, the accounts' credentials and the merchant's keys must be properties before
 * the context refreshes. The credentials are derived from the installation's seed ({@link DemoCredentials}), so two
 * instances on one data directory agree without any secret travelling; nothing secret is in the repository or
 * printed. The merchant's private key and the emulator's platform public key are PEM files under the data
 * directory because {@code wxkit.pay.*.private-key} is a Spring {@code Resource} location.
 *
 * <p>The emulator delivers callbacks to {@code examples.public-base-url} (the one public URL in front of every
 * instance) or, without it, to this app. The app's HTTP port must be known here (a {@code server.port} of 0 is
 * replaced by a free port chosen now).
 */
public final class EmbeddedWeChat implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    /** The bean name of the running {@link WxEmulator} (only on the instance that embeds it). */
    public static final String BEAN = "wxEmulator";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.getProperty("examples.emulator.enabled", Boolean.class, true)) {
            embed(context, env);
        } else if (env.getProperty("examples.emulator.url") != null) {
            join(context, env, env.getProperty("examples.emulator.url"));
        } else {
            context.getBeanFactory().registerSingleton(DemoUsers.BEAN, DemoUsers.none());
        }
    }

    private static void embed(ConfigurableApplicationContext context, ConfigurableEnvironment env) {
        int appPort = appPort(env);
        Path dataDir = dataDir(env);
        DemoCredentials credentials = DemoCredentials.of(dataDir);
        Path merchantKey = credentials.merchantKeyFile(); // before the emulator: a joining instance reads it
        WxEmulator emulator = WxEmulator.builder()
                .port(env.getProperty("examples.emulator.port", Integer.class, 9900))
                .random(EmulatorSeed.randomFor(dataDir))
                .start();
        String appBase = "http://127.0.0.1:" + appPort;
        String publicBase = env.getProperty("examples.public-base-url", appBase);
        for (Map.Entry<String, String> a : DemoAccounts.APP_IDS.entrySet()) {
            String appId = a.getValue();
            emulator.control().account(appId, credentials.secret(appId), credentials.token(appId),
                    credentials.aesKey(appId), publicBase + callbackPath(a.getKey()), CallbackMode.SAFE);
        }
        // the fake users come next, before anything else draws from the emulator's random: see EmulatorSeed
        DemoUsers users = env.getProperty("examples.demo-data", Boolean.class, true)
                ? DemoUsers.create(emulator.control(), DemoAccounts.APP_IDS) : DemoUsers.none();
        emulator.control().merchant(DemoAccounts.MCH_ID, DemoAccounts.SERVICE_APP_ID,
                credentials.apiV3Key(DemoAccounts.MCH_ID), credentials.merchantPublicKeyPem(),
                credentials.certSerial(DemoAccounts.MCH_ID), true);
        var platform = emulator.control().platform();
        Path platformFile = write(dataDir.resolve("emulator-platform-public-key.pem"), platform.publicKeyPem());
        Map<String, Object> props = wiring(env, credentials, emulator.baseUrl(), appPort, publicBase);
        merchant(props, credentials, merchantKey, platform.publicKeyId(), platformFile, publicBase);
        env.getPropertySources().addFirst(new MapPropertySource("examples-embedded-wechat", props));
        context.getBeanFactory().registerSingleton(BEAN, emulator);
        context.getBeanFactory().registerSingleton(DemoUsers.BEAN, users);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                emulator.close();
            }
        });
    }

    /** A second instance: the first one's emulator, users and merchant; the same data directory's credentials. */
    private static void join(ConfigurableApplicationContext context, ConfigurableEnvironment env, String url) {
        int appPort = appPort(env);
        Path dataDir = dataDir(env);
        Duration wait = Duration.ofSeconds(env.getProperty("examples.emulator.join-timeout-seconds", Long.class, 120L));
        boolean demoData = env.getProperty("examples.demo-data", Boolean.class, true);
        JoinedEmulator joined = JoinedEmulator.await(url, DemoAccounts.APP_IDS, demoData, wait);
        DemoCredentials credentials = DemoCredentials.of(dataDir);
        // this instance's own copy: the first instance rewrites its file on every start
        Path platformFile = write(dataDir.resolve("emulator-platform-public-key-" + appPort + ".pem"),
                joined.platformPublicKeyPem());
        String publicBase = env.getProperty("examples.public-base-url", "http://127.0.0.1:" + appPort);
        Map<String, Object> props = wiring(env, credentials, joined.baseUrl(), appPort, publicBase);
        merchant(props, credentials, credentials.merchantKeyFile(), joined.platformPublicKeyId(), platformFile,
                publicBase);
        env.getPropertySources().addFirst(new MapPropertySource("examples-joined-wechat", props));
        DemoUsers users = demoData ? joined.demoUsers() : DemoUsers.none();
        context.getBeanFactory().registerSingleton(DemoUsers.BEAN, users);
    }

    private static Map<String, Object> wiring(ConfigurableEnvironment env, DemoCredentials credentials,
                                              String emulatorUrl, int appPort, String publicBase) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", appPort);
        props.put("examples.emulator.url", emulatorUrl);
        props.put("examples.public-base-url", publicBase);
        for (Map.Entry<String, String> a : DemoAccounts.APP_IDS.entrySet()) {
            String appId = a.getValue();
            String prefix = "wxkit.mp.accounts." + a.getKey() + ".";
            props.put(prefix + "app-id", appId);
            props.put(prefix + "secret", credentials.secret(appId));
            props.put(prefix + "token", credentials.token(appId));
            props.put(prefix + "encoding-aes-key", credentials.aesKey(appId));
            props.put(prefix + "callback-mode", "safe");
            props.put(prefix + "callback-path", callbackPath(a.getKey()));
            props.put(prefix + "base-url", emulatorUrl);
        }
        props.put("wxkit.mp.oauth.app-id", DemoAccounts.SERVICE_APP_ID); // the service account authorizes H5 pages
        sso(env, props, dataDir(env), publicBase);
        return props;
    }

    private static void merchant(Map<String, Object> props, DemoCredentials credentials, Path keyFile,
                                 String platformKeyId, Path platformFile, String publicBase) {
        String prefix = "wxkit.pay.merchants." + DemoAccounts.MERCHANT + ".";
        props.put(prefix + "mch-id", DemoAccounts.MCH_ID);
        props.put(prefix + "app-id", DemoAccounts.SERVICE_APP_ID);
        props.put(prefix + "private-key", keyFile.toUri().toString());
        props.put(prefix + "cert-serial-no", credentials.certSerial(DemoAccounts.MCH_ID));
        props.put(prefix + "api-v3-key", credentials.apiV3Key(DemoAccounts.MCH_ID));
        props.put(prefix + "public-key-id", platformKeyId);
        props.put(prefix + "public-key", platformFile.toUri().toString());
        props.put(prefix + "base-url", props.get("examples.emulator.url"));
        props.put(prefix + "notify-url", publicBase + "/wx/pay/notify");
        props.put(prefix + "refund-notify-url", publicBase + "/wx/pay/notify");
    }

    /**
     * The SSO broker's settings on the emulator: the service account identifies users, the broker is served by this
     * app under /sso, and its master key is a per-installation random key kept in the data directory (the demo
     * business systems' signing keys derive from it, so it must survive restarts and be the same on both
     * instances). Given values win.
     */
    private static void sso(ConfigurableEnvironment env, Map<String, Object> props, Path dataDir, String publicBase) {
        props.put("wxkit.sso.app-id", DemoAccounts.SERVICE_APP_ID);
        if (env.getProperty("wxkit.sso.public-base-url") == null) {
            props.put("wxkit.sso.public-base-url", publicBase + "/sso");
        }
        if (env.getProperty("wxkit.sso.master-key") == null) {
            props.put("wxkit.sso.master-key", LocalKeys.base64Key(dataDir.resolve("sso-master-key"), 32));
        }
    }

    private static String callbackPath(String accountName) {
        return "/wx/callback/" + accountName;
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

    static Path dataDir(ConfigurableEnvironment env) {
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
}
