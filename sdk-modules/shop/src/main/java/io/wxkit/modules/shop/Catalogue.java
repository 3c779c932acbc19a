package io.wxkit.modules.shop;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.internal.db.Transactions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The seller's catalogue: categories, products with SKUs, shelf state and stock. Every change is audited.
 *
 * <pre>{@code
 * Category c = shop.catalogue().createCategory("Clothes", 1, "seller:ann");
 * Product p = shop.catalogue().publish(ProductDraft.of(c.id(), "T-shirt", "").sku("M", 9900, 20), "seller:ann");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Catalogue {
    private final ModuleContext context;
    private final Transactions tx;

    Catalogue(ModuleContext context, Transactions tx) {
        this.context = context;
        this.tx = tx;
    }

    /**
     * Creates a category.
     *
     * @param name 1–100 characters, not blank; stored stripped
     * @param sortOrder the list position; lower first, ties by id
     * @param actor who creates it, as recorded in the audit log
     * @return the category
     * @throws ModuleException {@code INVALID_INPUT} if {@code name} breaks its limit
     */
    public Category createCategory(String name, int sortOrder, String actor) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ModuleException(CommonError.INVALID_INPUT, "category name must be 1-100 characters");
        }
        return tx.run(h -> {
            long id = h.createUpdate("INSERT INTO wxkit_shop_category (name, sort_order, created_at) VALUES (:n, :s, :at)")
                    .bind("n", name.strip()).bind("s", sortOrder).bind("at", context.clock().millis())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            audit(h, actor, "category.create", "category:" + id);
            return new Category(id, name.strip(), sortOrder);
        });
    }

    /**
     * The categories in display order.
     *
     * @return every category, by sort order then id
     */
    public List<Category> categories() {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT id, name, sort_order FROM wxkit_shop_category ORDER BY sort_order, id")
                .map((rs, c) -> new Category(rs.getLong("id"), rs.getString("name"), rs.getInt("sort_order"))).list());
    }

    /**
     * Publishes {@code draft} on the shelf.
     *
     * @param draft the product with at least one SKU; not null
     * @param actor who publishes it, as recorded in the audit log
     * @return the product as stored, on the shelf, with its SKU ids
     * @throws ModuleException {@code NOT_FOUND} for an unknown category, {@code INVALID_INPUT} without SKUs
     */
    public Product publish(ProductDraft draft, String actor) {
        if (draft.skus().isEmpty()) {
            throw new ModuleException(CommonError.INVALID_INPUT, "a product needs at least one SKU");
        }
        long id = tx.run(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM wxkit_shop_category WHERE id = :id").bind("id", draft.categoryId())
                    .mapTo(Long.class).one() == 0) {
                throw new ModuleException(ShopError.NOT_FOUND, "no category " + draft.categoryId());
            }
            long productId = h.createUpdate("INSERT INTO wxkit_shop_product (category_id, title, description, images, on_shelf, created_at)"
                            + " VALUES (:c, :t, :d, :i, TRUE, :at)")
                    .bind("c", draft.categoryId()).bind("t", draft.title()).bind("d", draft.description())
                    .bind("i", draft.images().stream().map(Image::stored).collect(Collectors.joining(",")))
                    .bind("at", context.clock().millis())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (ProductDraft.SkuDraft s : draft.skus()) {
                h.createUpdate("INSERT INTO wxkit_shop_sku (product_id, spec, price_fen, stock) VALUES (:p, :s, :f, :n)")
                        .bind("p", productId).bind("s", s.spec()).bind("f", s.priceFen()).bind("n", s.stock()).execute();
            }
            audit(h, actor, "product.publish", "product:" + productId);
            return productId;
        });
        return product(id);
    }

    /**
     * Puts the product on ({@code true}) or off the shelf; orders already placed are not affected.
     *
     * @param productId the product's id
     * @param onShelf true to let buyers order it
     * @param actor who changes it, as recorded in the audit log
     * @throws ModuleException {@code NOT_FOUND} for an unknown product
     */
    public void shelve(long productId, boolean onShelf, String actor) {
        tx.use(h -> {
            int n = h.createUpdate("UPDATE wxkit_shop_product SET on_shelf = :s WHERE id = :id")
                    .bind("s", onShelf).bind("id", productId).execute();
            if (n == 0) {
                throw new ModuleException(ShopError.NOT_FOUND, "no product " + productId);
            }
            audit(h, actor, onShelf ? "product.on_shelf" : "product.off_shelf", "product:" + productId);
        });
    }

    /**
     * Changes a SKU's price; orders already placed keep theirs, checkouts after this see the new one.
     *
     * @param skuId the SKU's id
     * @param priceFen the new unit price in fen, positive
     * @param actor who changes it, as recorded in the audit log
     * @throws ModuleException {@code INVALID_INPUT} for a price outside 1 fen to 100 million yuan, {@code NOT_FOUND} for an unknown SKU
     */
    public void reprice(long skuId, long priceFen, String actor) {
        ProductDraft.requirePrice(priceFen);
        updateSku(skuId, "UPDATE wxkit_shop_sku SET price_fen = :v WHERE id = :id", priceFen, actor, "sku.reprice");
    }

    /**
     * Adds {@code delta} units to a SKU's stock (negative to remove; never below zero).
     *
     * @param skuId the SKU's id
     * @param delta the units to add, or to remove when negative
     * @param actor who changes it, as recorded in the audit log
     * @throws ModuleException {@code NOT_FOUND} for an unknown SKU, {@code OUT_OF_STOCK} if the stock would go below zero
     */
    public void restock(long skuId, int delta, String actor) {
        tx.use(h -> {
            int n = h.createUpdate("UPDATE wxkit_shop_sku SET stock = stock + :d WHERE id = :id AND stock + :d >= 0")
                    .bind("d", delta).bind("id", skuId).execute();
            if (n == 0) {
                throw new ModuleException(sku(h, skuId) == null ? ShopError.NOT_FOUND : ShopError.OUT_OF_STOCK,
                        "cannot change stock of sku " + skuId + " by " + delta);
            }
            audit(h, actor, "sku.restock", "sku:" + skuId);
        });
    }

    /**
     * The product with its SKUs.
     *
     * @param productId the product's id
     * @return the product with its SKUs at today's price and stock
     * @throws ModuleException {@code NOT_FOUND} for an unknown product
     */
    public Product product(long productId) {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT id, category_id, title, description, images, on_shelf"
                        + " FROM wxkit_shop_product WHERE id = :id").bind("id", productId)
                .map((rs, c) -> new Product(rs.getLong("id"), rs.getLong("category_id"), rs.getString("title"),
                        rs.getString("description"), images(rs.getString("images")), rs.getBoolean("on_shelf"), skus(h, productId)))
                .findOne())
                .orElseThrow(() -> new ModuleException(ShopError.NOT_FOUND, "no product " + productId));
    }

    /**
     * The on-shelf products of a category, in publishing order.
     *
     * @param categoryId the category's id
     * @return the products, oldest first; empty for an unknown category
     */
    public List<Product> onShelf(long categoryId) {
        List<Long> ids = context.jdbi().withHandle(h -> h.createQuery("SELECT id FROM wxkit_shop_product"
                + " WHERE category_id = :c AND on_shelf = TRUE ORDER BY id").bind("c", categoryId).mapTo(Long.class).list());
        return ids.stream().map(this::product).toList();
    }

    /**
     * Every product, on the shelf or not, newest first: the seller's catalogue list.
     *
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Product> all(PageRequest page) {
        List<Long> ids = context.jdbi().withHandle(h -> h.createQuery("SELECT id FROM wxkit_shop_product WHERE id < :a ORDER BY id DESC")
                .bind("a", page.afterId()).setMaxRows(page.size() + 1).mapTo(Long.class).list());
        return Page.of(ids.stream().map(this::product).toList(), page, Product::id);
    }

    static Sku sku(Handle h, long skuId) {
        return h.createQuery("SELECT id, product_id, spec, price_fen, stock FROM wxkit_shop_sku WHERE id = :id").bind("id", skuId)
                .map((rs, c) -> new Sku(rs.getLong("id"), rs.getLong("product_id"), rs.getString("spec"), rs.getLong("price_fen"),
                        rs.getInt("stock")))
                .findOne().orElse(null);
    }

    private static List<Sku> skus(Handle h, long productId) {
        return h.createQuery("SELECT id, product_id, spec, price_fen, stock FROM wxkit_shop_sku WHERE product_id = :p ORDER BY id")
                .bind("p", productId)
                .map((rs, c) -> new Sku(rs.getLong("id"), rs.getLong("product_id"), rs.getString("spec"), rs.getLong("price_fen"),
                        rs.getInt("stock")))
                .list();
    }

    private static List<Image> images(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(Image::parse).toList();
    }

    private void updateSku(long skuId, String sql, long value, String actor, String action) {
        tx.use(h -> {
            if (h.createUpdate(sql).bind("v", value).bind("id", skuId).execute() == 0) {
                throw new ModuleException(ShopError.NOT_FOUND, "no sku " + skuId);
            }
            audit(h, actor, action, "sku:" + skuId);
        });
    }

    private void audit(Handle h, String actor, String action, String target) {
        context.audit().record(h, AuditEntry.of(ShopModule.NAME, actor, action, target, "OK"));
    }
}
