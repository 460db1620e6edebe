;; The scan of a vector matrix: score[r] = (1 + dot(row r, query)) / 2 for the first `rows` rows, as Neo4j scores
;; cosine for unit vectors. Two four-lane accumulators a step of eight floats: rows and the query are padded with
;; zeros to a multiple of eight (`rowBytes` = 32 × steps). Compiled into vector-scan-kernel.ts by
;; `npm run build:vector-scan`.
(module
  (import "env" "memory" (memory 1))
  (func (export "scan")
    (param $query i32) (param $matrix i32) (param $out i32) (param $rows i32) (param $rowBytes i32)
    (local $r i32) (local $j i32) (local $row i32) (local $a v128) (local $b v128)
    (local.set $row (local.get $matrix))
    (block $done
      (loop $eachRow
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $a (v128.const f32x4 0 0 0 0))
        (local.set $b (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $rowDone
          (loop $eachStep
            (br_if $rowDone (i32.ge_u (local.get $j) (local.get $rowBytes)))
            (local.set $a (f32x4.add (local.get $a)
              (f32x4.mul (v128.load (i32.add (local.get $row) (local.get $j)))
                         (v128.load (i32.add (local.get $query) (local.get $j))))))
            (local.set $b (f32x4.add (local.get $b)
              (f32x4.mul (v128.load offset=16 (i32.add (local.get $row) (local.get $j)))
                         (v128.load offset=16 (i32.add (local.get $query) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 32)))
            (br $eachStep)))
        (local.set $a (f32x4.add (local.get $a) (local.get $b)))
        (f32.store (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2)))
          (f32.mul (f32.const 0.5) (f32.add (f32.const 1)
            (f32.add (f32.add (f32x4.extract_lane 0 (local.get $a)) (f32x4.extract_lane 1 (local.get $a)))
                     (f32.add (f32x4.extract_lane 2 (local.get $a)) (f32x4.extract_lane 3 (local.get $a)))))))
        (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $eachRow)))))
