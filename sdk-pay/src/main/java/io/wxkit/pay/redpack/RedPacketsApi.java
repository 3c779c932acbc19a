package io.wxkit.pay.redpack;

import io.wxkit.core.internal.crypto.pay.Nonces;
import io.wxkit.core.internal.crypto.pay.V2SignType;
import io.wxkit.core.internal.crypto.pay.V2Signature;
import io.wxkit.core.xml.WxXmlException;
import io.wxkit.core.xml.XmlCodec;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.observe.PayPipeline;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cash red packets (现金红包, API v2): {@code sendredpack}, {@code sendgroupredpack} and
 * {@code gethbinfo}, XML signed with MD5 and the API v2 key, sent over mutual TLS with the
 * merchant's PKCS#12 client certificate.
 *
 * <pre>{@code
 * RedPacketResult r = pay.redPackets().send(RedPacket.of(billno, "Shop", openid, 100, "Thanks", "Event", "Enjoy").clientIp(ip));
 * }</pre>
 *
 * <p>Never pays twice: when an answer is unknown (SYSTEMERROR, PROCESSING, SEND_FAILED, a transport
 * failure, unparseable XML) the packet is looked up with {@code gethbinfo} first; only when WeChat
 * reports no such packet is it re-sent, always with the same {@code mch_billno}. Thread-safe;
 * blocks on HTTP and waits {@code redPacketRetryInterval} (1 s by default, WeChat's minimum) between tries.
 */
public final class RedPacketsApi {
    private static final Logger LOG = LoggerFactory.getLogger(RedPacketsApi.class);
    private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");

    private final PayContext ctx;
    private final OkHttpClient mtls;
    private final String apiV2Key;
    private final Duration retryInterval;
    private final XmlCodec xml = XmlCodec.create();

    /**
     * This API over {@code pipeline}'s merchant; applications call {@code pay.redPackets()}, which passes its
     * own pipeline and the v2 settings of its builder.
     *
     * @param pipeline      the merchant's pipeline, as built by {@code WxPay.builder()}: its mchid, appid,
     *                      hosts, nonce source, retry budget and User-Agent (red packets are API v2 calls and do
     *                      not go through its APIv3 signing)
     * @param mtls          the mutual-TLS client, or {@code null} when no merchant certificate was configured
     * @param apiV2Key      the API v2 key, or {@code null} when not configured
     * @param retryInterval wait between a query and a re-send
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public RedPacketsApi(PayPipeline pipeline, OkHttpClient mtls, String apiV2Key, Duration retryInterval) {
        this.ctx = PayClient.of(pipeline).context();
        this.mtls = mtls;
        this.apiV2Key = apiV2Key;
        this.retryInterval = retryInterval;
    }

    /**
     * {@code POST /mmpaymkttransfers/sendredpack}.
     *
     * @return the answer; {@code outcome()} UNKNOWN_RETRY_SAME_BILLNO when still unknown after the retry budget
     * @param packet the packet, e.g. {@code RedPacket.of(billno, "商户名", openid, 100, "恭喜发财", "活动", "备注")}
     * @throws WxPayException {@code TRANSPORT_ERROR} when no answer was ever received (retry later with the same mch_billno)
     */
    public RedPacketResult send(RedPacket packet) {
        return send("mmpaymkttransfers/sendredpack", packet, false);
    }

    /**
     * {@code POST /mmpaymkttransfers/sendgroupredpack} (fission packet, {@code amt_type=ALL_RAND}); as {@link #send}.
     *
     * @param packet a group packet, built with {@link RedPacket#group}
     * @return the answer; {@code outcome()} UNKNOWN_RETRY_SAME_BILLNO when still unknown after the retry budget
     * @throws WxPayException {@code TRANSPORT_ERROR} when no answer was ever received (retry later with the same mch_billno)
     */
    public RedPacketResult sendGroup(RedPacket packet) {
        return send("mmpaymkttransfers/sendgroupredpack", packet, true);
    }

    /**
     * {@code POST /mmpaymkttransfers/gethbinfo} with {@code bill_type=MCHT}.
     *
     * @param mchBillno the merchant's packet number ({@code mch_billno}, at most 28 characters; WeChat suggests mchid + yyyyMMdd + 10 digits)
     * @return the packet's state; {@link RedPacketInfo#notFound()} when WeChat has no such packet
     * @throws WxPayException on transport failure or an unreadable answer
     */
    public RedPacketInfo query(String mchBillno) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nonce_str", Nonces.next(ctx.random()));
        f.put("mch_billno", mchBillno);
        f.put("mch_id", ctx.mchId());
        f.put("appid", requireAppId());
        f.put("bill_type", "MCHT");
        try {
            return xml.read(post("mmpaymkttransfers/gethbinfo", f, 1), RedPacketInfo.class);
        } catch (WxXmlException e) {
            throw new WxPayException(200, "MALFORMED", "gethbinfo answer is not valid XML", null, null, "POST /mmpaymkttransfers/gethbinfo", 1, e);
        }
    }

    private RedPacketResult send(String path, RedPacket packet, boolean group) {
        Map<String, String> fields = packet.fields(ctx.mchId(), requireAppId(), group);
        RedPacketResult last = null;
        WxPayException lastError = null;
        int attempts = ctx.retryPolicy().maxAttempts();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("nonce_str", Nonces.next(ctx.random()));
                f.putAll(fields);
                last = xml.read(post(path, f, attempt), RedPacketResult.class);
                lastError = null;
                if (last.outcome() != RedPacketResult.Outcome.UNKNOWN_RETRY_SAME_BILLNO) {
                    return last;
                }
            } catch (WxPayException | WxXmlException e) {
                lastError = e instanceof WxPayException w ? w
                        : new WxPayException(200, "MALFORMED", "red packet answer is not valid XML", null, null, "POST /" + path, attempt, e);
            }
            LOG.debug("red packet {} outcome unknown (attempt {}), querying before any retry", packet.mchBillno(), attempt);
            RedPacketInfo info = queryQuietly(packet.mchBillno());
            if (info != null && info.wasSent()) {
                return confirmed(packet, info);
            }
            if (attempt < attempts) {
                pause(); // not sent or still unknown: wait, then the same mch_billno again (WeChat deduplicates it)
            }
        }
        if (last != null && lastError == null) {
            return last;
        }
        throw new WxPayException(0, lastError.code(), "red packet " + packet.mchBillno()
                + " outcome unknown after " + attempts + " attempts: query or retry with the SAME mch_billno", null, null,
                "POST /" + path, attempts, lastError);
    }

    private RedPacketInfo queryQuietly(String mchBillno) {
        try {
            return query(mchBillno);
        } catch (WxPayException e) {
            LOG.debug("gethbinfo for {} failed: {}", mchBillno, e.code());
            return null; // unknown stays unknown: the caller re-sends only with the same mch_billno
        }
    }

    private RedPacketResult confirmed(RedPacket packet, RedPacketInfo info) {
        return new RedPacketResult("SUCCESS", "confirmed by gethbinfo", "SUCCESS", null, null, packet.mchBillno(),
                ctx.mchId(), ctx.appId(), packet.reOpenid(), info.totalAmountFen(), info.detailId());
    }

    private String post(String path, Map<String, String> fields, int attempt) {
        if (mtls == null || apiV2Key == null) {
            throw new IllegalStateException("red packets need WxPay.builder().apiV2Key(..) and .merchantCertificate(pkcs12)");
        }
        fields.put("sign", V2Signature.sign(fields, apiV2Key, V2SignType.MD5));
        String base = ctx.hosts().get((attempt - 1) % ctx.hosts().size()).toString();
        Request request = new Request.Builder().url(HttpUrl.get(base + path))
                .header("User-Agent", ctx.userAgent())
                .post(RequestBody.create(xml.write(fields), XML)).build();
        try (Response r = mtls.newCall(request).execute()) {
            String body = r.body().string();
            if (!r.isSuccessful()) {
                throw new WxPayException(r.code(), "HTTP_" + r.code(), "red packet API answered HTTP " + r.code(), null, null, "POST /" + path, attempt, null);
            }
            return body;
        } catch (IOException e) {
            throw new WxPayException(0, "TRANSPORT_ERROR", e.getClass().getSimpleName() + " calling " + path, null, null, "POST /" + path, attempt, e);
        }
    }

    private void pause() {
        if (retryInterval.isZero()) {
            return;
        }
        try {
            Thread.sleep(retryInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WxPayException(0, "INTERRUPTED", "interrupted between red packet attempts", null, null, null, 0, e);
        }
    }

    private String requireAppId() {
        if (ctx.appId() == null) {
            throw new IllegalArgumentException("wxappid is required: WxPay.builder().appId(..)");
        }
        return ctx.appId();
    }
}
