package io.vertx.dqliteclient;

import io.vertx.sqliteclient.LineTwins;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dqlite driver's per-line adapters: the SPI commands are read in one twin file; see {@link LineTwins}. */
class DqliteLineTwinsTest {

  private static final LineTwins LINES = new LineTwins("vertx-dqlite-client", "vertx-dqlite-client-vertx4",
    List.of("io/vertx/dqliteclient/impl/SpiExchanges.java"));

  @Test
  void twinsDifferOnlyInPackageNames() {
    LINES.assertTwinsDifferOnlyInPackageNames();
  }

  @Test
  void noOtherFileIsTheSameOnBothLines() {
    LINES.assertNoOtherFileIsTheSameOnBothLines();
  }
}
