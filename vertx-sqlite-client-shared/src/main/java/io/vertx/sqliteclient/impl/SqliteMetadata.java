package io.vertx.sqliteclient.impl;

import io.vertx.sqlclient.spi.DatabaseMetadata;

/** Product "SQLite" and the version of the bundled library, e.g. 3.53.4. */
public final class SqliteMetadata implements DatabaseMetadata {

  private final String fullVersion;
  private final int major;
  private final int minor;

  public SqliteMetadata(String fullVersion) {
    this.fullVersion = fullVersion;
    String[] parts = fullVersion.split("\\.");
    this.major = parts.length > 0 ? parseOrZero(parts[0]) : 0;
    this.minor = parts.length > 1 ? parseOrZero(parts[1]) : 0;
  }

  private static int parseOrZero(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public String productName() {
    return "SQLite";
  }

  @Override
  public String fullVersion() {
    return fullVersion;
  }

  @Override
  public int majorVersion() {
    return major;
  }

  @Override
  public int minorVersion() {
    return minor;
  }
}
