package io.wxkit.mp.material;

/** The {@code type} of {@code /cgi-bin/material/batchget_material}. */
public enum MaterialListType {
    /** {@code image}. */
    IMAGE("image"),
    /** {@code video}. */
    VIDEO("video"),
    /** {@code voice}. */
    VOICE("voice"),
    /** {@code news}: legacy article materials (items carry their articles). */
    NEWS("news");

    private final String wireName;

    MaterialListType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The value sent as {@code type}.
     *
     * @return {@code image}, {@code video}, {@code voice} or {@code news}
     */
    public String wireName() {
        return wireName;
    }
}
