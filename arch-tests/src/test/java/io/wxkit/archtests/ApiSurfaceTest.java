package io.wxkit.archtests;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.archtests.ApiSurface.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Generates docs/api-surface.md from the compiled classes. Always writes {@code target/api-surface.md};
 * {@code -Dwxkit.api.write=true} rewrites the doc, {@code -Dwxkit.api.check=true} fails when the doc is stale
 * (off by default while several branches add types in parallel; the release checklist turns it on).
 */
class ApiSurfaceTest {

    /**
     * Support types that stay in a user package because DESIGN names them: the emulator's JUnit 5 extension
     * (DESIGN §7), which {@code @WxEmulatorTest} names in its {@code @ExtendWith} (an annotation and its
     * extension in two packages would be a package cycle); and the domain modules' {@code Untrusted}, which the
     * Spring starter's endpoints use to clip what users typed (the starter wires public APIs only).
     */
    static final Set<String> KEPT_BY_DESIGN = Set.of("io.wxkit.emulator.junit.WxEmulatorExtension",
            "io.wxkit.modules.common.Untrusted");

    static ApiSurface surface() throws IOException {
        return ApiSurface.of(WxkitClasses.all(), namesInGuides());
    }

    static Set<String> namesInGuides() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> guides = Files.list(Poms.root().resolve("docs/guide"))) {
            for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).toList()) {
                names.addAll(ApiSurface.namesIn(Files.readString(guide)));
            }
        }
        return names;
    }

    @Test
    void classifiesTheContractTypesAsUserApi() throws IOException {
        ApiSurface surface = surface();
        for (String type : new String[] {"io.wxkit.mp.WxMp", "io.wxkit.mp.menu.Menu", "io.wxkit.mp.menu.Button",
                "io.wxkit.mp.template.TemplateMessage", "io.wxkit.mp.callback.CallbackHandler",
                "io.wxkit.mp.callback.CallbackRequest", "io.wxkit.mp.callback.CallbackResponse",
                "io.wxkit.core.message.Text", "io.wxkit.core.message.Reply", "io.wxkit.pay.WxPay",
                "io.wxkit.pay.notification.PaymentNotification", "io.wxkit.core.http.WxApiException"}) {
            assertThat(surface.entries().get(type)).as(type).isNotNull();
            assertThat(surface.entries().get(type).kind()).as(type).isEqualTo(Kind.USER_API);
        }
    }

    @Test
    void everySupportTypeLivesInAnInternalPackage() throws IOException {
        // issue 24: a public type that is not user API is public only for wxkit's own modules, so it lives in
        // io.wxkit.<module>.internal.* (move it there: arch-tests/rewrite-imports.sh, docs/internal-moves.tsv)
        ApiSurface surface = surface();
        assertThat(surface.entries().values())
                .filteredOn(e -> e.kind() == Kind.SIBLING_SUPPORT || e.kind() == Kind.MODULE_SUPPORT)
                .filteredOn(e -> !KEPT_BY_DESIGN.contains(e.type()))
                .extracting(e -> e.type() + " -> " + e.target())
                .isEmpty();
        assertThat(surface.entries().values()).filteredOn(e -> e.kind() == Kind.INTERNAL)
                .allSatisfy(e -> assertThat(e.target()).isEmpty());
    }

    @Test
    void writesTheDocument() throws IOException {
        String markdown = ApiSurfaceMarkdown.render(surface());
        Path target = Path.of("target", "api-surface.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, markdown);
        Path doc = Poms.root().resolve("docs/api-surface.md");
        if (Boolean.getBoolean("wxkit.api.write")) {
            Files.writeString(doc, markdown);
        }
        if (Boolean.getBoolean("wxkit.api.check")) {
            assertThat(Files.readString(doc)).as("docs/api-surface.md is stale: regenerate it (see its header)")
                    .isEqualTo(markdown);
        }
        assertThat(markdown).contains("## `io.wxkit.core`", "## `io.wxkit.mp`", "## `io.wxkit.pay`",
                "## `io.wxkit.spring`", "## `io.wxkit.modules.shop`");
    }
}
