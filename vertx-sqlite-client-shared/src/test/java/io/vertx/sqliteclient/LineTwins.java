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

/**
 * A driver's per-line adapter sources stay apart only where they must. A few files name the SPI's classes and so
 * exist on both lines, the same but for the SPI's package names: they must not drift apart. Any other file that
 * is the same on both lines once those names are rewritten belongs in the driver's shared sources. Both drivers'
 * tests check their modules with this ({@code LineTwinsTest}, {@code DqliteLineTwinsTest}).
 */
public final class LineTwins {

  private final Path vertx5;
  private final Path vertx4;
  private final List<String> twins;

  /** The two lines' modules, and the files each must have alike (the SPI's package names aside). */
  public LineTwins(String vertx5Module, String vertx4Module, List<String> twins) {
    this.vertx5 = Path.of(vertx5Module, "src", "main", "java");
    this.vertx4 = Path.of(vertx4Module, "src", "main", "java");
    this.twins = twins;
  }

  /** Vert.x 5 moved the SPI's {@code impl} packages to {@code internal}: undone, the two lines read alike. */
  static String asVertx4(String vertx5Source) {
    return vertx5Source
      .replace("io.vertx.sqlclient.internal", "io.vertx.sqlclient.impl")
      .replace("io.vertx.core.internal", "io.vertx.core.impl");
  }

  public void assertTwinsDifferOnlyInPackageNames() {
    Path root = projectRoot();
    for (String twin : twins) {
      String five = read(root.resolve(vertx5).resolve(twin));
      String four = read(root.resolve(vertx4).resolve(twin));
      assertEquals(asVertx4(five), four, twin + " has drifted apart between the two Vert.x lines: change both alike");
    }
  }

  public void assertNoOtherFileIsTheSameOnBothLines() {
    Path root = projectRoot();
    List<String> copies = new ArrayList<>();
    for (String file : sources(root.resolve(vertx5))) {
      Path other = root.resolve(vertx4).resolve(file);
      if (!twins.contains(file) && Files.exists(other)
        && code(asVertx4(read(root.resolve(vertx5).resolve(file)))).equals(code(read(other)))) {
        copies.add(file);
      }
    }
    assertTrue(copies.isEmpty(), "the same on both Vert.x lines, move to the driver's shared sources: " + copies);
  }

  /** A source without its comments and blank lines: files that differ only in what they say of their line are copies too. */
  static String code(String source) {
    String noBlocks = source.replaceAll("(?s)/\\*.*?\\*/", "");
    StringBuilder code = new StringBuilder();
    for (String line : noBlocks.split("\n")) {
      String kept = line.replaceAll("\\s*//.*$", "").strip();
      if (!kept.isEmpty()) {
        code.append(kept).append('\n');
      }
    }
    return code.toString();
  }

  /** Tests run in a line's module directory; the lines are its siblings. */
  private Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve(vertx4))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null && Files.isDirectory(dir.resolve(vertx5)), "the two Vert.x lines' sources are not found");
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
