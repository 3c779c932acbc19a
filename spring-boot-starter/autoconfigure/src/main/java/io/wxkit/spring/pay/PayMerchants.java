package io.wxkit.spring.pay;

import java.util.List;

/** Every merchant configured under {@code wxkit.pay.*}; closes their HTTP clients with the context. */
final class PayMerchants implements AutoCloseable {
    private final List<PayMerchantFactory.Merchant> merchants;

    PayMerchants(List<PayMerchantFactory.Merchant> merchants) {
        this.merchants = List.copyOf(merchants);
    }

    List<PayMerchantFactory.Merchant> all() {
        return merchants;
    }

    @Override
    public void close() {
        merchants.forEach(m -> m.pay().close());
    }
}
