package io.wxkit.core.archfixture;

import org.springframework.context.annotation.Configuration;

/** Fixture: Spring outside io.wxkit.spring and io.wxkit.examples. */
@Configuration
public class CoreWithSpring {
}
