package io.wxkit.examples.users;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.examples.demo.DemoSeed;
import io.wxkit.examples.demo.DemoUsers;
import io.wxkit.examples.wechat.EmbeddedWeChat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes the demo's followers follow their accounts, on every start (the emulator forgets follows on exit). The
 * users themselves are created earlier, by {@link EmbeddedWeChat}, so their openids stay stable.
 * Each follow goes through the app's callback like a real one, so the followers also receive the welcome news.
 */
@Component
@ConditionalOnProperty(name = "examples.emulator.enabled", havingValue = "true", matchIfMissing = true)
class FollowSeed implements DemoSeed {
    private static final Logger log = LoggerFactory.getLogger(FollowSeed.class);

    private final WxEmulator emulator;
    private final DemoUsers users;

    FollowSeed(@Qualifier(EmbeddedWeChat.BEAN) WxEmulator emulator, DemoUsers users) {
        this.emulator = emulator;
        this.users = users;
    }

    @Override
    public String name() {
        return "follows";
    }

    @Override
    public int order() {
        return 20; // after the menu (10): a new follower sees it; before the features that need followers
    }

    @Override
    public void seed() {
        // nothing in the database: follows live in the emulator, see everyStart
    }

    @Override
    public void everyStart() {
        for (String account : List.of("sub", "svc")) {
            for (DemoUsers.Entry e : users.of(account)) {
                if (e.user().follows()) {
                    CallbackResult r = emulator.control().follow(e.openid());
                    if (r.error() != null) {
                        log.warn("demo follow of {} in {} answered badly: {}", e.nickname(), account, r.error());
                    }
                }
            }
        }
    }
}
