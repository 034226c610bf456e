;; The theme model's scoring loops (libs/themes/classifier/linear-model.ts):
;; Σ value × weight over a text's known features, two outputs per f64x2 lane
;; pair. Built into linear-scores.wasm by `npm run build:wasm`.
;;
;; Each output adds its terms in feature order, one f64 multiply and one f64
;; add each, exactly as the plain JavaScript loops did, so the sums are the
;; same to the bit. What SIMD saves is the per-weight work V8 does around
;; them (bounds checks, one conversion per weight, scalar registers).
;;
;; Inputs live in the one exported memory: `rows` holds each feature's row
;; start (bytes, i32), `values` its value (f64); a block's weights start
;; `offset` bytes into the row; `out` receives the sums (f64).
(module
  (memory (export "memory") 1)

  ;; 6 outputs of 16-bit weights.
  (func (export "departments") (param $known i32) (param $rows i32) (param $values i32) (param $offset i32) (param $out i32)
    (local $j i32) (local $at i32) (local $v v128) (local $s0 v128) (local $s1 v128) (local $s2 v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $j) (local.get $known)))
        (local.set $at (i32.add (i32.load (i32.add (local.get $rows) (i32.shl (local.get $j) (i32.const 2)))) (local.get $offset)))
        (local.set $v (f64x2.splat (f64.load (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3))))))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (v128.load32_zero offset=0 (local.get $at)))))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (v128.load32_zero offset=4 (local.get $at)))))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (v128.load32_zero offset=8 (local.get $at)))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (v128.store offset=0 (local.get $out) (local.get $s0))
    (v128.store offset=16 (local.get $out) (local.get $s1))
    (v128.store offset=32 (local.get $out) (local.get $s2)))

  ;; 20 outputs of 8-bit weights.
  (func (export "themes") (param $known i32) (param $rows i32) (param $values i32) (param $offset i32) (param $out i32)
    (local $j i32) (local $at i32) (local $v v128) (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128) (local $s4 v128) (local $s5 v128) (local $s6 v128) (local $s7 v128) (local $s8 v128) (local $s9 v128)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $j) (local.get $known)))
        (local.set $at (i32.add (i32.load (i32.add (local.get $rows) (i32.shl (local.get $j) (i32.const 2)))) (local.get $offset)))
        (local.set $v (f64x2.splat (f64.load (i32.add (local.get $values) (i32.shl (local.get $j) (i32.const 3))))))
        (local.set $s0 (f64x2.add (local.get $s0) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=0 (local.get $at))))))))
        (local.set $s1 (f64x2.add (local.get $s1) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=2 (local.get $at))))))))
        (local.set $s2 (f64x2.add (local.get $s2) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=4 (local.get $at))))))))
        (local.set $s3 (f64x2.add (local.get $s3) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=6 (local.get $at))))))))
        (local.set $s4 (f64x2.add (local.get $s4) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=8 (local.get $at))))))))
        (local.set $s5 (f64x2.add (local.get $s5) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=10 (local.get $at))))))))
        (local.set $s6 (f64x2.add (local.get $s6) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=12 (local.get $at))))))))
        (local.set $s7 (f64x2.add (local.get $s7) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=14 (local.get $at))))))))
        (local.set $s8 (f64x2.add (local.get $s8) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=16 (local.get $at))))))))
        (local.set $s9 (f64x2.add (local.get $s9) (f64x2.mul (local.get $v) (f64x2.convert_low_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load16_splat offset=18 (local.get $at))))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $next)))
    (v128.store offset=0 (local.get $out) (local.get $s0))
    (v128.store offset=16 (local.get $out) (local.get $s1))
    (v128.store offset=32 (local.get $out) (local.get $s2))
    (v128.store offset=48 (local.get $out) (local.get $s3))
    (v128.store offset=64 (local.get $out) (local.get $s4))
    (v128.store offset=80 (local.get $out) (local.get $s5))
    (v128.store offset=96 (local.get $out) (local.get $s6))
    (v128.store offset=112 (local.get $out) (local.get $s7))
    (v128.store offset=128 (local.get $out) (local.get $s8))
    (v128.store offset=144 (local.get $out) (local.get $s9))))
