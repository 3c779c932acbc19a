/**
 * Not for users: support code that wxkit's own modules share. Public only because Java has no
 * friend packages; no compatibility promise, excluded from the API check ({@code -Pjapicmp}) and from
 * doclint. Anything here may change or disappear in any release.
 */
package io.wxkit.modules.common.internal.stats;
