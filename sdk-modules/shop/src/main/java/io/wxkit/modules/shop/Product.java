package io.wxkit.modules.shop;

import java.util.List;

/**
 * A product with its SKUs.
 *
 * @param id          the id
 * @param categoryId  its category
 * @param title       the title (also the payment description, at most 127 characters as WeChat Pay allows)
 * @param description the description
 * @param images      the images, in display order
 * @param onShelf     whether buyers can order it
 * @param skus        its spec combinations
 */
public record Product(long id, long categoryId, String title, String description, List<Image> images, boolean onShelf,
                      List<Sku> skus) {
    /**
     * Copies the lists.
     *
     * @param id the id
     * @param categoryId its category
     * @param title the title
     * @param description the description
     * @param images the images, in display order; not null
     * @param onShelf whether buyers can order it
     * @param skus its spec combinations; not null
     * @throws NullPointerException if {@code images}, {@code skus} or an element is null
     */
    public Product {
        images = List.copyOf(images);
        skus = List.copyOf(skus);
    }
}
