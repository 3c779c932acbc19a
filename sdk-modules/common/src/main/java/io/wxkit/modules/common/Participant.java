package io.wxkit.modules.common;

import java.util.regex.Pattern;

/**
 * Who takes part in a module activity: the openid WeChat gave the user for this Official Account, the
 * unionid when the account is bound to an Open Platform, and a display nickname.
 *
 * <pre>{@code
 * Participant p = Participant.of("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o").nickname("Ann");
 * }</pre>
 *
 * @param openid   the user's openid (1-64 characters of {@code [A-Za-z0-9_-]})
 * @param unionid  the unionid, or {@code null} when unknown
 * @param nickname the display name (at most 64 characters), or {@code null}
 */
public record Participant(String openid, String unionid, String nickname) {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * Validates the fields.
     *
     * @param openid   the user's openid
     * @param unionid  the unionid, or {@code null}
     * @param nickname the display name, or {@code null}
     * @throws ModuleException {@code INVALID_INPUT} if the openid or unionid is malformed or the nickname too long
     */
    public Participant {
        requireId("openid", openid);
        if (unionid != null) {
            requireId("unionid", unionid);
        }
        if (nickname != null && (nickname.length() > 64 || nickname.chars().anyMatch(Character::isISOControl))) {
            throw new ModuleException(CommonError.INVALID_INPUT, "nickname must be at most 64 printable characters");
        }
    }

    /**
     * A participant known by openid only.
     *
     * @param openid the user's openid (1-64 characters of {@code [A-Za-z0-9_-]})
     * @return the participant, without unionid and nickname
     * @throws ModuleException {@code INVALID_INPUT} if the openid is null or malformed
     */
    public static Participant of(String openid) {
        return new Participant(openid, null, null);
    }

    /**
     * This participant with {@code nickname}.
     *
     * @param nickname the display name (at most 64 printable characters), or {@code null}
     * @return a copy with the nickname replaced
     * @throws ModuleException {@code INVALID_INPUT} if the nickname is too long or holds control characters
     */
    public Participant nickname(String nickname) {
        return new Participant(openid, unionid, nickname);
    }

    /**
     * This participant with {@code unionid}.
     *
     * @param unionid the unionid (1-64 characters of {@code [A-Za-z0-9_-]}), or {@code null}
     * @return a copy with the unionid replaced
     * @throws ModuleException {@code INVALID_INPUT} if the unionid is malformed
     */
    public Participant unionid(String unionid) {
        return new Participant(openid, unionid, nickname);
    }

    /**
     * Checks that {@code value} looks like an openid (1-64 of {@code [A-Za-z0-9_-]}).
     *
     * @param field the name of the checked field, for the error's detail ({@code openid}, {@code unionid})
     * @param value the value to check
     * @return {@code value}, unchanged
     * @throws ModuleException {@code INVALID_INPUT} naming {@code field} if {@code value} is null or malformed
     */
    public static String requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " must be 1-64 characters of [A-Za-z0-9_-], got "
                    + Untrusted.clip(value));
        }
        return value;
    }
}
