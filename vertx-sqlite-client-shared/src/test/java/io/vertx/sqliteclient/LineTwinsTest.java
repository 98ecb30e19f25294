package io.vertx.sqliteclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The per-line adapter sources stay apart only where they must. A few files name the SPI's classes and so exist
 * on both lines, the same but for the SPI's package names: they must not drift apart. Any other file that is
 * the same on both lines once those names are rewritten belongs in vertx-sqlite-client-shared.
 */
class LineTwinsTest {

  /** The files each line must have alike (the SPI's package names aside). */
  private static final List<String> TWINS = List.of(
    "io/vertx/sqliteclient/impl/SpiBases.java",
    "io/vertx/sqliteclient/impl/SpiCommands.java");

  private static final Path VERTX5 = Path.of("vertx-sqlite-client", "src", "main", "java");
  private static final Path VERTX4 = Path.of("vertx-sqlite-client-vertx4", "src", "main", "java");

  /** Vert.x 5 moved the SPI's {@code impl} packages to {@code internal}: undone, the two lines read alike. */
  static String asVertx4(String vertx5Source) {
    return vertx5Source
      .replace("io.vertx.sqlclient.internal", "io.vertx.sqlclient.impl")
      .replace("io.vertx.core.internal", "io.vertx.core.impl");
  }

  @Test
  void twinsDifferOnlyInPackageNames() {
    Path root = projectRoot();
    for (String twin : TWINS) {
      String vertx5 = read(root.resolve(VERTX5).resolve(twin));
      String vertx4 = read(root.resolve(VERTX4).resolve(twin));
      assertEquals(asVertx4(vertx5), vertx4, twin + " has drifted apart between the two Vert.x lines: change both alike");
    }
  }

  @Test
  void noOtherFileIsTheSameOnBothLines() {
    Path root = projectRoot();
    List<String> copies = new ArrayList<>();
    for (String file : sources(root.resolve(VERTX5))) {
      Path other = root.resolve(VERTX4).resolve(file);
      if (!TWINS.contains(file) && Files.exists(other)
        && asVertx4(read(root.resolve(VERTX5).resolve(file))).equals(read(other))) {
        copies.add(file);
      }
    }
    assertTrue(copies.isEmpty(), "the same on both Vert.x lines, move to vertx-sqlite-client-shared: " + copies);
  }

  /** Tests run in a line's module directory; the lines are its siblings. */
  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(VERTX4))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null && Files.isDirectory(dir.resolve(VERTX5)), "the two Vert.x lines' sources are not found");
    return dir;
  }

  private static List<String> sources(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
