package io.github.vertxsqlite.engine;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.Collation;
import org.sqlite.Function;
import org.sqlite.core.Codes;

/**
 * Registers {@link UserFunction}s on a sqlite-jdbc connection. Value conversion lives here once; the two
 * sqlite-jdbc subclasses below only expose {@link Function}'s protected argument and result methods.
 */
final class Functions {

  private Functions() {
  }

  static void register(Connection conn, UserFunction f) throws SQLException {
    if (f instanceof UserFunction.Scalar s) {
      Function.create(conn, s.name(), new ScalarAdapter(s), s.arity(), flags(s.deterministic()));
    } else if (f instanceof UserFunction.Aggregate a) {
      // registered as a window function: SQLite also uses it as a plain aggregate
      Function.create(conn, a.name(), new FolderAdapter<>(a.name(), a.folder()), a.arity(), flags(a.deterministic()));
    } else if (f instanceof UserFunction.Collation c) {
      Collation.create(conn, c.name(), new Collation() {
        @Override
        protected int xCompare(String a, String b) {
          return c.comparator().compare(a, b);
        }
      });
    }
  }

  private static int flags(boolean deterministic) {
    return deterministic ? Function.FLAG_DETERMINISTIC : 0;
  }

  /** {@link Function}'s protected accessors, as the adapters expose them. */
  private interface Io {
    int argCount() throws SQLException;

    int argType(int i) throws SQLException;

    long argLong(int i) throws SQLException;

    double argDouble(int i) throws SQLException;

    String argText(int i) throws SQLException;

    byte[] argBlob(int i) throws SQLException;

    void resultNull() throws SQLException;

    void resultLong(long v) throws SQLException;

    void resultDouble(double v) throws SQLException;

    void resultText(String v) throws SQLException;

    void resultBlob(byte[] v) throws SQLException;

    void resultError(String message) throws SQLException;
  }

  private static Object[] readArgs(Io io) throws SQLException {
    Object[] values = new Object[io.argCount()];
    for (int i = 0; i < values.length; i++) {
      switch (io.argType(i)) {
        case Codes.SQLITE_INTEGER:
          values[i] = io.argLong(i);
          break;
        case Codes.SQLITE_FLOAT:
          values[i] = io.argDouble(i);
          break;
        case Codes.SQLITE_TEXT:
          values[i] = io.argText(i);
          break;
        case Codes.SQLITE_BLOB:
          values[i] = io.argBlob(i);
          break;
        default:
          values[i] = null;
      }
    }
    return values;
  }

  private static void writeResult(Io io, String name, Object value) throws SQLException {
    if (value == null) {
      io.resultNull();
    } else if (value instanceof Boolean) {
      io.resultLong((Boolean) value ? 1L : 0L);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      io.resultLong(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      io.resultDouble(((Number) value).doubleValue());
    } else if (value instanceof String) {
      io.resultText((String) value);
    } else if (value instanceof byte[]) {
      io.resultBlob((byte[]) value);
    } else {
      String text = JavaToSqlite.encodeAsText(value);
      if (text == null) {
        io.resultError("user function '" + name + "' returned " + value.getClass().getName() + ", which SQLite cannot store");
      } else {
        io.resultText(text);
      }
    }
  }

  /** Runs a callback; a throw becomes the statement's error, naming the function. */
  private static void guard(Io io, String name, Callback body) throws SQLException {
    try {
      body.run();
    } catch (Throwable e) {
      io.resultError("user function '" + name + "' failed: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
    }
  }

  @FunctionalInterface
  private interface Callback {
    void run() throws Exception;
  }

  private static final class ScalarAdapter extends Function implements Io {
    private final UserFunction.Scalar def;

    ScalarAdapter(UserFunction.Scalar def) {
      this.def = def;
    }

    @Override
    protected void xFunc() throws SQLException {
      guard(this, def.name(), () -> writeResult(this, def.name(), def.body().apply(readArgs(this))));
    }

    // @formatter:off
    @Override public int argCount() throws SQLException { return args(); }
    @Override public int argType(int i) throws SQLException { return value_type(i); }
    @Override public long argLong(int i) throws SQLException { return value_long(i); }
    @Override public double argDouble(int i) throws SQLException { return value_double(i); }
    @Override public String argText(int i) throws SQLException { return value_text(i); }
    @Override public byte[] argBlob(int i) throws SQLException { return value_blob(i); }
    @Override public void resultNull() throws SQLException { result(); }
    @Override public void resultLong(long v) throws SQLException { result(v); }
    @Override public void resultDouble(double v) throws SQLException { result(v); }
    @Override public void resultText(String v) throws SQLException { result(v); }
    @Override public void resultBlob(byte[] v) throws SQLException { result(v); }
    @Override public void resultError(String message) throws SQLException { error(message); }
    // @formatter:on
  }

  /** Aggregates and window functions; sqlite-jdbc clones the registered instance per group or window. */
  private static final class FolderAdapter<S> extends Function.Window implements Io {
    private final String name;
    private final UserFunction.Folder<S> folder;
    private S state;

    FolderAdapter(String name, UserFunction.Folder<S> folder) {
      this.name = name;
      this.folder = folder;
    }

    private S state() {
      if (state == null) {
        state = folder.initial();
      }
      return state;
    }

    @Override
    protected void xStep() throws SQLException {
      guard(this, name, () -> state = folder.step(state(), readArgs(this)));
    }

    @Override
    protected void xInverse() throws SQLException {
      guard(this, name, () -> {
        if (!folder.isWindow()) {
          throw new IllegalStateException("it is an aggregate, not a window function");
        }
        state = folder.inverse(state(), readArgs(this));
      });
    }

    @Override
    protected void xValue() throws SQLException {
      guard(this, name, () -> writeResult(this, name, folder.result(state())));
    }

    @Override
    protected void xFinal() throws SQLException {
      guard(this, name, () -> writeResult(this, name, folder.result(state())));
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
      @SuppressWarnings("unchecked")
      FolderAdapter<S> copy = (FolderAdapter<S>) super.clone();
      copy.state = null;
      return copy;
    }

    // @formatter:off
    @Override public int argCount() throws SQLException { return args(); }
    @Override public int argType(int i) throws SQLException { return value_type(i); }
    @Override public long argLong(int i) throws SQLException { return value_long(i); }
    @Override public double argDouble(int i) throws SQLException { return value_double(i); }
    @Override public String argText(int i) throws SQLException { return value_text(i); }
    @Override public byte[] argBlob(int i) throws SQLException { return value_blob(i); }
    @Override public void resultNull() throws SQLException { result(); }
    @Override public void resultLong(long v) throws SQLException { result(v); }
    @Override public void resultDouble(double v) throws SQLException { result(v); }
    @Override public void resultText(String v) throws SQLException { result(v); }
    @Override public void resultBlob(byte[] v) throws SQLException { result(v); }
    @Override public void resultError(String message) throws SQLException { error(message); }
    // @formatter:on
  }
}
