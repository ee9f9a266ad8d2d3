/**
 * The connection to a broker (Paho): connect with a last will, reconnect with capped exponential
 * backoff, re-subscribe on every connect, and a bounded outbox drained by one sender thread that
 * keeps a fixed number of publishes in flight. Nothing here blocks Paho's callback thread, which
 * also completes publish tokens; a blocked callback would deadlock the client.
 */
package dev.rosie.remote.link;
