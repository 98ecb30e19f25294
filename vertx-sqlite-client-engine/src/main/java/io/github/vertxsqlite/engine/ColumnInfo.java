package io.github.vertxsqlite.engine;

/** A result column: its name, the type declared in the schema ({@code null} for expressions) and how it decodes. */
public final class ColumnInfo {

  private final String name;
  private final String declaredType;
  private final ValueType type;

  public ColumnInfo(String name, String declaredType) {
    this.name = name;
    this.declaredType = declaredType;
    this.type = SqliteToJava.valueType(declaredType);
  }

  public String name() {
    return name;
  }

  public String declaredType() {
    return declaredType;
  }

  public ValueType type() {
    return type;
  }

  @Override
  public String toString() {
    return name + " " + (declaredType == null ? "" : declaredType) + " -> " + type;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnInfo && java.util.Objects.equals(name, ((ColumnInfo) o).name)
      && java.util.Objects.equals(declaredType, ((ColumnInfo) o).declaredType);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(name) * 31 + java.util.Objects.hashCode(declaredType);
  }
}
