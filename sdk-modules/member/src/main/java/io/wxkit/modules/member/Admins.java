package io.wxkit.modules.member;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Who administers members: the first owner is set up by the operator ({@link #bootstrapOwner}); from then on
 * owners grant and revoke admins from their phones with their own openid. Every grant, revocation and
 * refusal is audited.
 *
 * <pre>{@code
 * member.admins().bootstrapOwner("oOwner", "ops-console");
 * member.admins().grant("oOwner", "oSalesLead", AdminRole.MANAGER, Set.of(AdminScope.department("sales")));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link MemberModule#admins()}.
 */
public final class Admins {
    private final ModuleContext context;
    private final Transactions tx;

    Admins(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Makes {@code openid} an owner while there is no admin at all: the operator's one-time setup, not an H5
     * call. Later owners are granted by owners.
     *
     * @param openid the first owner's openid
     * @param operator who sets it up (1-64 of {@code [A-Za-z0-9_:.-]}), as recorded in the audit log
     * @return the owner, scoped to every member
     * @throws ModuleException {@code NOT_ADMIN} once any admin exists
     * @throws ModuleException also {@code INVALID_INPUT} for a malformed argument
     */
    public Admin bootstrapOwner(String openid, String operator) {
        Participant.requireId("openid", openid);
        Members.requireKey("operator", operator);
        Instant now = context.clock().instant();
        return tx.run(h -> {
            if (AdminRows.count(h) > 0) {
                throw new ModuleException(MemberError.NOT_ADMIN, "admins exist already; an owner must grant this");
            }
            Admin owner = new Admin(openid, AdminRole.OWNER, Set.of(AdminScope.all()));
            AdminRows.save(h, owner, operator, now);
            context.audit().record(h, AuditEntry.of(MemberModule.NAME, operator, "admin.bootstrap", "admin:" + openid, "OK"));
            return owner;
        });
    }

    /**
     * Grants (or replaces) {@code target}'s role and scopes, by owner {@code ownerOpenid}.
     *
     * @param ownerOpenid the acting owner's openid
     * @param target the admin's openid
     * @param role the role; not null
     * @param scopes 1-50 scopes (ignored for an owner, who manages everyone)
     * @return the admin as stored
     * @throws ModuleException {@code NOT_ADMIN} if the caller is not an owner, {@code INVALID_INPUT} for an empty scope
     * @throws NullPointerException if {@code role} is null
     */
    public Admin grant(String ownerOpenid, String target, AdminRole role, Set<AdminScope> scopes) {
        Participant.requireId("target", target);
        Objects.requireNonNull(role, "role");
        if (scopes == null || scopes.isEmpty() || scopes.size() > 50) {
            throw new ModuleException(CommonError.INVALID_INPUT, "an admin needs 1-50 scopes");
        }
        Instant now = context.clock().instant();
        return audited(ownerOpenid, "admin.grant", "admin:" + target, h -> {
            requireRole(h, ownerOpenid, AdminRole.OWNER);
            Admin admin = new Admin(target, role, role == AdminRole.OWNER ? Set.of(AdminScope.all()) : scopes);
            AdminRows.save(h, admin, ownerOpenid, now);
            return admin;
        });
    }

    /**
     * Revokes {@code target}, by owner {@code ownerOpenid}; an owner cannot revoke themself (someone must remain).
     *
     * @param ownerOpenid the acting owner's openid
     * @param target the admin's openid
     * @throws ModuleException {@code NOT_ADMIN}, {@code INVALID_INPUT} for self-revocation
     */
    public void revoke(String ownerOpenid, String target) {
        Participant.requireId("target", target);
        if (target.equals(ownerOpenid)) {
            throw new ModuleException(CommonError.INVALID_INPUT, "an owner cannot revoke themself");
        }
        audited(ownerOpenid, "admin.revoke", "admin:" + target, h -> {
            requireRole(h, ownerOpenid, AdminRole.OWNER);
            AdminRows.delete(h, target);
            return null;
        });
    }

    /**
     * The admin record of {@code openid}, if they are one.
     *
     * @param openid 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return the admin, or empty if {@code openid} is none
     * @throws ModuleException {@code INVALID_INPUT} if {@code openid} is malformed
     */
    public Optional<Admin> find(String openid) {
        Participant.requireId("openid", openid);
        return tx.run(h -> AdminRows.find(h, openid));
    }

    static Admin requireRole(Handle h, String openid, AdminRole needed) {
        Participant.requireId("admin openid", openid);
        Admin a = AdminRows.find(h, openid).orElseThrow(() -> new ModuleException(MemberError.NOT_ADMIN, "this user is not an admin"));
        if (!a.role().allows(needed)) {
            throw new ModuleException(MemberError.NOT_ADMIN, "this operation needs the " + needed + " role");
        }
        return a;
    }

    /**
     * Runs an admin change with its audit row in one transaction; a refusal is audited on its own (the
     * change rolled back) with the error code as outcome.
     */
    <T> T audited(String actor, String action, String target, org.jdbi.v3.core.HandleCallback<T, RuntimeException> change) {
        Participant.requireId("admin openid", actor);
        try {
            return tx.run(h -> {
                T result = change.withHandle(h);
                context.audit().record(h, AuditEntry.of(MemberModule.NAME, actor, action, target, "OK"));
                return result;
            });
        } catch (ModuleException e) {
            context.audit().record(AuditEntry.of(MemberModule.NAME, actor, action, target, e.code()));
            throw e;
        }
    }
}
