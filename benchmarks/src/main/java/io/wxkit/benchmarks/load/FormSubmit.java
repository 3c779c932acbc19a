package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A form submission ({@code POST forms/forms/{id}/submissions}) with answers that pass the form's own fields: a
 * survey answer, or a registration that is confirmed, put on the waiting list, or refused because both are full
 * (counted by status in the ledger for the capacity check).
 */
final class FormSubmit extends AppStep {
    static final Set<String> RULES = Set.of("ALREADY_SUBMITTED", "FORM_FULL");
    private final List<ExamplesCatalogue.Form> forms;

    FormSubmit(WeChatSession session, Ledger ledger, List<ExamplesCatalogue.Form> forms) {
        super(session, ledger);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("the app has no form");
        }
        this.forms = List.copyOf(forms);
    }

    @Override
    public String name() {
        return "form submission";
    }

    @Override
    public CompletableFuture<String> run(Exchange x, URI base, VirtualUser user) {
        ExamplesCatalogue.Form form = forms.get(user.random().nextInt(forms.size()));
        return call(x, base, user, "POST", "forms/forms/" + form.id() + "/submissions", java.util.Map.of("answers", form.answers()))
                .thenApply(r -> {
                    if (r.statusCode() != 201) {
                        return refusal(x, base, user, r, RULES);
                    }
                    JsonNode s = tree(r);
                    String status = s.path("status").asText();
                    ledger.add("form " + form.id() + " " + status);
                    return s.path("formId").asLong() == form.id() && Set.of("CONFIRMED", "WAITING").contains(status) ? null
                            : "unexpected submission: " + clip(r.body());
                });
    }
}
