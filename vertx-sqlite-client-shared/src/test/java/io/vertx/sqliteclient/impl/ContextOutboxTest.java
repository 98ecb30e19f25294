package io.vertx.sqliteclient.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Outcomes reach the context in the order they were posted, from whichever thread, and even after Vert.x closed. */
class ContextOutboxTest {

  @Test
  void anOutcomePostedOnTheEventLoopRunsAfterThoseAlreadyOnTheirWay() throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Context context = vertx.getOrCreateContext();
      ContextOutbox outbox = new ContextOutbox(CoreAccess.INSTANCE, context);
      List<String> order = Collections.synchronizedList(new ArrayList<>());
      CompletableFuture<Void> done = new CompletableFuture<>();
      context.runOnContext(v -> {
        // the event loop is busy with this task, so the engine's outcome waits behind it
        Thread engine = new Thread(() -> outbox.post(() -> order.add("engine")));
        engine.start();
        try {
          engine.join();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        outbox.post(() -> {
          order.add("event loop"); // e.g. a command failed as it was submitted
          done.complete(null);
        });
      });
      done.get(10, TimeUnit.SECONDS);
      assertEquals(List.of("engine", "event loop"), order);
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void outcomesStillRunOnceVertxHasClosed() throws Exception {
    Vertx vertx = Vertx.vertx();
    Context context = vertx.getOrCreateContext();
    ContextOutbox outbox = new ContextOutbox(CoreAccess.INSTANCE, context);
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    CountDownLatch ran = new CountDownLatch(1);
    Thread engine = new Thread(() -> outbox.post(ran::countDown));
    engine.start();
    assertTrue(ran.await(10, TimeUnit.SECONDS), "the outcome posted after close never ran");
  }
}
