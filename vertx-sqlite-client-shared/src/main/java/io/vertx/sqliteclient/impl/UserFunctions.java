package io.vertx.sqliteclient.impl;

import io.github.vertxsqlite.engine.UserFunction;
import io.vertx.sqlclient.Tuple;
import io.vertx.sqliteclient.SqliteAggregate;
import io.vertx.sqliteclient.SqliteFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Turns the public function types into the engine's, converting BLOBs to Buffers and back. */
public final class UserFunctions {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final List<UserFunction> definitions = new ArrayList<>();

  public UserFunctions() {
  }

  public UserFunctions(UserFunctions other) {
    definitions.addAll(other.definitions);
  }

  public List<UserFunction> definitions() {
    return definitions;
  }

  public static UserFunction scalar(String name, int arity, boolean deterministic, SqliteFunction function) {
    checkName(name);
    return new UserFunction.Scalar(name, arity, deterministic, args -> VertxToSqlite.encodeValue(function.apply(tuple(args))));
  }

  public static <S> UserFunction aggregate(String name, int arity, boolean deterministic, SqliteAggregate<S> aggregate) {
    checkName(name);
    return new UserFunction.Aggregate(name, arity, deterministic, new UserFunction.Folder<S>() {
      @Override
      public S initial() {
        return aggregate.initial();
      }

      @Override
      public S step(S state, Object[] args) throws Exception {
        return aggregate.step(state, tuple(args));
      }

      @Override
      public Object result(S state) throws Exception {
        return VertxToSqlite.encodeValue(aggregate.result(state));
      }

      @Override
      public S inverse(S state, Object[] args) throws Exception {
        return aggregate.inverse(state, tuple(args));
      }

      @Override
      public boolean isWindow() {
        return aggregate.isWindow();
      }
    });
  }

  public static UserFunction collation(String name, Comparator<String> comparator) {
    checkName(name);
    return new UserFunction.Collation(name, comparator);
  }

  private static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid SQL function or collation name '" + name + "'");
    }
  }

  private static Tuple tuple(Object[] args) {
    Object[] values = Arrays.copyOf(args, args.length);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof byte[]) {
        values[i] = CoreAccess.wrap((byte[]) values[i]);
      }
    }
    return Tuple.tuple(Arrays.asList(values));
  }
}
