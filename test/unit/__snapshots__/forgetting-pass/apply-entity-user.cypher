MATCH (n:Entity) USING INDEX n:Entity(userId, id) WHERE n.userId = $userId AND n.id > $after
WITH n ORDER BY n.userId, n.id LIMIT $batchSize
WITH n, n.id AS id, n.userId AS userId, CASE WHEN n.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (n.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR n.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(n.accessLog) > 0
    THEN n.accessLog ELSE [coalesce(CASE WHEN n.createdAt IS :: ZONED DATETIME THEN n.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END AS a
WITH n, id, userId, a, CASE
  WHEN (NOT coalesce(n.pinned = true, false) AND (a < $deleteBelow OR (coalesce(n.archived = true, false) AND CASE WHEN n.archivedAt IS :: ZONED DATETIME THEN n.archivedAt.epochMillis < $cutoffMs ELSE false END))
    AND NOT EXISTS { MATCH (ef_n:Fact)-[:SUBJECT|OBJECT]->(n) WHERE NOT (NOT coalesce(ef_n.pinned = true, false) AND (CASE WHEN ef_n.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (ef_n.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR ef_n.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(ef_n.accessLog) > 0
    THEN ef_n.accessLog ELSE [coalesce(CASE WHEN ef_n.createdAt IS :: ZONED DATETIME THEN ef_n.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END < $deleteBelow OR (coalesce(ef_n.archived = true, false) AND CASE WHEN ef_n.archivedAt IS :: ZONED DATETIME THEN ef_n.archivedAt.epochMillis < $cutoffMs ELSE false END))) }) THEN 'delete'
  WHEN (NOT coalesce(n.pinned = true, false) AND a < $archiveBelow AND NOT coalesce(n.archived = true, false)) THEN 'archive'
  ELSE 'keep' END AS action
CALL (n, a, action) {
  WITH n, a, action WHERE action = 'archive'
  SET n.archived = true, n.archivedAt = datetime({epochMillis: toInteger($nowMs)}), n.activation = a
}
CALL (n, a, action) {
  WITH n, a, action WHERE action = 'keep'
  SET n.activation = a,
      n.archivedAt = CASE WHEN NOT coalesce(n.archived = true, false) THEN null
        WHEN n.archivedAt IS :: ZONED DATETIME THEN n.archivedAt ELSE datetime({epochMillis: toInteger($nowMs)}) END
}
WITH n, id, userId, a, action, CASE WHEN action = 'archive' THEN n {.id, .userId, .name, .type, .aliases, .summary, .activation, .accessCount, .pinned, .archived,
    createdAt: toString(n.createdAt), updatedAt: toString(n.updatedAt),
    lastAccessedAt: toString(n.lastAccessedAt), archivedAt: toString(n.archivedAt)} END AS node
CALL (n, action) {
  WITH n, action WHERE action = 'delete'
  DETACH DELETE n
}
RETURN max(id) AS lastId, count(*) AS scanned,
  collect(CASE WHEN action <> 'keep' THEN {id: id, userId: userId, action: action, activation: a, node: node} END) AS changed