package io.vertx.sqliteclient.impl;

import io.vertx.sqlclient.Tuple;
import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A batch's parameter sets, encoded by two threads at once: the engine thread encodes a set when it reaches it,
 * unless the caller's thread, which goes ahead after handing the batch over, has done it already. Encoding is a
 * tenth of the engine's work per row of an INSERT batch, and the event loop is idle while the engine writes.
 *
 * <p>Neither thread ever waits for the other: a set is taken by whoever claims it first, and the engine encodes a
 * set itself when the caller is in the middle of it (encoding is a pure function of the tuple). A failure to
 * encode is kept and thrown to the engine when it reaches that set, as lazy encoding would.
 */
public final class BatchParameters extends AbstractList<Object[]> {

  /** Sets the caller's thread encodes at most: a huge batch must not hold the event loop. */
  private static final int AHEAD_LIMIT = 4096;
  private static final Object CLAIMED = new Object();
  private static final Object TAKEN = new Object();

  private final List<? extends Tuple> tuples;
  /** Per set: null (free), CLAIMED (being encoded ahead), Object[] or RuntimeException (done), TAKEN. */
  private final AtomicReferenceArray<Object> slots;

  public BatchParameters(List<? extends Tuple> tuples) {
    this.tuples = tuples;
    this.slots = new AtomicReferenceArray<>(tuples.size());
  }

  /** The engine thread: the encoded set, which it reads once. */
  @Override
  public Object[] get(int index) {
    Object slot = slots.get(index);
    if (slot == null || slot == CLAIMED || slot == TAKEN) {
      slots.set(index, TAKEN);
      return VertxToSqlite.encode(tuples.get(index));
    }
    slots.set(index, TAKEN); // the engine is done with it: free the memory for huge batches
    if (slot instanceof RuntimeException) {
      throw (RuntimeException) slot;
    }
    return (Object[]) slot;
  }

  @Override
  public int size() {
    return tuples.size();
  }

  /** The caller's thread, after handing the batch to the engine: encodes sets ahead of the engine. */
  public void encodeAhead() {
    int n = Math.min(tuples.size(), AHEAD_LIMIT);
    for (int i = 0; i < n; i++) {
      if (!slots.compareAndSet(i, null, CLAIMED)) {
        return; // the engine has caught up: it encodes the rest itself
      }
      Object encoded;
      try {
        encoded = VertxToSqlite.encode(tuples.get(i));
      } catch (RuntimeException e) {
        encoded = e;
      }
      // the engine may have taken the set meanwhile (it encoded it itself): then leave TAKEN in place
      slots.compareAndSet(i, CLAIMED, encoded);
    }
  }
}
