package io.github.vertxsqlite.engine;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What a database's writers do after one of them failed with SQLITE_FULL: the next write first checkpoints the
 * WAL when the disk has room for it, since a write that ran first would take the freed space to grow the WAL,
 * which then could never be checkpointed into the file (measured on a full 2 MB tmpfs: the WAL stuck at 2 MB,
 * every later checkpoint SQLITE_FULL). When there is less room than the checkpoint needs ({@link CheckpointRoom}),
 * or it fails all the same, the write still tries: SQLite may fit it into the room there is. Later writes look
 * again until a checkpoint completes. One per {@link SharedDatabase}.
 */
final class DiskFull {

  private volatile boolean checkpointBeforeNextWrite;

  /** A write of the database failed with SQLITE_FULL. */
  void seen() {
    checkpointBeforeNextWrite = true;
  }

  /** Before a write outside a transaction: checkpoints first when a disk was full and now has the room. */
  void checkpointFirst(SqlWork<Boolean> roomForCheckpoint, SqlWork<?> checkpoint) throws Exception {
    if (!checkpointBeforeNextWrite || !roomForCheckpoint.run()) {
      return;
    }
    try {
      checkpoint.run();
      checkpointBeforeNextWrite = false;
    } catch (SQLiteException e) {
      if (ErrorMapping.primaryCode(e) != SQLiteErrorCode.SQLITE_FULL.code) {
        checkpointBeforeNextWrite = false; // not a space problem: the WAL resets on its own later
      }
    }
  }
}
