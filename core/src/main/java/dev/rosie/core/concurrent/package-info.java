/**
 * Waiting, with a bound, for state that other threads change: {@link dev.rosie.core.concurrent.Conditions}
 * holds the one loop every module used to write out for itself (test the predicate under the lock,
 * sleep on the condition for what is left of the timeout, test again on every wake-up, give up when
 * nothing is left) and the matching "change under the lock, then wake every waiter". Sensor readers,
 * link states, counters and test captures use it so their timeouts and interrupts behave one way.
 * Plain JDK locks only: the time measured is the condition's own, and a test may hand in a scripted
 * {@link java.util.concurrent.locks.Condition} to run the timeout path without waiting.
 */
package dev.rosie.core.concurrent;
