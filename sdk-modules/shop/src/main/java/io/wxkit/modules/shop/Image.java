package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;

/** A product image: an https URL, or the media id of an image uploaded to the Official Account. */
public sealed interface Image permits Image.Url, Image.MediaId {

    /** The stored form: {@code url:<url>} or {@code media:<id>}. */
    String stored();

    /** An image at {@code url} (https only: the pages are served inside WeChat over TLS). */
    static Image url(String url) {
        return new Url(url);
    }

    /** An image by its WeChat {@code media_id}. */
    static Image mediaId(String mediaId) {
        return new MediaId(mediaId);
    }

    /** The image {@link #stored()} as {@code value}. */
    static Image parse(String value) {
        return value.startsWith("media:") ? new MediaId(value.substring(6)) : new Url(value.substring(4));
    }

    /** @param url an https URL of at most 500 characters without line breaks */
    record Url(String url) implements Image {
        public Url {
            if (url == null || !url.startsWith("https://") || url.length() > 500 || url.matches("(?s).*[\\s,].*")) {
                throw new ModuleException(CommonError.INVALID_INPUT, "image url must be https, at most 500 characters, no spaces or commas");
            }
        }

        @Override
        public String stored() {
            return "url:" + url;
        }
    }

    /** @param mediaId a WeChat media id, 1–128 of letters, digits, {@code _} and {@code -} */
    record MediaId(String mediaId) implements Image {
        public MediaId {
            if (mediaId == null || !mediaId.matches("[A-Za-z0-9_\\-]{1,128}")) {
                throw new ModuleException(CommonError.INVALID_INPUT, "media id must be 1-128 of letters, digits, '_' or '-'");
            }
        }

        @Override
        public String stored() {
            return "media:" + mediaId;
        }
    }
}
