package io.wxkit.core.http;

import java.util.List;

/** The stages of a call in their fixed order; the last one must answer without calling on. */
final class Pipeline {
    private final List<Stage> stages;

    Pipeline(List<Stage> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least the send stage");
        }
        this.stages = List.copyOf(stages);
    }

    Reply execute(Exchange exchange) {
        return new Link(0).proceed(exchange);
    }

    private final class Link implements Stage.Chain {
        private final int index;

        Link(int index) {
            this.index = index;
        }

        @Override
        public Reply proceed(Exchange exchange) {
            if (index >= stages.size()) {
                throw new IllegalStateException("the last stage must not call proceed");
            }
            return stages.get(index).handle(exchange, new Link(index + 1));
        }
    }
}
