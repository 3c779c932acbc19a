/**
 * What a refused SSO operation throws: {@link io.wxkit.sso.error.SsoException} with its stable
 * {@link io.wxkit.sso.error.SsoError} code (the {@code "error"} value of the broker's HTTP answers). Its own
 * package, below every feature package, so that all of them throw it without depending on
 * {@link io.wxkit.sso.SsoBroker}'s package.
 */
package io.wxkit.sso.error;
