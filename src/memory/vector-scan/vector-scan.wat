;; The scan of a vector matrix: score[r] = (1 + dot(row r, query) × scale) / 2 for the first `rows` rows, as Neo4j
;; scores cosine for unit vectors. Rows and the query are 16-bit integers (a unit vector's components times 32767,
;; rounded; `scale` undoes both factors). Two lanes of i32x4.dot_i16x8_s a step of sixteen components: rows and the
;; query are padded with zeros to a multiple of sixteen (`rowBytes` = 32 × steps). A unit vector's products sum to
;; at most 32767² in magnitude, within a 32-bit lane. Compiled into vector-scan-kernel.ts by
;; `npm run build:vector-scan`.
(module
  (import "env" "memory" (memory 1))
  (func (export "scan")
    (param $query i32) (param $matrix i32) (param $out i32) (param $rows i32) (param $rowBytes i32)
    (param $scale f32)
    (local $r i32) (local $j i32) (local $row i32) (local $a v128) (local $b v128)
    (local.set $row (local.get $matrix))
    (block $done
      (loop $eachRow
        (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
        (local.set $a (v128.const i32x4 0 0 0 0))
        (local.set $b (v128.const i32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $rowDone
          (loop $eachStep
            (br_if $rowDone (i32.ge_u (local.get $j) (local.get $rowBytes)))
            (local.set $a (i32x4.add (local.get $a)
              (i32x4.dot_i16x8_s (v128.load (i32.add (local.get $row) (local.get $j)))
                                 (v128.load (i32.add (local.get $query) (local.get $j))))))
            (local.set $b (i32x4.add (local.get $b)
              (i32x4.dot_i16x8_s (v128.load offset=16 (i32.add (local.get $row) (local.get $j)))
                                 (v128.load offset=16 (i32.add (local.get $query) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 32)))
            (br $eachStep)))
        (local.set $a (i32x4.add (local.get $a) (local.get $b)))
        (f32.store (i32.add (local.get $out) (i32.shl (local.get $r) (i32.const 2)))
          (f32.mul (f32.const 0.5) (f32.add (f32.const 1) (f32.mul (local.get $scale)
            (f32.convert_i32_s
              (i32.add (i32.add (i32x4.extract_lane 0 (local.get $a)) (i32x4.extract_lane 1 (local.get $a)))
                       (i32.add (i32x4.extract_lane 2 (local.get $a)) (i32x4.extract_lane 3 (local.get $a)))))))))
        (local.set $row (i32.add (local.get $row) (local.get $rowBytes)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $eachRow)))))
