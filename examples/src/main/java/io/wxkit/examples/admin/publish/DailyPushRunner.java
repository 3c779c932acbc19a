package io.wxkit.examples.admin.publish;

import io.wxkit.examples.admin.messages.MessageLog;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the daily pushes: every 30 s it sends each enabled schedule whose time of day (China time) has passed and
 * that has not run today. A schedule's day is claimed in the database first, so a restart or a second instance
 * on the same database does not send it twice.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyPushRunner {
    private final DailyPushes pushes;
    private final MassSender sender;
    private final Clock clock = Clock.systemUTC();

    DailyPushRunner(DailyPushes pushes, MassSender sender) {
        this.pushes = pushes;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${examples.admin.daily-push-check:30s}", initialDelayString = "30s")
    void check() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(MessageLog.CHINA));
        for (DailyPushes.Push push : pushes.all()) {
            if (push.enabled() && !now.toLocalTime().isBefore(LocalTime.parse(push.timeOfDay()))
                    && pushes.claim(push.id(), now.toLocalDate())) {
                run(push, "schedule");
            }
        }
    }

    /** Sends {@code push} now; answers the mass job's id (null when it could not start). */
    Long run(DailyPushes.Push push, String trigger) {
        try {
            long job = sender.start(new MassForm(push.appId(), "all", "", "", "article", "", String.valueOf(push.articleId())),
                    "daily-push #" + push.id());
            pushes.ran(push.id(), trigger, "群发任务 mass job #" + job, job);
            return job;
        } catch (RuntimeException e) {
            pushes.ran(push.id(), trigger, "失败 failed: " + e.getMessage(), null);
            return null;
        }
    }
}
