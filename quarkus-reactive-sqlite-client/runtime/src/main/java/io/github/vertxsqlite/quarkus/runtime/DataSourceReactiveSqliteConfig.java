package io.github.vertxsqlite.quarkus.runtime;

import io.quarkus.runtime.annotations.ConfigDocDefault;
import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigGroup;
import io.vertx.sqliteclient.SqliteTransactionMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * SQLite settings of one reactive datasource. Each one, when set, wins over the same setting in the URL; unset ones
 * keep the driver's defaults (WAL for files, synchronous NORMAL, foreign keys on, busy timeout 5 s, IMMEDIATE).
 */
@ConfigGroup
public interface DataSourceReactiveSqliteConfig {

  /**
   * The journal mode ({@code PRAGMA journal_mode}): {@code wal}, {@code delete}, {@code truncate}, {@code persist},
   * {@code memory} or {@code off}.
   */
  @ConfigDocDefault("wal for a file database")
  Optional<JournalMode> journalMode();

  /**
   * How hard SQLite syncs to disk ({@code PRAGMA synchronous}): {@code off}, {@code normal}, {@code full} or
   * {@code extra}.
   */
  @ConfigDocDefault("normal")
  Optional<Synchronous> synchronous();

  /**
   * How long a connection retries a locked database before failing with {@code SQLITE_BUSY}.
   */
  @ConfigDocDefault("5S")
  Optional<Duration> busyTimeout();

  /**
   * Whether foreign key constraints are enforced ({@code PRAGMA foreign_keys}).
   */
  @ConfigDocDefault("true")
  Optional<Boolean> foreignKeys();

  /**
   * How transactions begin: {@code deferred}, {@code immediate} or {@code exclusive}.
   */
  @ConfigDocDefault("immediate")
  Optional<SqliteTransactionMode> transactionMode();

  /**
   * A statement running longer than this is interrupted and fails with {@code SQLITE_INTERRUPT}.
   */
  @ConfigDocDefault("no limit")
  Optional<Duration> queryTimeout();

  /**
   * How many one-shot queries one connection of the pool's pipelined lane may have queued; 1 turns the lane off.
   */
  @ConfigDocDefault("32")
  java.util.OptionalInt pipeliningLimit();

  /**
   * Further pragmas applied on every new connection, e.g. {@code cache_size=-20000}; names are validated.
   */
  @ConfigDocMapKey("pragma-name")
  Map<String, String> pragmas();

  /** SQLite's journal modes; typed so a misspelt one fails when the configuration is read. */
  enum JournalMode {
    DELETE, TRUNCATE, PERSIST, MEMORY, WAL, OFF
  }

  /** SQLite's synchronous levels. */
  enum Synchronous {
    OFF, NORMAL, FULL, EXTRA
  }
}
