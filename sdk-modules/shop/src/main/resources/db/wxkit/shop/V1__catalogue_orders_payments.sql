-- shop: catalogue (categories, products, SKUs), carts, orders with their transition log, refunds, the
-- notifications already processed and the payments flagged as not matching their order. Same file on H2,
-- PostgreSQL and MariaDB (${identity} aside). Exactness comes from the database: stock moves only by the
-- conditional UPDATE .. SET stock = stock - n WHERE stock >= n, an order moves only by
-- UPDATE .. SET status = :to WHERE status = :from, a notification is processed once by its primary key.
-- No foreign keys point at the hot SKU rows: on InnoDB their shared locks deadlock with the stock updates.
CREATE TABLE wxkit_shop_category (
    id ${identity},
    name VARCHAR(100) NOT NULL,
    sort_order INT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE wxkit_shop_product (
    id ${identity},
    category_id BIGINT NOT NULL,
    title VARCHAR(127) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    images VARCHAR(4000) NOT NULL,
    on_shelf BOOLEAN NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT fk_wxkit_shop_product_category FOREIGN KEY (category_id) REFERENCES wxkit_shop_category (id)
);
CREATE INDEX ix_wxkit_shop_product_category ON wxkit_shop_product (category_id);

CREATE TABLE wxkit_shop_sku (
    id ${identity},
    product_id BIGINT NOT NULL,
    spec VARCHAR(200) NOT NULL,
    price_fen BIGINT NOT NULL,
    stock INT NOT NULL,
    CONSTRAINT ck_wxkit_shop_sku_stock CHECK (stock >= 0),
    CONSTRAINT ck_wxkit_shop_sku_price CHECK (price_fen > 0)
);
CREATE INDEX ix_wxkit_shop_sku_product ON wxkit_shop_sku (product_id);

CREATE TABLE wxkit_shop_cart (
    openid VARCHAR(64) NOT NULL,
    sku_id BIGINT NOT NULL,
    quantity INT NOT NULL,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (openid, sku_id)
);

CREATE TABLE wxkit_shop_order (
    id ${identity},
    out_trade_no VARCHAR(32) NOT NULL,
    openid VARCHAR(64) NOT NULL,
    status VARCHAR(20) NOT NULL,
    total_fen BIGINT NOT NULL,
    refunded_fen BIGINT NOT NULL,
    receiver VARCHAR(64) NOT NULL,
    phone VARCHAR(32) NOT NULL,
    address VARCHAR(300) NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    prepaid BOOLEAN NOT NULL,
    paid_at BIGINT,
    transaction_id VARCHAR(64),
    carrier VARCHAR(64),
    tracking_no VARCHAR(64),
    CONSTRAINT uq_wxkit_shop_order_no UNIQUE (out_trade_no),
    CONSTRAINT ck_wxkit_shop_order_refund CHECK (refunded_fen >= 0 AND refunded_fen <= total_fen)
);
CREATE INDEX ix_wxkit_shop_order_openid ON wxkit_shop_order (openid, id);
CREATE INDEX ix_wxkit_shop_order_status ON wxkit_shop_order (status, expires_at);
CREATE INDEX ix_wxkit_shop_order_paid ON wxkit_shop_order (paid_at);

CREATE TABLE wxkit_shop_order_item (
    id ${identity},
    order_id BIGINT NOT NULL,
    sku_id BIGINT NOT NULL,
    title VARCHAR(127) NOT NULL,
    spec VARCHAR(200) NOT NULL,
    price_fen BIGINT NOT NULL,
    quantity INT NOT NULL
);
CREATE INDEX ix_wxkit_shop_order_item_order ON wxkit_shop_order_item (order_id);

CREATE TABLE wxkit_shop_order_event (
    id ${identity},
    order_id BIGINT NOT NULL,
    from_status VARCHAR(20),
    to_status VARCHAR(20) NOT NULL,
    actor VARCHAR(64) NOT NULL,
    detail VARCHAR(300) NOT NULL,
    at_ms BIGINT NOT NULL
);
CREATE INDEX ix_wxkit_shop_order_event_order ON wxkit_shop_order_event (order_id, id);

CREATE TABLE wxkit_shop_refund (
    id ${identity},
    out_refund_no VARCHAR(64) NOT NULL,
    order_id BIGINT NOT NULL,
    refund_fen BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    reason VARCHAR(80) NOT NULL,
    created_at BIGINT NOT NULL,
    finished_at BIGINT,
    CONSTRAINT uq_wxkit_shop_refund_no UNIQUE (out_refund_no)
);
CREATE INDEX ix_wxkit_shop_refund_order ON wxkit_shop_refund (order_id);

CREATE TABLE wxkit_shop_notification (
    notification_id VARCHAR(64) NOT NULL PRIMARY KEY,
    out_trade_no VARCHAR(64),
    outcome VARCHAR(20) NOT NULL,
    at_ms BIGINT NOT NULL
);

CREATE TABLE wxkit_shop_payment_flag (
    id ${identity},
    out_trade_no VARCHAR(64),
    notification_id VARCHAR(64) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    at_ms BIGINT NOT NULL
);
