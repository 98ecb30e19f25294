package io.github.vertxsqlite.engine;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place for pragma handling: which names are accepted, which values, and the SQL that sets them.
 * Pragma text is spliced into SQL (SQLite cannot bind pragma values), so both parts are validated first.
 */
public final class Pragmas {

  /** Pragmas a connection may set; SQLite silently ignores unknown names, so a typo must fail here instead. */
  public static final Set<String> SETTABLE = Set.of(
    "analysis_limit", "application_id", "auto_vacuum", "automatic_index", "busy_timeout", "cache_size",
    "cache_spill", "case_sensitive_like", "cell_size_check", "checkpoint_fullfsync", "defer_foreign_keys",
    "encoding", "foreign_keys", "fullfsync", "hard_heap_limit", "ignore_check_constraints", "journal_mode",
    "journal_size_limit", "legacy_alter_table", "locking_mode", "max_page_count", "mmap_size", "page_size",
    "query_only", "read_uncommitted", "recursive_triggers", "reverse_unordered_selects", "secure_delete",
    "soft_heap_limit", "synchronous", "temp_store", "threads", "trusted_schema", "user_version",
    "wal_autocheckpoint");

  /** Pragmas that only report (no value can be set), readable at runtime besides the settable ones. */
  public static final Set<String> READABLE = Set.of(
    "compile_options", "data_version", "database_list", "foreign_key_check", "foreign_key_list", "freelist_count",
    "function_list", "index_info", "index_list", "index_xinfo", "integrity_check", "module_list", "page_count",
    "pragma_list", "quick_check", "schema_version", "table_info", "table_list", "table_xinfo", "collation_list",
    "wal_checkpoint", "optimize", "shrink_memory", "incremental_vacuum");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.+-]+|'[^']*'");

  private Pragmas() {
  }

  /** Whether {@code name} is a pragma this engine lets a connection set. */
  public static boolean isSettable(String name) {
    return name != null && SETTABLE.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Checks a pragma assignment, failing with an {@link IllegalArgumentException} that names the bad part. */
  public static void validate(String name, String value) {
    if (!isSettable(name)) {
      throw new IllegalArgumentException("Unknown or unsupported SQLite pragma '" + name + "'; supported: "
        + new java.util.TreeSet<>(SETTABLE));
    }
    if (value == null || !VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException("Invalid value '" + value + "' for pragma '" + name
        + "': use a number, a keyword or a single-quoted string");
    }
  }

  /**
   * The statement that reads a pragma, with an optional argument such as a table name
   * ({@code PRAGMA table_info('t')}), after validation.
   */
  public static String query(String name, String argument) {
    if (name == null || !NAME.matcher(name).matches()
      || !(SETTABLE.contains(name.toLowerCase(Locale.ROOT)) || READABLE.contains(name.toLowerCase(Locale.ROOT)))) {
      throw new IllegalArgumentException("Unknown SQLite pragma '" + name + "'");
    }
    if (argument == null) {
      return "PRAGMA " + name.toLowerCase(Locale.ROOT);
    }
    if (!VALUE.matcher(argument).matches()) {
      throw new IllegalArgumentException("Invalid argument '" + argument + "' for pragma '" + name + "'");
    }
    return "PRAGMA " + name.toLowerCase(Locale.ROOT) + "(" + argument + ")";
  }

  /** The statement that sets one pragma, after validation. */
  static String assignment(String name, String value) {
    validate(name, value);
    return statement(name, value);
  }

  /** The statement that sets a pragma already validated where it entered ({@link EngineOptions#pragma}). */
  static String statement(String name, String value) {
    return "PRAGMA " + name.toLowerCase(Locale.ROOT) + " = " + value;
  }

  /**
   * The pragmas a connection applies: server defaults first (WAL for writable files, synchronous=NORMAL,
   * foreign_keys=ON), then the options' own pragmas, which override a default of the same name.
   */
  static Map<String, String> effective(EngineOptions options) {
    Map<String, String> pragmas = new java.util.LinkedHashMap<>();
    if (!options.inMemory() && options.openMode() != OpenMode.READ_ONLY) {
      pragmas.put("journal_mode", "wal");
    }
    pragmas.put("synchronous", "normal");
    pragmas.put("foreign_keys", "on");
    options.pragmas().forEach((name, value) -> {
      String key = name.toLowerCase(Locale.ROOT);
      pragmas.remove(key);
      pragmas.put(key, value);
    });
    return pragmas;
  }

  /** Whether {@code name} is journal_mode set by the server default (WAL), not by the options. */
  static boolean isDefaultJournalMode(EngineOptions options, String name) {
    return name.equals("journal_mode") && options.pragmas().keySet().stream().noneMatch(k -> k.equalsIgnoreCase("journal_mode"));
  }
}
