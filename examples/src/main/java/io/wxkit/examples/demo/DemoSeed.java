package io.wxkit.examples.demo;

/**
 * One feature's demo data (a poll, a shop's products, ...). Each feature package contributes a bean; the
 * {@link DemoSeeder} runs every seed once per database, in {@link #order()} order, on the first start.
 *
 * <p>{@link #everyStart()} is for what lives in the emulator's memory (fake users, follows, the menu on the
 * emulator's side): it runs on every start after the database seeds.
 */
public interface DemoSeed {

    /** A stable name, recorded in {@code examples_demo_seed} once {@link #seed()} succeeded. */
    String name();

    /** Lower runs first (accounts and users before the modules that use them). */
    default int order() {
        return 100;
    }

    /** Writes this feature's demo rows; runs once per database. */
    void seed();

    /** Re-creates state that does not survive a restart (the emulator's); runs on every start. */
    default void everyStart() {
    }
}
