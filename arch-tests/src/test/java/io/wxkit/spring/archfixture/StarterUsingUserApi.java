package io.wxkit.spring.archfixture;

import io.wxkit.archtests.fixture.api.KeepsInternalPrivate;

/** Fixture: the starter using a public type that itself keeps an internal one private: allowed. */
public class StarterUsingUserApi {
    public Object wire() {
        return new KeepsInternalPrivate();
    }
}
