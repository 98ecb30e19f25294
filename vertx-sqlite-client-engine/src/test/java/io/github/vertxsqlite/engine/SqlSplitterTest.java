package io.github.vertxsqlite.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

  @Test
  void splitsAtTopLevelSemicolons() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), SqlSplitter.split("SELECT 1; SELECT 2;"));
    assertEquals(List.of("SELECT 1"), SqlSplitter.split("SELECT 1"));
  }

  @Test
  void semicolonsInQuotesAndCommentsDoNotSplit() {
    assertEquals(List.of("SELECT 'a;b', \"c;d\", `e;f`, [g;h]", "SELECT 'it''s;'"),
      SqlSplitter.split("SELECT 'a;b', \"c;d\", `e;f`, [g;h]; SELECT 'it''s;'"));
    assertEquals(List.of("SELECT 1 -- a; b", "SELECT /* ; */ 2"),
      SqlSplitter.split("SELECT 1 -- a; b\n; SELECT /* ; */ 2"));
  }

  @Test
  void triggerBodiesStayWhole() {
    String trigger = "CREATE TEMP TRIGGER t AFTER INSERT ON x BEGIN INSERT INTO y VALUES (1); DELETE FROM z; END";
    assertEquals(List.of(trigger, "SELECT 1"), SqlSplitter.split(trigger + "; SELECT 1"));
  }

  /** Found in review: the END of a CASE inside a trigger's body ended the trigger, as sqlite3_complete would not. */
  @Test
  void aCaseEndInsideATriggerBodyDoesNotEndTheTrigger() {
    String trigger = "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET n = CASE WHEN new.n > 0 THEN 1 ELSE 0 END; END";
    assertEquals(List.of(trigger, "SELECT 1"), SqlSplitter.split(trigger + "; SELECT 1"));
    String nested = "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT CASE 1 WHEN 1 THEN 'end' END; DELETE FROM u; END";
    assertEquals(List.of(nested), SqlSplitter.split(nested + ";"));
  }

  @Test
  void blankAndCommentOnlyStatementsAreDropped() {
    assertEquals(List.of(), SqlSplitter.split("  ;; -- nothing\n /* at all */ ;"));
    assertEquals(List.of("SELECT 1"), SqlSplitter.split(";;SELECT 1;;"));
  }

  @Test
  void firstKeywordSkipsCommentsAndBlanks() {
    assertEquals("INSERT", SqlSplitter.firstKeyword("  -- hi\n /* x */ insert into t values (1)"));
    assertEquals("", SqlSplitter.firstKeyword("  -- only a comment"));
  }
}
