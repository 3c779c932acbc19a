package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Resettable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The red packets the emulator sent, and their opening: a normal packet is opened once by its receiver; a group
 * (fission) packet is split at send time into {@code total_num} random shares that the receiver and the friends
 * they share it with (users of the same account) open one each. A packet whose shares are all taken is
 * {@code RECEIVED}; before that {@code SENT}. Thread-safe.
 */
final class RedPackets implements Resettable {
    private final Map<String, Packet> packets = new HashMap<>();

    /** One receiver ({@code hblist/hbinfo}). */
    record Receiver(String openid, long amountFen, Instant at) {
    }

    /** A sent packet; {@code answer} is the send call's answer, repeated for the same mch_billno. */
    static final class Packet {
        final String mchId;
        final String appId;
        final String mchBillno;
        final String reOpenid;
        final boolean group;
        final long total;
        final Instant sentAt;
        final Map<String, String> answer;
        private final List<Long> shares;
        private final List<Receiver> receivers = new ArrayList<>();

        Packet(String mchId, String appId, String mchBillno, String reOpenid, List<Long> shares, boolean group,
               Instant sentAt, Map<String, String> answer) {
            this.mchId = mchId;
            this.appId = appId;
            this.mchBillno = mchBillno;
            this.reOpenid = reOpenid;
            this.group = group;
            this.shares = new ArrayList<>(shares);
            this.total = shares.stream().mapToLong(Long::longValue).sum();
            this.sentAt = sentAt;
            this.answer = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answer));
        }

        int totalNum() {
            return receivers().size() + remaining();
        }

        synchronized int remaining() {
            return shares.size();
        }

        synchronized List<Receiver> receivers() {
            return List.copyOf(receivers);
        }

        synchronized String status() {
            return shares.isEmpty() ? "RECEIVED" : "SENT";
        }

        /** Opens the next share for {@code openid}; 409 when not theirs to open, taken already, or none left. */
        synchronized Receiver open(String openid, String openidAppId, Instant at) {
            if (!group && !openid.equals(reOpenid)) {
                throw new ControlError(409, "red packet " + mchBillno + " was sent to another user");
            }
            if (group && !appId.equals(openidAppId)) {
                throw new ControlError(409, "red packet " + mchBillno + " belongs to another account");
            }
            if (receivers.stream().anyMatch(x -> x.openid().equals(openid))) {
                throw new ControlError(409, "this user already opened red packet " + mchBillno);
            }
            if (shares.isEmpty()) {
                throw new ControlError(409, "red packet " + mchBillno + " has no shares left");
            }
            Receiver x = new Receiver(openid, shares.remove(0), at);
            receivers.add(x);
            return x;
        }
    }

    synchronized Packet get(String mchId, String mchBillno) {
        return packets.get(mchId + "/" + mchBillno);
    }

    synchronized void put(Packet p) {
        packets.put(p.mchId + "/" + p.mchBillno, p);
    }

    /** The packet with this mch_billno; {@code mchId} disambiguates when several merchants used it. */
    synchronized Packet find(String mchBillno, String mchId) {
        List<Packet> found = packets.values().stream().filter(p -> p.mchBillno.equals(mchBillno))
                .filter(p -> mchId == null || p.mchId.equals(mchId)).toList();
        if (found.isEmpty()) {
            throw new ControlError(404, "no red packet " + mchBillno);
        }
        if (found.size() > 1) {
            throw new ControlError(409, "several merchants used " + mchBillno + "; add ?mchId=");
        }
        return found.get(0);
    }

    /** Splits {@code total} into {@code n} random shares of at least {@code min} each (WeChat's ALL_RAND). */
    static List<Long> split(long total, int n, long min, PayIds ids) {
        List<Long> out = new ArrayList<>(n);
        long left = total - min * n;
        for (int i = 0; i < n - 1; i++) {
            // each share takes a random part of at most twice the average of what is left
            long extra = left == 0 ? 0 : Math.min(left, ids.nextInt((int) Math.min(Integer.MAX_VALUE, 2 * left / (n - i) + 1)));
            out.add(min + extra);
            left -= extra;
        }
        out.add(min + left);
        return out;
    }

    @Override
    public synchronized void reset() {
        packets.clear();
    }
}
