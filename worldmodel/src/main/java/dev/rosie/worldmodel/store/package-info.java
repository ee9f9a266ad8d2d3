/**
 * Rosie's persistent memory: {@link dev.rosie.worldmodel.store.SqliteWorldModel} implements the
 * core {@link dev.rosie.core.world.WorldModel} port over one SQLite file in the data directory, in
 * WAL mode with {@code synchronous=FULL} so a committed write survives a crash or power loss, with
 * every write in one transaction (a cleaning run and its cells land together or not at all) and the
 * schema upgraded by numbered migrations. A lock file makes the data directory single-writer: a second
 * Rosie process, or a second open in the same JVM, is refused with a message naming the holder's pid.
 */
package dev.rosie.worldmodel.store;
