package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import java.util.ArrayList;
import java.util.List;

/**
 * A product to publish: title, description, images and at least one SKU.
 *
 * <pre>{@code
 * ProductDraft.of(categoryId, "T-shirt", "100% cotton").image(Image.url("https://cdn.example.com/t.jpg"))
 *     .sku("颜色:白;尺码:M", 9900, 20).sku("颜色:白;尺码:L", 9900, 15);
 * }</pre>
 *
 * @param categoryId  the category
 * @param title       1–127 characters
 * @param description at most 2000 characters
 * @param images      at most 8 images
 * @param skus        1–100 SKUs with distinct specs
 */
public record ProductDraft(long categoryId, String title, String description, List<Image> images, List<SkuDraft> skus) {
    /**
     * Checks the fields and copies the lists; the SKU count's lower bound (1) is checked when publishing.
     *
     * @param categoryId the category
     * @param title 1–127 characters, not blank
     * @param description at most 2000 characters; not null (may be empty)
     * @param images at most 8 images; not null
     * @param skus at most 100 SKUs with distinct specs; not null
     * @throws NullPointerException if {@code images}, {@code skus} or an element is null
     * @throws ModuleException {@code INVALID_INPUT} if a limit is broken
     */
    public ProductDraft {
        if (title == null || title.isBlank() || title.length() > 127) {
            throw new ModuleException(CommonError.INVALID_INPUT, "title must be 1-127 characters");
        }
        if (description == null || description.length() > 2000) {
            throw new ModuleException(CommonError.INVALID_INPUT, "description must be at most 2000 characters");
        }
        images = List.copyOf(images);
        skus = List.copyOf(skus);
        if (images.size() > 8) {
            throw new ModuleException(CommonError.INVALID_INPUT, "at most 8 images");
        }
        if (skus.size() > 100 || skus.stream().map(SkuDraft::spec).distinct().count() != skus.size()) {
            throw new ModuleException(CommonError.INVALID_INPUT, "at most 100 SKUs, each with its own spec");
        }
    }

    /**
     * A draft without images or SKUs yet.
     *
     * @param categoryId the category
     * @param title 1–127 characters, not blank
     * @param description at most 2000 characters; not null (may be empty)
     * @return the draft
     * @throws ModuleException {@code INVALID_INPUT} if {@code title} or {@code description} breaks its limit
     */
    public static ProductDraft of(long categoryId, String title, String description) {
        return new ProductDraft(categoryId, title, description, List.of(), List.of());
    }

    /**
     * This draft with one more image.
     *
     * @param image the image; not null
     * @return a copy with {@code image} last
     * @throws ModuleException {@code INVALID_INPUT} if the draft would have more than 8 images
     */
    public ProductDraft image(Image image) {
        List<Image> more = new ArrayList<>(images);
        more.add(image);
        return new ProductDraft(categoryId, title, description, more, skus);
    }

    /**
     * This draft with one more SKU.
     *
     * @param spec the spec combination, 1–200 characters, e.g. {@code 颜色:白;尺码:M}
     * @param priceFen the unit price in fen, 1 to 10,000,000,000 (100 million yuan)
     * @param stock initial stock, not negative
     * @return a copy with the SKU last
     * @throws ModuleException {@code INVALID_INPUT} if a value is out of range, the spec repeats another, or the draft would have more than 100 SKUs
     */
    public ProductDraft sku(String spec, long priceFen, int stock) {
        List<SkuDraft> more = new ArrayList<>(skus);
        more.add(new SkuDraft(spec, priceFen, stock));
        return new ProductDraft(categoryId, title, description, images, more);
    }

    /**
     * One SKU to create.
     *
     * @param spec     the spec combination, 1–200 characters
     * @param priceFen the unit price in fen, 1 to 10,000,000,000 (100 million yuan)
     * @param stock    initial stock, not negative
     */
    public record SkuDraft(String spec, long priceFen, int stock) {
        /**
         * Checks the SKU.
         *
         * @param spec the spec combination, 1–200 characters, not blank
         * @param priceFen the unit price in fen, 1 to 10,000,000,000 (100 million yuan)
         * @param stock initial stock, not negative
         * @throws ModuleException {@code INVALID_INPUT} if a value is out of range
         */
        public SkuDraft {
            if (spec == null || spec.isBlank() || spec.length() > 200) {
                throw new ModuleException(CommonError.INVALID_INPUT, "spec must be 1-200 characters");
            }
            requirePrice(priceFen);
            if (stock < 0) {
                throw new ModuleException(CommonError.INVALID_INPUT, "stock must not be negative");
            }
        }
    }

    /** A unit price a SKU may carry: 1 fen to 100 million yuan (also checked when a SKU is repriced). */
    static void requirePrice(long priceFen) {
        if (priceFen <= 0 || priceFen > 100_000_000_00L) {
            throw new ModuleException(CommonError.INVALID_INPUT, "price must be 1 fen to 100 million yuan");
        }
    }
}
