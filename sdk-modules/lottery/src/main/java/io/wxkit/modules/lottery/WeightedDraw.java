package io.wxkit.modules.lottery;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The weighted draw (the documented algorithm, see docs/decisions.md): the candidates are the prizes
 * still in stock, in display order, followed by the "no prize" slot; their weights are laid end to end on
 * {@code [0, total)}; one value {@code r} is drawn uniformly from that range with the SecureRandom
 * ({@code nextLong(bound)}, which rejects instead of taking a biased modulo), and the candidate whose slot
 * holds {@code r} wins. The chance of a prize is therefore exactly {@code weight / total}. The value, the
 * total and the candidate list go into the draw log, so anyone can replay the mapping.
 */
final class WeightedDraw {
    /** What one draw landed on; {@code prize == null} for no prize. */
    record Pick(Prize prize, long value, long total, String candidates) {
    }

    private WeightedDraw() {
    }

    static Pick pick(List<Prize> inStock, long noPrizeWeight, RandomGenerator random) {
        long total = noPrizeWeight;
        StringBuilder candidates = new StringBuilder();
        for (Prize p : inStock) {
            total = Math.addExact(total, p.weight());
            candidates.append(p.id()).append(':').append(p.weight()).append(',');
        }
        candidates.append("none:").append(noPrizeWeight);
        if (total == 0) {
            return new Pick(null, 0, 0, candidates.toString());
        }
        long r = random.nextLong(total);
        long edge = 0;
        for (Prize p : inStock) {
            edge += p.weight();
            if (r < edge) {
                return new Pick(p, r, total, candidates.toString());
            }
        }
        return new Pick(null, r, total, candidates.toString());
    }
}
