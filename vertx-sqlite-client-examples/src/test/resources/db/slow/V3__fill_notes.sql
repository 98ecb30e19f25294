-- long enough (a few hundred ms) that two instances starting together overlap
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
INSERT INTO note (text) SELECT 'note ' || i FROM n;
