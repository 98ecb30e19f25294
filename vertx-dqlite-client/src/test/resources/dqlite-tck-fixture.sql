-- The tables the Vert.x SQL client TCK reads and writes, in SQLite's dialect.
-- Declared types follow docs/type-mapping.md: INT4 decodes to Integer, SMALLINT to Short, FLOAT4 to Float.
CREATE TABLE immutable (id INTEGER NOT NULL PRIMARY KEY, message VARCHAR(2048) NOT NULL);
INSERT INTO immutable (id, message) VALUES
  (1, 'fortune: No such file or directory'),
  (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
  (3, 'After enough decimal places, nobody gives a damn.'),
  (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
  (5, 'A computer program does what you tell it to do, not what you want it to do.'),
  (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
  (7, 'Any program that runs right is obsolete.'),
  (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
  (9, 'Feature: A bug with seniority.'),
  (10, 'Computers make very fast, very accurate mistakes.'),
  (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
  (12, 'フレームワークのベンチマーク');

CREATE TABLE Fortune (id INTEGER NOT NULL PRIMARY KEY, message VARCHAR(2048) NOT NULL);
INSERT INTO Fortune SELECT id, message FROM immutable;

CREATE TABLE mutable (id INTEGER NOT NULL PRIMARY KEY, val VARCHAR(2048) NOT NULL);

CREATE TABLE basicdatatype (
  id INTEGER,
  test_int_2 SMALLINT,
  test_int_4 INT4,
  test_int_8 BIGINT,
  test_float_4 FLOAT4,
  test_float_8 DOUBLE PRECISION,
  test_numeric NUMERIC(5, 2),
  test_decimal DECIMAL,
  test_boolean BOOLEAN,
  test_char CHAR(8),
  test_varchar VARCHAR(20),
  test_date DATE,
  test_time TIME
);
INSERT INTO basicdatatype VALUES
  (1, 32767, 2147483647, 9223372036854775807, 3.40282E38, 1.7976931348623157E308, 999.99, 12345, TRUE, 'testchar', 'testvarchar', '2019-01-01', '18:45:02'),
  (2, 32767, 2147483647, 9223372036854775807, 3.40282E38, 1.7976931348623157E308, 999.99, 12345, TRUE, 'testchar', 'testvarchar', '2019-01-01', '18:45:02'),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);

CREATE TABLE collector_test (
  id INT4,
  test_int_2 INT2,
  test_int_4 INT4,
  test_int_8 INT8,
  test_float FLOAT4,
  test_double FLOAT8,
  test_varchar VARCHAR(20)
);
INSERT INTO collector_test VALUES
  (1, 32767, 2147483647, 9223372036854775807, 123.456, 1.234567, 'HELLO,WORLD'),
  (2, 32767, 2147483647, 9223372036854775807, 123.456, 1.234567, 'hello,world');
