package io.vertx.sqliteclient.impl;

/**
 * Whether this driver takes plain {@code SqlConnectOptions} ({@code Pool.pool(SqlConnectOptions)} asks every
 * driver on the class path). Only with sqlite-jdbc: the dqlite driver uses this jar's value conversions without
 * it, and this driver then cannot open anything, so it leaves such options to the driver that can.
 */
public final class GenericOptions {

  private static final boolean SQLITE_JDBC = present("org.sqlite.JDBC");

  private GenericOptions() {
  }

  public static boolean accepted() {
    return SQLITE_JDBC;
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, GenericOptions.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
