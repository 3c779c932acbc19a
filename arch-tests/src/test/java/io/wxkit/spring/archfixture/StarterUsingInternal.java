package io.wxkit.spring.archfixture;

import io.wxkit.archtests.fixture.internal.Hidden;

/** Fixture: the starter wiring an internal type. */
public class StarterUsingInternal {
    public Object wire() {
        return new Hidden();
    }
}
