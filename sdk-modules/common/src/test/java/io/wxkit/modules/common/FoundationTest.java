package io.wxkit.modules.common;

import io.wxkit.modules.common.internal.CsvWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.testkit.ModuleTestContext;
import org.junit.jupiter.api.Test;

/** The small pieces of modules-common: clipping, cursors, CSV cells, the audit log and the common migration. */
class FoundationTest {
    @Test
    void untrustedValuesAreQuotedTruncatedAndFreeOfLineBreaks() {
        assertThat(Untrusted.clip("a\r\nb")).isEqualTo("\"a\\u000d\\u000ab\"");
        assertThat(Untrusted.clip("x".repeat(100))).hasSize(64 + 2 + 3).endsWith("...\"");
        assertThat(Untrusted.clip(null)).isEqualTo("null");
    }

    @Test
    void cursorsAreValidatedAndPageSizesCapped() {
        assertThat(PageRequest.first(10).afterId()).isEqualTo(Long.MAX_VALUE);
        assertThat(PageRequest.after(PageRequest.encode(42), 10).afterId()).isEqualTo(42);
        assertThatThrownBy(() -> PageRequest.after("!!", 10)).isInstanceOf(ModuleException.class).hasMessageStartingWith("INVALID_INPUT");
        assertThatThrownBy(() -> PageRequest.first(101)).isInstanceOf(ModuleException.class);
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(ModuleException.class);
    }

    @Test
    void csvCellsAreQuotedAndFormulaSafe() {
        assertThat(CsvWriter.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvWriter.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(CsvWriter.cell(-5)).isEqualTo("-5");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void auditEntriesAreStoredClippedAndPagedNewestFirst() {
        try (ModuleTestContext t = new ModuleTestContext("common_audit")) {
            ModuleContext context = t.build();
            for (int i = 0; i < 3; i++) {
                context.audit().record(AuditEntry.of("vote", "staff\n" + i, "poll.close", "poll:" + i, "OK"));
            }
            Page<AuditEntry> first = context.audit().list("vote", PageRequest.first(2));
            assertThat(first.items()).extracting(AuditEntry::target).containsExactly("poll:2", "poll:1");
            assertThat(first.items().get(0).actor()).isEqualTo("staff?2");
            Page<AuditEntry> rest = context.audit().list("vote", PageRequest.after(first.next().orElseThrow(), 2));
            assertThat(rest.items()).extracting(AuditEntry::target).containsExactly("poll:0");
            assertThat(rest.next()).isEmpty();
            assertThat(context.audit().list("lottery", PageRequest.first(5)).items()).isEmpty();
        }
    }
}
