package io.vertx.sqliteclient.examples.quarkus;

import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every fruit, however many, as a stream read from a RowStream on a connection of its own. Quarkus REST writes
 * each item as one NDJSON line and asks for the next only once the line is written, and the stream fetches from
 * SQLite only as items are asked for: a client that reads slowly slows the reading of SQLite, and neither the
 * whole result nor the whole response is ever held in memory. The event loop handles one fetch at a time.
 */
@ApplicationScoped
public class FruitExport {

  @Inject
  Pool pool;

  private final AtomicLong rowsSent = new AtomicLong();

  /** Rows handed to clients so far, by all exports (the tests watch back-pressure with it). */
  long rowsSent() {
    return rowsSent.get();
  }

  // tag::ndjson-export[]
  public Multi<Fruit> all() {
    return Multi.createFrom().resourceFromUni(() -> pool.getConnection(),
            conn -> conn.prepare("SELECT id, name FROM fruit ORDER BY id")
                .onItem().transformToMulti(ps -> ps.createStream(500).toMulti()))   // 500 rows per fetch
        .withFinalizer(SqlConnection::closeAndForget)   // at the end, on a failure, and when the client leaves (a cancel)
        .map(FruitResource::fruit)
        .invoke(fruit -> rowsSent.incrementAndGet());
  }
  // end::ndjson-export[]
}
