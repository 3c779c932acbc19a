package io.wxkit.examples.archfixture;

import io.wxkit.archtests.fixture.internal.Hidden;

/** Fixture: the examples app reaching into an internal package, as it did with sso.internal.error. */
public class ExamplesUsingInternal {
    private final Hidden hidden = new Hidden();

    @Override
    public String toString() {
        return hidden.toString();
    }
}
