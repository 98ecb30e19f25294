package io.vertx.sqliteclient;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQLite driver's per-line adapters: see {@link LineTwins}. */
class LineTwinsTest {

  private static final LineTwins LINES = new LineTwins("vertx-sqlite-client", "vertx-sqlite-client-vertx4", List.of(
    "io/vertx/sqliteclient/impl/SpiBases.java",
    "io/vertx/sqliteclient/impl/SpiCommands.java"));

  @Test
  void twinsDifferOnlyInPackageNames() {
    LINES.assertTwinsDifferOnlyInPackageNames();
  }

  @Test
  void noOtherFileIsTheSameOnBothLines() {
    LINES.assertNoOtherFileIsTheSameOnBothLines();
  }
}
