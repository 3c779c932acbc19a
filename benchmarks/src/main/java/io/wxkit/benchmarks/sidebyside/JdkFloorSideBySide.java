package io.wxkit.benchmarks.sidebyside;

import io.wxkit.benchmarks.shared.Answers;
import io.wxkit.benchmarks.shared.Inputs;
import io.wxkit.benchmarks.shared.WechatSide;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The careful JDK-only floor (issue 14): the same verified work as {@link WxkitSideBySide} on the
 * same inputs, written straight against the JDK ({@link JdkFloor}) with every check kept and nothing a
 * library has to be (no extension points, one message type, one account, no logging).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JdkFloorSideBySide {
    private WechatSide.Callback[] plain;
    private WechatSide.Callback[] safe;
    private JdkFloor floor;
    private JdkFloor safeFloor; // its own dedup: the plain and safe pools carry the same MsgIds
    private int nextPlain;
    private int nextSafe;
    private WechatSide.Notification[] notifications;
    private int nextNotification;
    private java.util.Map<String, String> redPacket;

    @Setup
    public void prepare() {
        plain = WechatSide.callbacks(false);
        safe = WechatSide.callbacks(true);
        notifications = WechatSide.paymentNotifications(System.currentTimeMillis() / 1000);
        redPacket = Inputs.redPacketFields();
        floor = new JdkFloor();
        safeFloor = new JdkFloor();
        Answers.plainReply(plainCallback(), null);
        Answers.safeReply(safeCallback(), null);
        JdkFloor.Payment p = paymentNotification();
        Answers.payment(notifications[0], p.outTradeNo(), p.tradeState(), p.total());
        Answers.v2Sign(v2SignMd5(), false);
        Answers.v2Sign(v2SignHmacSha256(), true);
        Answers.templateJson(new String(templateJson(), java.nio.charset.StandardCharsets.UTF_8));
        floor = new JdkFloor();
        safeFloor = new JdkFloor();
        nextPlain = 0;
        nextSafe = 0;
        nextNotification = 0;
    }

    @Benchmark
    public String safeCallback() {
        if (nextSafe == Inputs.POOL) {
            nextSafe = 0;
            safeFloor.forgetSeenMessages();
        }
        return safeFloor.safe(safe[nextSafe++]);
    }

    @Benchmark
    public String plainCallback() {
        if (nextPlain == Inputs.POOL) {
            nextPlain = 0;
            floor.forgetSeenMessages();
        }
        return floor.plain(plain[nextPlain++]);
    }

    @Benchmark
    public JdkFloor.Payment paymentNotification() {
        WechatSide.Notification n = notifications[nextNotification];
        nextNotification = (nextNotification + 1) % notifications.length;
        return floor.payment(n.headers(), n.body());
    }

    @Benchmark
    public String v2SignMd5() {
        return floor.v2Sign(redPacket, false);
    }

    @Benchmark
    public String v2SignHmacSha256() {
        return floor.v2Sign(redPacket, true);
    }

    @Benchmark
    public byte[] templateJson() {
        return floor.templateJson();
    }

    /** The cached token: one volatile read and one comparison against the wall clock. */
    @State(Scope.Benchmark)
    public static class Tokens {
        volatile JdkFloor.CachedToken cached;

        @Setup
        public void cacheOneToken() {
            cached = new JdkFloor.CachedToken(Inputs.ACCESS_TOKEN, System.currentTimeMillis() + 7_000_000L);
            Answers.token(read());
        }

        String read() {
            JdkFloor.CachedToken c = cached;
            if (c != null && System.currentTimeMillis() < c.refreshAtMillis()) {
                return c.value();
            }
            throw new IllegalStateException("the benchmark must never fetch");
        }
    }

    @Benchmark
    @Threads(1)
    public String token1Thread(Tokens t) {
        return t.read();
    }

    @Benchmark
    @Threads(8)
    public String token8Threads(Tokens t) {
        return t.read();
    }

    @Benchmark
    @Threads(32)
    public String token32Threads(Tokens t) {
        return t.read();
    }
}
