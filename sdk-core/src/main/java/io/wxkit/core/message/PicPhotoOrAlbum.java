package io.wxkit.core.message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The pic_photo_or_album event: a user sent photos from a {@code pic_photo_or_album} menu button.
 *
 * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
 * @param fromUser the sender's openid ({@code FromUserName})
 * @param createTime when WeChat created it ({@code CreateTime}, seconds)
 * @param eventKey the button key ({@code EventKey})
 * @param picMd5Sums the MD5 of each picture sent ({@code SendPicsInfo/PicList/item/PicMd5Sum})
 */
public record PicPhotoOrAlbum(String toUser, String fromUser, Instant createTime, String eventKey,
                              List<String> picMd5Sums) implements Event {
    /**
     * Validates required fields and copies lists.
     *
     * @param toUser the account that received it ({@code ToUserName}, the gh_ id)
     * @param fromUser the sender's openid ({@code FromUserName})
     * @param createTime when WeChat created it ({@code CreateTime}, seconds)
     * @param eventKey the button key ({@code EventKey})
     * @param picMd5Sums the MD5 of each picture sent ({@code SendPicsInfo/PicList/item/PicMd5Sum})
     * @throws NullPointerException if {@code toUser}, {@code fromUser}, {@code createTime}, {@code eventKey} or
     *     {@code picMd5Sums} is null, or a list holds a null element
     */
    public PicPhotoOrAlbum {
        Objects.requireNonNull(toUser, "toUser");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(createTime, "createTime");
        Objects.requireNonNull(eventKey, "eventKey");
        picMd5Sums = List.copyOf(picMd5Sums);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
        return "pic_photo_or_album";
    }
}
