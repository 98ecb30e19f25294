package io.vertx.dqliteclient.tck;

/** Why a TCK test that several of the dqlite TCK classes inherit is skipped: each reason written once. */
final class TckSkips {

  private TckSkips() {
  }

  static final String TIME_AS_TEXT =
    "dqlite sends no declared column types: a TIME column's text decodes as String, not LocalTime (dqlite types only BOOLEAN and DATE/DATETIME/TIMESTAMP columns)";

  static final String INT4_AS_LONG =
    "dqlite sends no declared column types: an INT4 column's INTEGER decodes as Long, not Integer";

  static final String SMALLINT_AS_LONG =
    "dqlite sends no declared column types: a SMALLINT column's INTEGER decodes as Long, not Short";

  static final String FLOAT4_AS_DOUBLE =
    "dqlite sends no declared column types: a FLOAT4 column's REAL decodes as Double, not Float";

  static final String NULL_BOOLEAN_AS_FALSE =
    "dqlite sends a NULL of a BOOLEAN-declared column as the BOOLEAN value false (that value type has no null), so test_boolean reads false, not null";

  static final String DYNAMIC_TYPING =
    "SQLite is dynamically typed: comparing an INTEGER column with the text '1' is valid SQL, so nothing rejects the String";
}
