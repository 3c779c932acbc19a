package io.wxkit.mp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InternalTest {

    record Page(List<String> items, String next) {
    }

    @Test
    void cursorIteratorFetchesPagesOnlyWhenTheyAreNeeded() {
        Map<String, Page> pages = Map.of("", new Page(List.of("a", "b"), "b"), "b", new Page(List.of("c"), "c"),
                "c", new Page(List.of(), ""));
        List<String> fetched = new ArrayList<>();
        CursorIterator<Page> it = new CursorIterator<>("", cursor -> {
            fetched.add(cursor);
            return pages.get(cursor);
        }, Page::items, Page::next);
        assertThat(fetched).isEmpty();
        assertThat(it.next()).isEqualTo("a");
        assertThat(it.next()).isEqualTo("b");
        assertThat(fetched).containsExactly("");
        assertThat(it.next()).isEqualTo("c");
        assertThat(it.hasNext()).isFalse();
        assertThat(fetched).containsExactly("", "b", "c");
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void cursorIteratorStopsOnACursorThatDoesNotMove() {
        List<String> fetched = new ArrayList<>();
        CursorIterator<Page> it = new CursorIterator<>("x", cursor -> {
            fetched.add(cursor);
            return new Page(List.of("same"), "x");
        }, Page::items, Page::next);
        List<String> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        assertThat(all).containsExactly("same");
        assertThat(fetched).hasSize(1);
    }

    @Test
    void chunksNeverLeaveATooSmallTail() {
        List<Integer> values = IntStream.range(0, 10001).boxed().toList();
        List<List<Integer>> chunks = Chunks.of(values, 2, 10000);
        assertThat(chunks).extracting(List::size).containsExactly(9999, 2);
        assertThat(chunks.stream().flatMap(List::stream).toList()).isEqualTo(values);
        assertThat(Chunks.of(IntStream.range(0, 20000).boxed().toList(), 2, 10000)).extracting(List::size)
                .containsExactly(10000, 10000);
        assertThat(Chunks.of(IntStream.range(0, 120).boxed().toList(), 1, 50)).extracting(List::size)
                .containsExactly(50, 50, 20);
        assertThatThrownBy(() -> Chunks.of(List.of(), 1, 50)).hasMessageContaining("at least 1");
    }

    @Test
    void chunksRefuseImpossibleSplits() {
        assertThatThrownBy(() -> Chunks.of(List.of(1), 2, 10)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Chunks.of(List.of(1, 2, 3), 2, 2)).hasMessageContaining("cannot split");
    }

    @Test
    void checksNameTheFieldAndTheLimit() {
        assertThat(Checks.utf8Length("中a")).isEqualTo(4);
        assertThatThrownBy(() -> Checks.requireBytes("中中", "name", 5)).hasMessage("name is 6 UTF-8 bytes, WeChat allows at most 5: 中中");
        assertThatThrownBy(() -> Checks.requireChars("abc", "remark", 2)).hasMessageContaining("remark is 3 characters");
        assertThat(Checks.optionalChars(null, "x", 1)).isNull();
        assertThat(Checks.maxBytes(null, "x", 1)).isNull();
        assertThatThrownBy(() -> Checks.requireSize(List.of(1), "list", 2, 2)).hasMessageContaining("exactly 2");
    }
}
