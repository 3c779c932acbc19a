package io.wxkit.modules.member;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import java.util.Objects;

/**
 * The member module (微会员): profiles bound to openids (and optionally to an SSO account id), levels by
 * points, paid orders or hand, a points ledger that never goes negative and counts each business key once,
 * expiring points, card numbers with a signed, short-lived scannable code, and admins with role and scope
 * who manage their members from the H5 admin pages, every change audited.
 *
 * <pre>{@code
 * MemberModule member = MemberModule.create(context, cardSecret);   // 32 random bytes kept with the app's secrets
 * Member m = member.members().join(Participant.of(openid), "sales");
 * member.points().earn(openid, 100, "order:4200001234", null, "order reward");
 * CardCode code = member.cards().codeFor(openid);
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per application.
 */
public final class MemberModule {
    /** The module name: migrations in {@code db/wxkit/member}, history in {@code wxkit_member_schema_history}. */
    public static final String NAME = "member";
    private final ModuleContext context;
    private final Members members;
    private final Points points;
    private final MemberCards cards;
    private final Admins admins;
    private final AdminOps adminOps;

    private MemberModule(ModuleContext context, byte[] cardSecret) {
        this.context = context;
        this.members = new Members(context);
        this.points = new Points(context);
        this.cards = new MemberCards(context, cardSecret);
        this.admins = new Admins(context);
        this.adminOps = new AdminOps(context, admins);
    }

    /**
     * Applies the member migrations and returns the module; {@code cardSecret} (at least 32 bytes) signs the
     * card codes and must be the same on every node.
     *
     * @param context the database, clock, zone and WeChat hooks the module uses; not null
     * @param cardSecret the HMAC-SHA256 key of card codes; copied
     * @return the module
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes
     * @throws NullPointerException if {@code context} is null
     */
    public static MemberModule create(ModuleContext context, byte[] cardSecret) {
        Objects.requireNonNull(context, "context");
        if (cardSecret == null || cardSecret.length < 32) {
            throw new IllegalArgumentException("the card secret must be at least 32 bytes");
        }
        ModuleDatabase.migrate(context.dataSource(), NAME);
        return new MemberModule(context, cardSecret);
    }

    /**
     * Profiles, paid orders, levels.
     *
     * <p>{@code Member m = member.members().join(Participant.of(openid), "sales");}
     *
     * @return the profiles API (one instance per module)
     */
    public Members members() {
        return members;
    }

    /**
     * The points ledger.
     *
     * <p>{@code long balance = member.points().balance(openid);}
     *
     * @return the points API (one instance per module)
     */
    public Points points() {
        return points;
    }

    /**
     * Card codes.
     *
     * <p>{@code CardCode code = member.cards().codeFor(openid);}
     *
     * @return the card codes API (one instance per module)
     */
    public MemberCards cards() {
        return cards;
    }

    /**
     * Granting and revoking admins.
     *
     * <p>{@code member.admins().grant(ownerOpenid, openid, AdminRole.VIEWER, Set.of(AdminScope.all()));}
     *
     * @return the admins API (one instance per module)
     */
    public Admins admins() {
        return admins;
    }

    /**
     * What admins do to the members in their scope.
     *
     * <p>{@code Member m = member.adminOps().view(adminOpenid, memberOpenid);}
     *
     * @return the admin operations API (one instance per module)
     */
    public AdminOps adminOps() {
        return adminOps;
    }

    /**
     * The context this module runs on.
     *
     * @return the context given to {@link #create}
     */
    public ModuleContext context() {
        return context;
    }
}
