package io.wxkit.modules.forms;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import java.util.Objects;

/**
 * The forms module: surveys (调研) and registrations (报名/注册) with typed, validated fields, an open/close
 * window, one or many submissions per openid, editing until close, capacity with a waiting list and
 * promotion on withdrawal, confirmation by template message, statistics per question and streamed CSV.
 *
 * <pre>{@code
 * FormsModule forms = FormsModule.create(context);
 * Form f = forms.forms().create(FormDraft.registration("Open day", opensAt, closesAt).capacity(30, 10)
 *     .field(FormField.text("name", "姓名").mandatory().length(2, 20)), "staff-1");
 * SubmitResult r = forms.submissions().submit(f.id(), Participant.of(openid), ip, Map.of("name", List.of("李雷")));
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per application.
 */
public final class FormsModule {
    /** The module name: migrations in {@code db/wxkit/forms}, history in {@code wxkit_forms_schema_history}. */
    public static final String NAME = "forms";
    private final ModuleContext context;
    private final Forms forms;
    private final Submissions submissions;

    private FormsModule(ModuleContext context) {
        this.context = context;
        this.forms = new Forms(context);
        this.submissions = new Submissions(context, new Confirmations(context));
    }

    /**
     * Applies the forms migrations to the context's database and returns the module.
     *
     * @param context the database, clock, zone and WeChat hooks the module uses; not null
     * @return the module
     * @throws NullPointerException if {@code context} is null
     */
    public static FormsModule create(ModuleContext context) {
        Objects.requireNonNull(context, "context");
        ModuleDatabase.migrate(context.dataSource(), NAME);
        return new FormsModule(context);
    }

    /**
     * Form definitions, closing, statistics, export.
     *
     * <p>{@code Form f = forms.forms().find(formId);}
     *
     * @return the forms API (one instance per module)
     */
    public Forms forms() {
        return forms;
    }

    /**
     * Submitting, editing, withdrawing.
     *
     * <p>{@code SubmitResult r = forms.submissions().submit(formId, Participant.of(openid), ip, answers);}
     *
     * @return the submissions API (one instance per module)
     */
    public Submissions submissions() {
        return submissions;
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
