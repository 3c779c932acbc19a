package io.wxkit.modules.lottery;

/** The four activity modes of the seed. */
public enum LotteryMode {
    /** 转盘: each draw spins the wheel and lands on a prize or "no prize", by weight. */
    WHEEL,
    /** 随机抽取: users enter; staff draw N winners uniformly from the entrants. */
    RANDOM_DRAW,
    /** 开箱子: the user picks one of N boxes; what is inside is drawn by weight when it opens. */
    BOX,
    /** 留言: users enter by sending the keyword to the account (a callback rule); staff draw the winners. */
    MESSAGE;

    /**
     * Whether users draw for themselves (wheel, box) rather than enter and wait for a staff draw.
     *
     * @return {@code true} for {@link #WHEEL} and {@link #BOX}
     */
    public boolean instant() {
        return this == WHEEL || this == BOX;
    }
}
