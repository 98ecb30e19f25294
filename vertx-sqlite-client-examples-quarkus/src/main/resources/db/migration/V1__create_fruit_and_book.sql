-- The schema of the example, applied by Flyway at start (quarkus.flyway.migrate-at-start) over the JDBC side of
-- the datasource; the reactive pool and Hibernate Reactive then use it. Later changes go in V2__..., never here.

-- plain SQL through the Mutiny pool (FruitResource), seeded with three fruits
CREATE TABLE fruit (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
INSERT INTO fruit(name) VALUES ('apple'), ('banana'), ('cherry');

-- the Hibernate Reactive entity Book: an IDENTITY id must be SQLite's rowid, so INTEGER PRIMARY KEY
CREATE TABLE Book (
  id    INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  pages INTEGER NOT NULL,
  isbn  TEXT UNIQUE
);
