MATCH (n:Episode) USING INDEX n:Episode(userId, id) WHERE n.userId = $userId AND n.id > $after
WITH n ORDER BY n.userId, n.id LIMIT $batchSize
WITH n, n.id AS id, n.userId AS userId, null AS a, CASE
  WHEN (EXISTS { (n)<-[:FROM_EPISODE|INVALIDATED_BY]-(:Fact) } OR EXISTS { (n)-[:MENTIONS]->(:Entity) })
   AND NOT EXISTS { MATCH (n)<-[:FROM_EPISODE|INVALIDATED_BY]-(pf:Fact) WHERE NOT (NOT coalesce(pf.pinned = true, false) AND (CASE WHEN pf.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (pf.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR pf.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(pf.accessLog) > 0
    THEN pf.accessLog ELSE [coalesce(CASE WHEN pf.createdAt IS :: ZONED DATETIME THEN pf.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END < $deleteBelow OR (coalesce(pf.archived = true, false) AND CASE WHEN pf.archivedAt IS :: ZONED DATETIME THEN pf.archivedAt.epochMillis < $cutoffMs ELSE false END))) }
   AND NOT EXISTS { MATCH (n)-[:MENTIONS]->(pe:Entity) WHERE NOT (NOT coalesce(pe.pinned = true, false) AND (CASE WHEN pe.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (pe.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR pe.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(pe.accessLog) > 0
    THEN pe.accessLog ELSE [coalesce(CASE WHEN pe.createdAt IS :: ZONED DATETIME THEN pe.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END < $deleteBelow OR (coalesce(pe.archived = true, false) AND CASE WHEN pe.archivedAt IS :: ZONED DATETIME THEN pe.archivedAt.epochMillis < $cutoffMs ELSE false END))
    AND NOT EXISTS { MATCH (ef_pe:Fact)-[:SUBJECT|OBJECT]->(pe) WHERE NOT (NOT coalesce(ef_pe.pinned = true, false) AND (CASE WHEN ef_pe.pinned = true THEN 10.0 ELSE log(reduce(s = 0.0, t IN CASE WHEN (ef_pe.accessLog IS :: LIST<FLOAT NOT NULL> NOT NULL OR ef_pe.accessLog IS :: LIST<INTEGER NOT NULL> NOT NULL) AND size(ef_pe.accessLog) > 0
    THEN ef_pe.accessLog ELSE [coalesce(CASE WHEN ef_pe.createdAt IS :: ZONED DATETIME THEN ef_pe.createdAt.epochMillis END, $nowMs)] END | s + ((CASE WHEN $nowMs > t THEN toFloat($nowMs - t) ELSE 0.0 END) / 3600000 + 1.0) ^ (-0.5))) END < $deleteBelow OR (coalesce(ef_pe.archived = true, false) AND CASE WHEN ef_pe.archivedAt IS :: ZONED DATETIME THEN ef_pe.archivedAt.epochMillis < $cutoffMs ELSE false END))) }) }
  THEN 'delete' ELSE 'keep' END AS action

WITH n, id, userId, a, action, CASE WHEN action = 'archive' THEN null END AS node
CALL (n, action) {
  WITH n, action WHERE action = 'delete'
  DETACH DELETE n
}
RETURN max(id) AS lastId, count(*) AS scanned,
  collect(CASE WHEN action <> 'keep' THEN {id: id, userId: userId, action: action, activation: a, node: node} END) AS changed