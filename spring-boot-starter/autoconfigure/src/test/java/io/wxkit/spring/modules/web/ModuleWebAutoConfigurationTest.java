package io.wxkit.spring.modules.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.wxkit.modules.common.spi.FollowerCheck;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.VoteModule;
import io.wxkit.spring.modules.WxModulesAutoConfiguration;
import io.wxkit.spring.modules.WxModulesWebAutoConfiguration;
import io.wxkit.spring.modules.vote.VoteEndpoints;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** The web side's wiring: back-off, the identity and admin hooks, and what happens when they are missing. */
class ModuleWebAutoConfigurationTest {
    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxModulesAutoConfiguration.class,
                    WxModulesWebAutoConfiguration.class))
            .withUserConfiguration(Mvc.class)
            .withBean(DataSource.class, io.wxkit.spring.modules.ModuleWebTestsDb::fresh)
            .withPropertyValues("wxkit.store=memory", "wxkit.modules.vote.enabled=true");

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {
    }

    private void mvc(WebApplicationContextRunner runner, Consumer<MockMvc> test) {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            test.accept(MockMvcBuilders.webAppContextSetup(ctx).build());
        });
    }

    @Test
    void noEndpointsOutsideAWebApplication() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxModulesAutoConfiguration.class,
                        WxModulesWebAutoConfiguration.class))
                .withBean(DataSource.class, io.wxkit.spring.modules.ModuleWebTestsDb::fresh)
                .withPropertyValues("wxkit.store=memory", "wxkit.modules.vote.enabled=true")
                .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(VoteModule.class).doesNotHaveBean(VoteEndpoints.class)
                        .doesNotHaveBean(ModuleRequests.class));
    }

    @Test
    void withSpringSecurityTheRoleCheckIsTheDefaultAuthorizer() {
        web.run(ctx -> assertThat(ctx.getBean(ModuleAdminAuthorizer.class)).isInstanceOf(RoleModuleAdminAuthorizer.class));
    }

    @Test
    void withoutAnAuthorizerAdminEndpointsAreClosedNotOpen() {
        mvc(web.withClassLoader(new FilteredClassLoader("org.springframework.security")), m -> {
            try {
                m.perform(post("/wxkit/modules/vote/admin/polls/1/close").contentType(MediaType.APPLICATION_JSON).with(r -> {
                    r.setUserPrincipal(() -> "root");
                    r.addUserRole("WXKIT_ADMIN");
                    return r;
                })).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("ADMIN_REQUIRED"))
                        .andExpect(jsonPath("$.detail").value("admin endpoints are disabled: the application defines no ModuleAdminAuthorizer"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theApplicationsResolverAndAuthorizerWin() {
        ModuleUserResolver header = r -> Optional.ofNullable(r.getHeader("X-Test-Openid"));
        ModuleAdminAuthorizer everyoneNamedAnn = (r, module) -> "ann".equals(r.getHeader("X-Staff")) ? Optional.of("ann") : Optional.empty();
        mvc(web.withBean(ModuleUserResolver.class, () -> header).withBean(ModuleAdminAuthorizer.class, () -> everyoneNamedAnn), m -> {
            try {
                m.perform(get("/wxkit/modules/vote/polls/1/results").sessionAttr("wxkit.user", "oSession0001"))
                        .andExpect(status().isUnauthorized());
                m.perform(get("/wxkit/modules/vote/polls/1/results").header("X-Test-Openid", "oHeader00001"))
                        .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("POLL_NOT_FOUND"));
                m.perform(post("/wxkit/modules/vote/admin/polls/424242/close").header("X-Staff", "ann").contentType(MediaType.APPLICATION_JSON))
                        .andExpect(status().isNotFound());
                m.perform(post("/wxkit/modules/vote/admin/polls/424242/close").header("X-Staff", "bob").contentType(MediaType.APPLICATION_JSON))
                        .andExpect(status().isForbidden());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void anUnexpectedFailureIsA500WithoutItsMessageOrTrace() {
        ModuleUserResolver broken = r -> {
            throw new IllegalStateException("db password is hunter2");
        };
        mvc(web.withBean(ModuleUserResolver.class, () -> broken), m -> {
            try {
                String body = m.perform(get("/wxkit/modules/vote/polls/1/results")).andExpect(status().isInternalServerError())
                        .andExpect(jsonPath("$.code").value("INTERNAL_ERROR")).andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("hunter2").doesNotContain("IllegalStateException").doesNotContain("at io.wxkit");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void theBasePathMovesEveryEndpointAndAChunkedBodyIsRefused() {
        mvc(web.withPropertyValues("wxkit.modules.base-path=/api/wx"), m -> {
            try {
                m.perform(get("/api/wx/vote/polls")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
                m.perform(get("/wxkit/modules/vote/polls")).andExpect(status().isNotFound());
                m.perform(post("/api/wx/vote/polls/1/ballots").sessionAttr("wxkit.user", "oChunked0001").header("Transfer-Encoding", "chunked")
                        .contentType(MediaType.APPLICATION_JSON)).andExpect(status().isLengthRequired())
                        .andExpect(jsonPath("$.code").value("LENGTH_REQUIRED"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void rateLimitsAndFollowRequiredPollsAnswer429And403() {
        FollowerCheck nobodyFollows = openid -> false;
        web.withBean(FollowerCheck.class, () -> nobodyFollows).withPropertyValues("wxkit.modules.rate-limit.per-openid=2").run(ctx -> {
            assertThat(ctx).hasNotFailed();
            MockMvc m = MockMvcBuilders.webAppContextSetup(ctx).build();
            VoteModule vote = ctx.getBean(VoteModule.class);
            Instant now = Instant.now();
            Poll open = vote.polls().create(PollDraft.titled("Open", now.minusSeconds(60), now.plusSeconds(3600)).option("a").option("b"));
            Poll fans = vote.polls().create(PollDraft.titled("Fans only", now.minusSeconds(60), now.plusSeconds(3600))
                    .option("a").option("b").followRequired(true));
            String ballot = "{\"optionIds\":[" + fans.options().get(0).id() + "]}";
            m.perform(post("/wxkit/modules/vote/polls/" + fans.id() + "/ballots").sessionAttr("wxkit.user", "oLimited0001")
                    .contentType(MediaType.APPLICATION_JSON).content(ballot))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("NOT_FOLLOWER"));
            String other = "{\"optionIds\":[" + open.options().get(0).id() + "]}";
            m.perform(post("/wxkit/modules/vote/polls/" + open.id() + "/ballots").sessionAttr("wxkit.user", "oLimited0001")
                    .contentType(MediaType.APPLICATION_JSON).content(other)).andExpect(status().isCreated());
            m.perform(post("/wxkit/modules/vote/polls/" + open.id() + "/ballots").sessionAttr("wxkit.user", "oLimited0001")
                    .contentType(MediaType.APPLICATION_JSON).content(other))
                    .andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.code").value("RATE_LIMITED"));
        });
    }

    @Test
    void aRateLimiterRedisCannotAnswerForIsA503WithRetryAfterNotA500() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:" + closed);
        try (io.wxkit.redis.RedisStores stores = io.wxkit.redis.RedisStores.builder(client)
                .commandTimeout(java.time.Duration.ofMillis(200)).build()) {
            io.wxkit.core.ratelimit.RateLimiter down = stores.rateLimiter();
            web.withBean(io.wxkit.core.ratelimit.RateLimiter.class, () -> down).run(ctx -> {
                assertThat(ctx).hasNotFailed().hasSingleBean(ModuleStoreProblemAdvice.class);
                MockMvc m = MockMvcBuilders.webAppContextSetup(ctx).build();
                VoteModule vote = ctx.getBean(VoteModule.class);
                Instant now = Instant.now();
                Poll open = vote.polls().create(PollDraft.titled("Open", now.minusSeconds(60), now.plusSeconds(3600))
                        .option("a").option("b"));
                String ballot = "{\"optionIds\":[" + open.options().get(0).id() + "]}";
                String body = m.perform(post("/wxkit/modules/vote/polls/" + open.id() + "/ballots")
                                .sessionAttr("wxkit.user", "oRedisDown01").contentType(MediaType.APPLICATION_JSON).content(ballot))
                        .andExpect(status().isServiceUnavailable())
                        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "1"))
                        .andExpect(jsonPath("$.code").value("STORE_UNAVAILABLE"))
                        .andReturn().getResponse().getContentAsString();
                assertThat(body).doesNotContain("127.0.0.1", String.valueOf(closed), "rate limiter", "Redis");
                assertThat(vote.ballots().hasVoted(open.id(), "oRedisDown01")).as("nothing was cast").isFalse();
            });
        } finally {
            client.shutdown();
        }
    }

    @Test
    void withoutWxkitRedisThereIsNoStoreAdvice() {
        web.withClassLoader(new FilteredClassLoader("io.wxkit.redis")).run(ctx -> assertThat(ctx).hasNotFailed()
                .doesNotHaveBean(ModuleStoreProblemAdvice.class).hasSingleBean(ModuleProblemAdvice.class));
    }

    @Test
    void theSessionResolverReadsAStringOrAPrincipalAndNeverMakesASession() {
        SessionModuleUserResolver resolver = new SessionModuleUserResolver();
        MockHttpServletRequest none = new MockHttpServletRequest();
        assertThat(resolver.openid(none)).isEmpty();
        assertThat(none.getSession(false)).isNull();
        MockHttpServletRequest plain = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("wxkit.user", "oPlain000001");
        plain.setSession(session);
        assertThat(resolver.openid(plain)).contains("oPlain000001");
        Principal principal = () -> "oPrincipal01";
        session.setAttribute("wxkit.user", principal);
        assertThat(resolver.openid(plain)).contains("oPrincipal01");
        session.setAttribute("wxkit.user", 42);
        assertThat(resolver.openid(plain)).isEmpty();
    }

    @Test
    void statusesFollowTheCodes() {
        assertThat(ProblemStatus.of("POLL_NOT_FOUND")).isEqualTo(404);
        assertThat(ProblemStatus.of("NOT_FOUND")).isEqualTo(404);
        assertThat(ProblemStatus.of("ALREADY_VOTED")).isEqualTo(409);
        assertThat(ProblemStatus.of("OUT_OF_STOCK")).isEqualTo(409);
        assertThat(ProblemStatus.of("INVALID_INPUT")).isEqualTo(422);
        assertThat(ProblemStatus.of("INVALID_POLL")).isEqualTo(422);
        assertThat(ProblemStatus.of("NOT_FOLLOWER")).isEqualTo(403);
        assertThat(ProblemStatus.of("OUT_OF_SCOPE")).isEqualTo(403);
        assertThat(ProblemStatus.of("RATE_LIMITED")).isEqualTo(429);
        assertThat(ProblemStatus.of("BUSY")).isEqualTo(503);
        assertThat(ProblemStatus.of("PAY_FAILED")).isEqualTo(502);
    }
}
