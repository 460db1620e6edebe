MATCH (n:Fact) USING INDEX n:Fact(userId, id) WHERE n.userId = $userId AND n.id > $after
WITH n ORDER BY n.userId, n.id LIMIT $batchSize
WITH n, n.id AS id, n.userId AS userId, CASE WHEN n.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (n.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR n.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(n.accessLog) > 0
    THEN n.accessLog ELSE [coalesce(CASE WHEN n.createdAt IS :: ZONED DATETIME THEN n.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END AS a
WITH n, id, userId, a, CASE
  WHEN NOT coalesce(n.pinned = true, false) AND (a < $deleteBelow OR (coalesce(n.archived = true, false) AND CASE WHEN n.archivedAt IS :: ZONED DATETIME THEN n.archivedAt.epochMillis < $cutoffMs ELSE false END)) THEN 'delete'
  WHEN (NOT coalesce(n.pinned = true, false) AND a < $archiveBelow AND NOT coalesce(n.archived = true, false)) THEN 'archive'
  ELSE 'keep' END AS action
WITH id, userId, a, action, null AS node
RETURN max(id) AS lastId, count(*) AS scanned,
  collect(CASE WHEN action <> 'keep' THEN {id: id, userId: userId, action: action, activation: a, node: node} END) AS changed