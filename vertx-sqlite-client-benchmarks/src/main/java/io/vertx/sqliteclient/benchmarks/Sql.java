package io.vertx.sqliteclient.benchmarks;

/**
 * The SQL of every workload, written once with {@code ?} placeholders, so each contender runs the same statements:
 * the drivers differ in placeholder syntax only ({@link #numbered} for vertx-pg-client).
 */
final class Sql {

  static final String POINT_SELECT = "SELECT id, name, score, payload FROM kv WHERE id = ?";
  static final String INSERT = "INSERT INTO kv (name, score, payload) VALUES (?, ?, ?)";
  static final String DEBIT = "UPDATE account SET balance = balance - 1 WHERE id = ?";
  static final String CREDIT = "UPDATE account SET balance = balance + 1 WHERE id = ?";
  static final String READ_BALANCE = "SELECT balance FROM account WHERE id = ?";
  static final String WRITE_BALANCE = "UPDATE account SET balance = ? WHERE id = ?";
  static final String BUMP_SCORE = "UPDATE kv SET score = score + 1 WHERE id = ?";
  static final String SCAN = "SELECT id, name, score, payload FROM kv";

  private Sql() {
  }

  /** {@code ?} → {@code $1, $2, …}; these texts hold no literals or comments, so every {@code ?} is a parameter. */
  static String numbered(String sql) {
    StringBuilder sb = new StringBuilder(sql.length() + 8);
    int n = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '?') {
        sb.append('$').append(++n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
