package io.wxkit.examples.admin.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Sign-ins and refused sign-ins go into the audit log too (the name typed, never the password). */
@Component
class LoginAudit {
    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void success(AuthenticationSuccessEvent event) {
        audit.record(event.getAuthentication().getName(), "login", "signed in");
    }

    @EventListener
    void failure(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        audit.record(name.length() > 64 ? name.substring(0, 64) : name, "login.refused",
                event.getException().getClass().getSimpleName());
    }
}
