package io.wxkit.sso.interfaces;

import java.util.List;

/**
 * What a trigger took from the message: the whole text (or the key/scene of an event), the argument and
 * the regex groups.
 */
record Captured(String content, String argument, List<String> groups) {
}
