package io.vertx.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

  @Test
  void filesThatDifferOnlyInTheirCommentsCountAsCopies() {
    assertEquals(LineTwins.code("/** For Vert.x 5. */\nclass A {\n  int a; // why\n}\n"),
      LineTwins.code("/**\n * For Vert.x 4.5.\n */\nclass A {\n\n  int a;\n}\n"));
    assertNotEquals(LineTwins.code("class A {\n  int a;\n}\n"), LineTwins.code("class A {\n  long a;\n}\n"));
  }
}
