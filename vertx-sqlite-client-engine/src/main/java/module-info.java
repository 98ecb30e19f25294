/** The Vert.x-free SQLite engine shared by every adapter. */
module io.github.vertxsqlite.engine {
  requires transitive java.sql;
  requires org.xerial.sqlitejdbc;

  exports io.github.vertxsqlite.engine;
}
