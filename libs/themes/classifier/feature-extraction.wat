;; The feature extractor's hashing and counting (libs/themes/classifier/features.ts):
;; a comment's folded letters in, its distinct hashed features and their
;; weighted counts out, in the order they were first seen. Built into
;; feature-extraction.wasm by `npm run build:wasm`.
;;
;; Per word (a run of non-zero units): the word, the bigram with the previous
;; word, the prefix of words longer than `prefix`, and the character n-grams
;; of min..max units of the word padded with a space at each end (so "<kur",
;; a word's start, differs from "kur" inside one), while fewer than
;; `letterLimit` letters came before it (0: no limit). Hashes are 32-bit FNV-1a
;; (offset 0x811c9dc5 xor a seed per family, so "kurier" the word, the prefix
;; and the n-gram land in different buckets: word 0x57, bigram 0x42, n-gram
;; 0x43, prefix 0x50); the bucket is murmur3's finaliser of the hash, masked.
;; features.spec.ts spells the same out over strings.
;;
;; Memory, laid out by features.ts: `units` (u16, 0 between words); `table`,
;; 8 bytes a position (bucket or -1, then the feature's index), every key -1
;; on entry and on return, never more than half full; `out`: `capacity`
;; buckets (i32), then as many counts (f32), then the features' table
;; positions (i32), which clear the table before returning.
(module
  (memory (export "memory") 1)

  (global $table (mut i32) (i32.const 0))
  (global $tableMask (mut i32) (i32.const 0))
  (global $bucketMask (mut i32) (i32.const 0))
  (global $buckets (mut i32) (i32.const 0))
  (global $counts (mut i32) (i32.const 0))
  (global $positions (mut i32) (i32.const 0))
  (global $n (mut i32) (i32.const 0))

  (func $finalise (param $h i32) (result i32)
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0x85ebca6b)))
    (local.set $h (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 13))))
    (local.set $h (i32.mul (local.get $h) (i32.const 0xc2b2ae35)))
    (i32.xor (local.get $h) (i32.shr_u (local.get $h) (i32.const 16))))

  ;; Counts a feature: its weight is added in f64 and stored as f32, as a
  ;; Float32Array element += weight does in JavaScript.
  (func $add (param $hash i32) (param $weight f64)
    (local $bucket i32) (local $at i32) (local $key i32) (local $count i32)
    ;; finalise, written out: calls are not inlined by Node 20's WebAssembly compiler.
    (local.set $hash (i32.xor (local.get $hash) (i32.shr_u (local.get $hash) (i32.const 16))))
    (local.set $hash (i32.mul (local.get $hash) (i32.const 0x85ebca6b)))
    (local.set $hash (i32.xor (local.get $hash) (i32.shr_u (local.get $hash) (i32.const 13))))
    (local.set $hash (i32.mul (local.get $hash) (i32.const 0xc2b2ae35)))
    (local.set $bucket (i32.and (i32.xor (local.get $hash) (i32.shr_u (local.get $hash) (i32.const 16))) (global.get $bucketMask)))
    (local.set $at (i32.and (local.get $bucket) (global.get $tableMask)))
    (block $new
      (loop $probe
        (local.set $key (i32.load (i32.add (global.get $table) (i32.shl (local.get $at) (i32.const 3)))))
        (if (i32.eq (local.get $key) (local.get $bucket))
          (then
            (local.set $count
              (i32.add (global.get $counts)
                (i32.shl (i32.load offset=4 (i32.add (global.get $table) (i32.shl (local.get $at) (i32.const 3)))) (i32.const 2))))
            (f32.store (local.get $count)
              (f32.demote_f64 (f64.add (f64.promote_f32 (f32.load (local.get $count))) (local.get $weight))))
            (return)))
        (br_if $new (i32.eq (local.get $key) (i32.const -1)))
        (local.set $at (i32.and (i32.add (local.get $at) (i32.const 1)) (global.get $tableMask)))
        (br $probe)))
    (i32.store (i32.add (global.get $table) (i32.shl (local.get $at) (i32.const 3))) (local.get $bucket))
    (i32.store offset=4 (i32.add (global.get $table) (i32.shl (local.get $at) (i32.const 3))) (global.get $n))
    (i32.store (i32.add (global.get $buckets) (i32.shl (global.get $n) (i32.const 2))) (local.get $bucket))
    (f32.store (i32.add (global.get $counts) (i32.shl (global.get $n) (i32.const 2))) (f32.demote_f64 (local.get $weight)))
    (i32.store (i32.add (global.get $positions) (i32.shl (global.get $n) (i32.const 2))) (local.get $at))
    (global.set $n (i32.add (global.get $n) (i32.const 1))))

  ;; Returns the number of distinct features.
  (func (export "extract")
    (param $units i32) (param $count i32) (param $table i32) (param $tableMask i32) (param $out i32) (param $capacity i32)
    (param $bucketMask i32) (param $min i32) (param $max i32) (param $letterLimit i32) (param $prefix i32)
    (param $wordWeight f64) (param $bigramWeight f64) (param $charWeight f64) (param $prefixWeight f64)
    (result i32)
    (local $i i32) (local $word i32) (local $length i32) (local $k i32) (local $h i32)
    (local $previous i32) (local $wordIndex i32) (local $letters i32)
    (local $padded i32) (local $start i32) (local $longest i32) (local $at i32) (local $unit i32)
    (global.set $table (local.get $table))
    (global.set $tableMask (local.get $tableMask))
    (global.set $bucketMask (local.get $bucketMask))
    (global.set $buckets (local.get $out))
    (global.set $counts (i32.add (local.get $out) (i32.shl (local.get $capacity) (i32.const 2))))
    (global.set $positions (i32.add (local.get $out) (i32.shl (local.get $capacity) (i32.const 3))))
    (global.set $n (i32.const 0))
    (block $end
      (loop $words
        ;; Skip to the next word; stop after the last.
        (block $found
          (loop $skip
            (br_if $end (i32.ge_u (local.get $i) (local.get $count)))
            (br_if $found (i32.load16_u (i32.add (local.get $units) (i32.shl (local.get $i) (i32.const 1)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $skip)))
        (local.set $word (i32.add (local.get $units) (i32.shl (local.get $i) (i32.const 1))))
        (block $ended
          (loop $scan
            (br_if $ended (i32.ge_u (local.get $i) (local.get $count)))
            (br_if $ended (i32.eqz (i32.load16_u (i32.add (local.get $units) (i32.shl (local.get $i) (i32.const 1))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $scan)))
        (local.set $length (i32.shr_u (i32.sub (i32.add (local.get $units) (i32.shl (local.get $i) (i32.const 1))) (local.get $word)) (i32.const 1)))

        ;; The word.
        (local.set $h (i32.xor (i32.const 0x811c9dc5) (i32.const 0x57)))
        (local.set $k (i32.const 0))
        (block $hashed
          (loop $letter
            (br_if $hashed (i32.ge_u (local.get $k) (local.get $length)))
            (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load16_u (i32.add (local.get $word) (i32.shl (local.get $k) (i32.const 1)))))
              (i32.const 0x01000193)))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $letter)))
        (call $add (local.get $h) (local.get $wordWeight))

        ;; The bigram: combineHashes(previous ^ 0x42, word).
        (if (i32.and (f64.gt (local.get $bigramWeight) (f64.const 0)) (i32.gt_u (local.get $wordIndex) (i32.const 0)))
          (then
            (call $add
              (i32.mul
                (i32.xor
                  (i32.mul (i32.xor (i32.const 0x811c9dc5) (i32.xor (local.get $previous) (i32.const 0x42))) (i32.const 0x01000193))
                  (call $finalise (local.get $h)))
                (i32.const 0x01000193))
              (local.get $bigramWeight))))
        (local.set $previous (local.get $h))
        (local.set $wordIndex (i32.add (local.get $wordIndex) (i32.const 1)))

        ;; The prefix.
        (if (i32.and (i32.gt_s (local.get $prefix) (i32.const 0)) (i32.gt_s (local.get $length) (local.get $prefix)))
          (then
            (local.set $h (i32.xor (i32.const 0x811c9dc5) (i32.const 0x50)))
            (local.set $k (i32.const 0))
            (block $prefixed
              (loop $prefixLetter
                (br_if $prefixed (i32.ge_u (local.get $k) (local.get $prefix)))
                (local.set $h (i32.mul (i32.xor (local.get $h) (i32.load16_u (i32.add (local.get $word) (i32.shl (local.get $k) (i32.const 1)))))
                  (i32.const 0x01000193)))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $prefixLetter)))
            (call $add (local.get $h) (local.get $prefixWeight))))

        ;; Character n-grams of " word ", while the letter limit allows.
        (if (i32.and
              (f64.gt (local.get $charWeight) (f64.const 0))
              (i32.or (i32.le_s (local.get $letterLimit) (i32.const 0)) (i32.lt_s (local.get $letters) (local.get $letterLimit))))
          (then
            (local.set $padded (i32.add (local.get $length) (i32.const 2)))
            (local.set $start (i32.const 0))
            (block $grams
              (loop $gramStart
                (br_if $grams (i32.gt_s (i32.add (local.get $start) (local.get $min)) (local.get $padded)))
                (local.set $h (i32.xor (i32.const 0x811c9dc5) (i32.const 0x43)))
                (local.set $longest (i32.sub (local.get $padded) (local.get $start)))
                (if (i32.lt_s (local.get $max) (local.get $longest)) (then (local.set $longest (local.get $max))))
                (local.set $k (i32.const 1))
                (block $gram
                  (loop $gramLetter
                    (br_if $gram (i32.gt_s (local.get $k) (local.get $longest)))
                    (local.set $at (i32.sub (i32.add (local.get $start) (local.get $k)) (i32.const 1)))
                    (local.set $unit
                      (if (result i32)
                        (i32.or (i32.eqz (local.get $at)) (i32.eq (local.get $at) (i32.sub (local.get $padded) (i32.const 1))))
                        (then (i32.const 0x20))
                        (else (i32.load16_u (i32.add (local.get $word) (i32.shl (i32.sub (local.get $at) (i32.const 1)) (i32.const 1)))))))
                    (local.set $h (i32.mul (i32.xor (local.get $h) (local.get $unit)) (i32.const 0x01000193)))
                    (if (i32.ge_s (local.get $k) (local.get $min)) (then (call $add (local.get $h) (local.get $charWeight))))
                    (local.set $k (i32.add (local.get $k) (i32.const 1)))
                    (br $gramLetter)))
                (local.set $start (i32.add (local.get $start) (i32.const 1)))
                (br $gramStart)))))
        (local.set $letters (i32.add (local.get $letters) (local.get $length)))
        (br $words)))

    ;; Leave the table empty for the next comment.
    (local.set $k (i32.const 0))
    (block $cleared
      (loop $clear
        (br_if $cleared (i32.ge_u (local.get $k) (global.get $n)))
        (i32.store
          (i32.add (global.get $table)
            (i32.shl (i32.load (i32.add (global.get $positions) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 3)))
          (i32.const -1))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $clear)))
    (global.get $n)))
