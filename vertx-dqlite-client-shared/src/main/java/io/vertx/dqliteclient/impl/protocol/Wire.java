package io.vertx.dqliteclient.impl.protocol;

/**
 * The numbers of dqlite's client protocol, version 1, as libdqlite 1.11 serves it: request and response types,
 * value type codes and the markers that end a batch of rows. Every message is an 8-byte header (body length in
 * 8-byte words, type, schema, two spare bytes) and a body padded to whole words, all little-endian.
 */
public final class Wire {

  private Wire() {
  }

  /** Sent once, first, on every connection: the protocol version as a little-endian uint64. */
  public static final long PROTOCOL_VERSION = 1;

  public static final int HEADER_SIZE = 8;
  public static final int WORD = 8;

  // Requests
  public static final int REQUEST_LEADER = 0;
  public static final int REQUEST_CLIENT = 1;
  public static final int REQUEST_OPEN = 3;
  public static final int REQUEST_PREPARE = 4;
  public static final int REQUEST_EXEC = 5;
  public static final int REQUEST_QUERY = 6;
  public static final int REQUEST_FINALIZE = 7;
  public static final int REQUEST_EXEC_SQL = 8;
  public static final int REQUEST_QUERY_SQL = 9;
  public static final int REQUEST_INTERRUPT = 10;
  public static final int REQUEST_CLUSTER = 16;

  // Responses
  public static final int RESPONSE_FAILURE = 0;
  public static final int RESPONSE_SERVER = 1;
  public static final int RESPONSE_WELCOME = 2;
  public static final int RESPONSE_SERVERS = 3;
  public static final int RESPONSE_DB = 4;
  public static final int RESPONSE_STMT = 5;
  public static final int RESPONSE_RESULT = 6;
  public static final int RESPONSE_ROWS = 7;
  public static final int RESPONSE_EMPTY = 8;

  // Value types, in parameters and rows
  public static final int INTEGER = 1;
  public static final int FLOAT = 2;
  public static final int TEXT = 3;
  public static final int BLOB = 4;
  public static final int NULL = 5;
  /** An INTEGER in a column declared DATE, DATETIME or TIMESTAMP. */
  public static final int UNIXTIME = 9;
  /** TEXT in a column declared DATE, DATETIME or TIMESTAMP ("" for NULL). */
  public static final int ISO8601 = 10;
  /** An INTEGER in a column declared BOOLEAN. */
  public static final int BOOLEAN = 11;

  /** The word after the rows of a batch when more batches follow. */
  public static final long ROWS_PART = 0xeeeeeeeeeeeeeeeeL;
  /** The word after the rows of the last batch. */
  public static final long ROWS_DONE = 0xffffffffffffffffL;

  /** libdqlite 1.11 reads a one-byte parameter count (schema 0); it has no four-byte form. */
  public static final int MAX_PARAMETERS = 255;

  public static String responseName(int type) {
    switch (type) {
      case RESPONSE_FAILURE: return "FAILURE";
      case RESPONSE_SERVER: return "SERVER";
      case RESPONSE_WELCOME: return "WELCOME";
      case RESPONSE_SERVERS: return "SERVERS";
      case RESPONSE_DB: return "DB";
      case RESPONSE_STMT: return "STMT";
      case RESPONSE_RESULT: return "RESULT";
      case RESPONSE_ROWS: return "ROWS";
      case RESPONSE_EMPTY: return "EMPTY";
      default: return "type " + type;
    }
  }
}
