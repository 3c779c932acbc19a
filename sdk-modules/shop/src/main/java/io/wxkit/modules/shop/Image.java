package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;

/** A product image: an https URL, or the media id of an image uploaded to the Official Account. */
public sealed interface Image permits Image.Url, Image.MediaId {

    /**
     * The stored form: {@code url:<url>} or {@code media:<id>}.
     *
     * @return {@code url:<url>} or {@code media:<id>}, what {@link #parse} reads back
     */
    String stored();

    /**
     * An image at {@code url} (https only: the pages are served inside WeChat over TLS).
     *
     * @param url an https URL of at most 500 characters without spaces or commas
     * @return the image
     * @throws ModuleException {@code INVALID_INPUT} if {@code url} breaks these rules
     */
    static Image url(String url) {
        return new Url(url);
    }

    /**
     * An image by its WeChat {@code media_id}.
     *
     * @param mediaId 1–128 of letters, digits, {@code _} and {@code -}
     * @return the image
     * @throws ModuleException {@code INVALID_INPUT} if {@code mediaId} breaks these rules
     */
    static Image mediaId(String mediaId) {
        return new MediaId(mediaId);
    }

    /**
     * The image {@link #stored()} as {@code value}.
     *
     * @param value a {@link #stored()} form, {@code url:...} or {@code media:...}; not null
     * @return the image it names
     * @throws ModuleException {@code INVALID_INPUT} if the id or URL in it is malformed
     */
    static Image parse(String value) {
        return value.startsWith("media:") ? new MediaId(value.substring(6)) : new Url(value.substring(4));
    }

    /** @param url an https URL of at most 500 characters without line breaks */
    record Url(String url) implements Image {
        /**
         * Checks the URL.
         *
         * @param url an https URL of at most 500 characters without spaces or commas
         * @throws ModuleException {@code INVALID_INPUT} if {@code url} breaks these rules
         */
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
        /**
         * Checks the id.
         *
         * @param mediaId 1–128 of letters, digits, {@code _} and {@code -}
         * @throws ModuleException {@code INVALID_INPUT} if {@code mediaId} breaks these rules
         */
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
