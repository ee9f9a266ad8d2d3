package dev.rosie.sim;

import java.util.Random;

/**
 * One independent random stream per subsystem, all from the run's seed. Separate streams keep
 * subsystems from disturbing each other: reading the scanner more or less often must not change
 * where a walker goes. {@link Random} is used because its algorithm, including
 * {@link Random#nextGaussian()}, is specified, so a seed gives the same numbers on every JVM.
 */
final class Seeds {
    private Seeds() {
    }

    static Random stream(long seed, String subsystem) {
        long h = seed;
        for (int i = 0; i < subsystem.length(); i++) {
            h = mix(h + subsystem.charAt(i));
        }
        return new Random(mix(h));
    }

    /** SplitMix64's finaliser: nearby seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
