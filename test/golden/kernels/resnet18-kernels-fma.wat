(module
  (import "env" "memory" (memory 1 65536 shared))
  (func $gemm (param $M i32) (param $N i32) (param $K i32) (param $a i32) (param $b i32) (param $c i32) (param $tileStart i32) (param $tileEnd i32) (param $panelStart i32) (param $panelEnd i32) (param $bias i32) (param $residual i32) (param $relu i32) (param $scratch i32)
    (local $p i32)
    (local $t i32)
    (local $k i32)
    (local $aAddress i32)
    (local $bAddress i32)
    (local $cols i32)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc1_0 v128)
    (local $acc1_1 v128)
    (local $acc2_0 v128)
    (local $acc2_1 v128)
    (local $acc3_0 v128)
    (local $acc3_1 v128)
    (local $b0 v128)
    (local $b1 v128)
    (local $aSplat v128)
    (local $row i32)
    (local $offset i32)
    (local $j i32)
    (local $x f32)
    local.get $panelEnd
    local.get $panelStart
    i32.sub
    i32.const 8
    i32.mul
    local.get $tileEnd
    local.get $tileStart
    i32.sub
    i32.const 4
    i32.mul
    i32.le_s
    if
      local.get $tileStart
      local.set $t
      block
        local.get $t
        local.get $tileEnd
        i32.ge_s
        br_if 0
        loop
          local.get $panelStart
          local.set $p
          block
            local.get $p
            local.get $panelEnd
            i32.ge_s
            br_if 0
            loop
              local.get $N
              local.get $p
              i32.const 8
              i32.mul
              i32.sub
              local.set $cols
              local.get $cols
              i32.const 8
              i32.gt_s
              if
                i32.const 8
                local.set $cols
              end
              local.get $a
              local.get $t
              local.get $K
              i32.mul
              i32.const 16
              i32.mul
              i32.add
              local.set $aAddress
              local.get $b
              local.get $p
              local.get $panelStart
              i32.sub
              local.get $K
              i32.mul
              i32.const 32
              i32.mul
              i32.add
              local.set $bAddress
              v128.const f32x4 0 0 0 0
              local.set $acc0_0
              v128.const f32x4 0 0 0 0
              local.set $acc0_1
              v128.const f32x4 0 0 0 0
              local.set $acc1_0
              v128.const f32x4 0 0 0 0
              local.set $acc1_1
              v128.const f32x4 0 0 0 0
              local.set $acc2_0
              v128.const f32x4 0 0 0 0
              local.set $acc2_1
              v128.const f32x4 0 0 0 0
              local.set $acc3_0
              v128.const f32x4 0 0 0 0
              local.set $acc3_1
              local.get $K
              local.set $k
              loop
                local.get $bAddress
                v128.load
                local.set $b0
                local.get $bAddress
                v128.load offset=16
                local.set $b1
                local.get $aAddress
                v128.load32_splat
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc0_0
                f32x4.relaxed_madd
                local.set $acc0_0
                local.get $aSplat
                local.get $b1
                local.get $acc0_1
                f32x4.relaxed_madd
                local.set $acc0_1
                local.get $aAddress
                v128.load32_splat offset=4
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc1_0
                f32x4.relaxed_madd
                local.set $acc1_0
                local.get $aSplat
                local.get $b1
                local.get $acc1_1
                f32x4.relaxed_madd
                local.set $acc1_1
                local.get $aAddress
                v128.load32_splat offset=8
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc2_0
                f32x4.relaxed_madd
                local.set $acc2_0
                local.get $aSplat
                local.get $b1
                local.get $acc2_1
                f32x4.relaxed_madd
                local.set $acc2_1
                local.get $aAddress
                v128.load32_splat offset=12
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc3_0
                f32x4.relaxed_madd
                local.set $acc3_0
                local.get $aSplat
                local.get $b1
                local.get $acc3_1
                f32x4.relaxed_madd
                local.set $acc3_1
                local.get $aAddress
                i32.const 16
                i32.add
                local.set $aAddress
                local.get $bAddress
                i32.const 32
                i32.add
                local.set $bAddress
                local.get $k
                i32.const 1
                i32.sub
                local.tee $k
                br_if 0
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 0
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc0_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc0_0
                  local.get $acc0_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc0_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc0_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc0_0
                  end
                  local.get $relu
                  if
                    local.get $acc0_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc0_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc0_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc0_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc0_1
                  end
                  local.get $relu
                  if
                    local.get $acc0_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc0_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc0_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc0_0
                  v128.store
                  local.get $scratch
                  local.get $acc0_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 1
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc1_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc1_0
                  local.get $acc1_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc1_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc1_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc1_0
                  end
                  local.get $relu
                  if
                    local.get $acc1_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc1_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc1_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc1_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc1_1
                  end
                  local.get $relu
                  if
                    local.get $acc1_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc1_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc1_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc1_0
                  v128.store
                  local.get $scratch
                  local.get $acc1_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 2
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc2_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc2_0
                  local.get $acc2_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc2_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc2_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc2_0
                  end
                  local.get $relu
                  if
                    local.get $acc2_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc2_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc2_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc2_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc2_1
                  end
                  local.get $relu
                  if
                    local.get $acc2_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc2_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc2_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc2_0
                  v128.store
                  local.get $scratch
                  local.get $acc2_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 3
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc3_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc3_0
                  local.get $acc3_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc3_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc3_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc3_0
                  end
                  local.get $relu
                  if
                    local.get $acc3_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc3_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc3_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc3_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc3_1
                  end
                  local.get $relu
                  if
                    local.get $acc3_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc3_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc3_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc3_0
                  v128.store
                  local.get $scratch
                  local.get $acc3_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $p
              i32.const 1
              i32.add
              local.tee $p
              local.get $panelEnd
              i32.lt_s
              br_if 0
            end
          end
          local.get $t
          i32.const 1
          i32.add
          local.tee $t
          local.get $tileEnd
          i32.lt_s
          br_if 0
        end
      end
    else
      local.get $panelStart
      local.set $p
      block
        local.get $p
        local.get $panelEnd
        i32.ge_s
        br_if 0
        loop
          local.get $tileStart
          local.set $t
          block
            local.get $t
            local.get $tileEnd
            i32.ge_s
            br_if 0
            loop
              local.get $N
              local.get $p
              i32.const 8
              i32.mul
              i32.sub
              local.set $cols
              local.get $cols
              i32.const 8
              i32.gt_s
              if
                i32.const 8
                local.set $cols
              end
              local.get $a
              local.get $t
              local.get $K
              i32.mul
              i32.const 16
              i32.mul
              i32.add
              local.set $aAddress
              local.get $b
              local.get $p
              local.get $panelStart
              i32.sub
              local.get $K
              i32.mul
              i32.const 32
              i32.mul
              i32.add
              local.set $bAddress
              v128.const f32x4 0 0 0 0
              local.set $acc0_0
              v128.const f32x4 0 0 0 0
              local.set $acc0_1
              v128.const f32x4 0 0 0 0
              local.set $acc1_0
              v128.const f32x4 0 0 0 0
              local.set $acc1_1
              v128.const f32x4 0 0 0 0
              local.set $acc2_0
              v128.const f32x4 0 0 0 0
              local.set $acc2_1
              v128.const f32x4 0 0 0 0
              local.set $acc3_0
              v128.const f32x4 0 0 0 0
              local.set $acc3_1
              local.get $K
              local.set $k
              loop
                local.get $bAddress
                v128.load
                local.set $b0
                local.get $bAddress
                v128.load offset=16
                local.set $b1
                local.get $aAddress
                v128.load32_splat
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc0_0
                f32x4.relaxed_madd
                local.set $acc0_0
                local.get $aSplat
                local.get $b1
                local.get $acc0_1
                f32x4.relaxed_madd
                local.set $acc0_1
                local.get $aAddress
                v128.load32_splat offset=4
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc1_0
                f32x4.relaxed_madd
                local.set $acc1_0
                local.get $aSplat
                local.get $b1
                local.get $acc1_1
                f32x4.relaxed_madd
                local.set $acc1_1
                local.get $aAddress
                v128.load32_splat offset=8
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc2_0
                f32x4.relaxed_madd
                local.set $acc2_0
                local.get $aSplat
                local.get $b1
                local.get $acc2_1
                f32x4.relaxed_madd
                local.set $acc2_1
                local.get $aAddress
                v128.load32_splat offset=12
                local.set $aSplat
                local.get $aSplat
                local.get $b0
                local.get $acc3_0
                f32x4.relaxed_madd
                local.set $acc3_0
                local.get $aSplat
                local.get $b1
                local.get $acc3_1
                f32x4.relaxed_madd
                local.set $acc3_1
                local.get $aAddress
                i32.const 16
                i32.add
                local.set $aAddress
                local.get $bAddress
                i32.const 32
                i32.add
                local.set $bAddress
                local.get $k
                i32.const 1
                i32.sub
                local.tee $k
                br_if 0
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 0
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc0_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc0_0
                  local.get $acc0_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc0_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc0_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc0_0
                  end
                  local.get $relu
                  if
                    local.get $acc0_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc0_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc0_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc0_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc0_1
                  end
                  local.get $relu
                  if
                    local.get $acc0_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc0_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc0_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc0_0
                  v128.store
                  local.get $scratch
                  local.get $acc0_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 1
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc1_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc1_0
                  local.get $acc1_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc1_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc1_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc1_0
                  end
                  local.get $relu
                  if
                    local.get $acc1_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc1_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc1_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc1_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc1_1
                  end
                  local.get $relu
                  if
                    local.get $acc1_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc1_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc1_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc1_0
                  v128.store
                  local.get $scratch
                  local.get $acc1_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 2
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc2_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc2_0
                  local.get $acc2_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc2_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc2_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc2_0
                  end
                  local.get $relu
                  if
                    local.get $acc2_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc2_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc2_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc2_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc2_1
                  end
                  local.get $relu
                  if
                    local.get $acc2_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc2_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc2_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc2_0
                  v128.store
                  local.get $scratch
                  local.get $acc2_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 4
              i32.mul
              i32.const 3
              i32.add
              local.tee $row
              local.get $M
              i32.lt_s
              if
                local.get $bias
                i32.const 0
                i32.ge_s
                if
                  local.get $acc3_0
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc3_0
                  local.get $acc3_1
                  local.get $bias
                  local.get $row
                  i32.const 4
                  i32.mul
                  i32.add
                  v128.load32_splat
                  f32x4.add
                  local.set $acc3_1
                end
                local.get $row
                local.get $N
                i32.mul
                local.get $p
                i32.const 8
                i32.mul
                i32.add
                i32.const 4
                i32.mul
                local.set $offset
                local.get $cols
                i32.const 8
                i32.eq
                if
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc3_0
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load
                    f32x4.add
                    local.set $acc3_0
                  end
                  local.get $relu
                  if
                    local.get $acc3_0
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc3_0
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc3_0
                  v128.store
                  local.get $residual
                  i32.const 0
                  i32.ge_s
                  if
                    local.get $acc3_1
                    local.get $residual
                    local.get $offset
                    i32.add
                    v128.load offset=16
                    f32x4.add
                    local.set $acc3_1
                  end
                  local.get $relu
                  if
                    local.get $acc3_1
                    v128.const f32x4 0 0 0 0
                    f32x4.max
                    local.set $acc3_1
                  end
                  local.get $c
                  local.get $offset
                  i32.add
                  local.get $acc3_1
                  v128.store offset=16
                else
                  local.get $scratch
                  local.get $acc3_0
                  v128.store
                  local.get $scratch
                  local.get $acc3_1
                  v128.store offset=16
                  i32.const 0
                  local.set $j
                  block
                    local.get $j
                    local.get $cols
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $scratch
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      f32.load
                      local.set $x
                      local.get $residual
                      i32.const 0
                      i32.ge_s
                      if
                        local.get $x
                        local.get $residual
                        local.get $offset
                        i32.add
                        local.get $j
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.add
                        local.set $x
                      end
                      local.get $relu
                      if
                        local.get $x
                        f32.const 0
                        f32.max
                        local.set $x
                      end
                      local.get $c
                      local.get $offset
                      i32.add
                      local.get $j
                      i32.const 4
                      i32.mul
                      i32.add
                      local.get $x
                      f32.store
                      local.get $j
                      i32.const 1
                      i32.add
                      local.tee $j
                      local.get $cols
                      i32.lt_s
                      br_if 0
                    end
                  end
                end
              end
              local.get $t
              i32.const 1
              i32.add
              local.tee $t
              local.get $tileEnd
              i32.lt_s
              br_if 0
            end
          end
          local.get $p
          i32.const 1
          i32.add
          local.tee $p
          local.get $panelEnd
          i32.lt_s
          br_if 0
        end
      end
    end
  )
  (func $im2col (param $C i32) (param $H i32) (param $W i32) (param $kh i32) (param $kw i32) (param $stride i32) (param $padding i32) (param $OW i32) (param $N i32) (param $input i32) (param $packed i32) (param $panelStart i32) (param $panelEnd i32)
    (local $p i32)
    (local $n i32)
    (local $c i32)
    (local $ky i32)
    (local $kx i32)
    (local $y i32)
    (local $x i32)
    (local $out i32)
    (local $plane i32)
    (local $run i32)
    (local $originY0 i32)
    (local $originY1 i32)
    (local $originY2 i32)
    (local $originY3 i32)
    (local $originY4 i32)
    (local $originY5 i32)
    (local $originY6 i32)
    (local $originY7 i32)
    (local $originX0 i32)
    (local $originX1 i32)
    (local $originX2 i32)
    (local $originX3 i32)
    (local $originX4 i32)
    (local $originX5 i32)
    (local $originX6 i32)
    (local $originX7 i32)
    (local $inside0 i32)
    (local $inside1 i32)
    (local $inside2 i32)
    (local $inside3 i32)
    (local $inside4 i32)
    (local $inside5 i32)
    (local $inside6 i32)
    (local $inside7 i32)
    local.get $panelStart
    local.set $p
    block
      local.get $p
      local.get $panelEnd
      i32.ge_s
      br_if 0
      loop
        local.get $p
        i32.const 8
        i32.mul
        i32.const 0
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY0
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX0
        else
          i32.const -16777216
          local.set $originY0
          i32.const 0
          local.set $originX0
        end
        local.get $originY0
        i32.const 0
        i32.ge_s
        local.get $originX0
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY0
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX0
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside0
        local.get $p
        i32.const 8
        i32.mul
        i32.const 1
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY1
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX1
        else
          i32.const -16777216
          local.set $originY1
          i32.const 0
          local.set $originX1
        end
        local.get $originY1
        i32.const 0
        i32.ge_s
        local.get $originX1
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY1
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX1
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside1
        local.get $p
        i32.const 8
        i32.mul
        i32.const 2
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY2
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX2
        else
          i32.const -16777216
          local.set $originY2
          i32.const 0
          local.set $originX2
        end
        local.get $originY2
        i32.const 0
        i32.ge_s
        local.get $originX2
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY2
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX2
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside2
        local.get $p
        i32.const 8
        i32.mul
        i32.const 3
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY3
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX3
        else
          i32.const -16777216
          local.set $originY3
          i32.const 0
          local.set $originX3
        end
        local.get $originY3
        i32.const 0
        i32.ge_s
        local.get $originX3
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY3
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX3
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside3
        local.get $p
        i32.const 8
        i32.mul
        i32.const 4
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY4
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX4
        else
          i32.const -16777216
          local.set $originY4
          i32.const 0
          local.set $originX4
        end
        local.get $originY4
        i32.const 0
        i32.ge_s
        local.get $originX4
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY4
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX4
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside4
        local.get $p
        i32.const 8
        i32.mul
        i32.const 5
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY5
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX5
        else
          i32.const -16777216
          local.set $originY5
          i32.const 0
          local.set $originX5
        end
        local.get $originY5
        i32.const 0
        i32.ge_s
        local.get $originX5
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY5
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX5
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside5
        local.get $p
        i32.const 8
        i32.mul
        i32.const 6
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY6
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX6
        else
          i32.const -16777216
          local.set $originY6
          i32.const 0
          local.set $originX6
        end
        local.get $originY6
        i32.const 0
        i32.ge_s
        local.get $originX6
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY6
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX6
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside6
        local.get $p
        i32.const 8
        i32.mul
        i32.const 7
        i32.add
        local.tee $n
        local.get $N
        i32.lt_s
        if
          local.get $n
          local.get $OW
          i32.div_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originY7
          local.get $n
          local.get $OW
          i32.rem_s
          local.get $stride
          i32.mul
          local.get $padding
          i32.sub
          local.set $originX7
        else
          i32.const -16777216
          local.set $originY7
          i32.const 0
          local.set $originX7
        end
        local.get $originY7
        i32.const 0
        i32.ge_s
        local.get $originX7
        i32.const 0
        i32.ge_s
        i32.and
        local.get $originY7
        local.get $kh
        i32.add
        local.get $H
        i32.le_s
        i32.and
        local.get $originX7
        local.get $kw
        i32.add
        local.get $W
        i32.le_s
        i32.and
        local.set $inside7
        local.get $packed
        local.get $p
        local.get $C
        i32.mul
        local.get $kh
        i32.mul
        local.get $kw
        i32.mul
        i32.const 32
        i32.mul
        i32.add
        local.set $out
        local.get $stride
        i32.const 2
        i32.le_s
        local.get $inside0
        i32.and
        local.get $inside1
        i32.and
        local.get $inside2
        i32.and
        local.get $inside3
        i32.and
        local.get $inside4
        i32.and
        local.get $inside5
        i32.and
        local.get $inside6
        i32.and
        local.get $inside7
        i32.and
        local.get $originY0
        local.get $originY7
        i32.eq
        i32.and
        local.set $run
        local.get $run
        if
          i32.const 0
          local.set $c
          block
            local.get $c
            local.get $C
            i32.ge_s
            br_if 0
            loop
              local.get $input
              local.get $c
              local.get $H
              i32.mul
              local.get $W
              i32.mul
              local.get $originY0
              local.get $W
              i32.mul
              i32.add
              local.get $originX0
              i32.add
              i32.const 4
              i32.mul
              i32.add
              local.set $plane
              i32.const 0
              local.set $ky
              block
                local.get $ky
                local.get $kh
                i32.ge_s
                br_if 0
                loop
                  local.get $plane
                  local.get $ky
                  local.get $W
                  i32.mul
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $x
                  i32.const 0
                  local.set $kx
                  block
                    local.get $kx
                    local.get $kw
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $stride
                      i32.const 1
                      i32.eq
                      if
                        local.get $out
                        local.get $x
                        v128.load
                        v128.store
                        local.get $out
                        local.get $x
                        v128.load offset=16
                        v128.store offset=16
                      else
                        local.get $out
                        local.get $x
                        v128.load
                        local.get $x
                        v128.load offset=16
                        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                        v128.store
                        local.get $out
                        local.get $x
                        v128.load offset=32
                        local.get $x
                        v128.load offset=48
                        i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                        v128.store offset=16
                      end
                      local.get $x
                      i32.const 4
                      i32.add
                      local.set $x
                      local.get $out
                      i32.const 32
                      i32.add
                      local.set $out
                      local.get $kx
                      i32.const 1
                      i32.add
                      local.tee $kx
                      local.get $kw
                      i32.lt_s
                      br_if 0
                    end
                  end
                  local.get $ky
                  i32.const 1
                  i32.add
                  local.tee $ky
                  local.get $kh
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $c
              i32.const 1
              i32.add
              local.tee $c
              local.get $C
              i32.lt_s
              br_if 0
            end
          end
        else
          i32.const 0
          local.set $c
          block
            local.get $c
            local.get $C
            i32.ge_s
            br_if 0
            loop
              local.get $input
              local.get $c
              local.get $H
              i32.mul
              local.get $W
              i32.mul
              i32.const 4
              i32.mul
              i32.add
              local.set $plane
              i32.const 0
              local.set $ky
              block
                local.get $ky
                local.get $kh
                i32.ge_s
                br_if 0
                loop
                  i32.const 0
                  local.set $kx
                  block
                    local.get $kx
                    local.get $kw
                    i32.ge_s
                    br_if 0
                    loop
                      local.get $inside0
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY0
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX0
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store
                      else
                        local.get $originY0
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX0
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store
                        else
                          local.get $out
                          f32.const 0
                          f32.store
                        end
                      end
                      local.get $inside1
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY1
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX1
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=4
                      else
                        local.get $originY1
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX1
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=4
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=4
                        end
                      end
                      local.get $inside2
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY2
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX2
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=8
                      else
                        local.get $originY2
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX2
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=8
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=8
                        end
                      end
                      local.get $inside3
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY3
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX3
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=12
                      else
                        local.get $originY3
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX3
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=12
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=12
                        end
                      end
                      local.get $inside4
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY4
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX4
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=16
                      else
                        local.get $originY4
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX4
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=16
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=16
                        end
                      end
                      local.get $inside5
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY5
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX5
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=20
                      else
                        local.get $originY5
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX5
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=20
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=20
                        end
                      end
                      local.get $inside6
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY6
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX6
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=24
                      else
                        local.get $originY6
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX6
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=24
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=24
                        end
                      end
                      local.get $inside7
                      if
                        local.get $out
                        local.get $plane
                        local.get $originY7
                        local.get $ky
                        i32.add
                        local.get $W
                        i32.mul
                        local.get $originX7
                        i32.add
                        local.get $kx
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        f32.load
                        f32.store offset=28
                      else
                        local.get $originY7
                        local.get $ky
                        i32.add
                        local.set $y
                        local.get $originX7
                        local.get $kx
                        i32.add
                        local.set $x
                        local.get $y
                        local.get $H
                        i32.lt_u
                        local.get $x
                        local.get $W
                        i32.lt_u
                        i32.and
                        if
                          local.get $out
                          local.get $plane
                          local.get $y
                          local.get $W
                          i32.mul
                          local.get $x
                          i32.add
                          i32.const 4
                          i32.mul
                          i32.add
                          f32.load
                          f32.store offset=28
                        else
                          local.get $out
                          f32.const 0
                          f32.store offset=28
                        end
                      end
                      local.get $out
                      i32.const 32
                      i32.add
                      local.set $out
                      local.get $kx
                      i32.const 1
                      i32.add
                      local.tee $kx
                      local.get $kw
                      i32.lt_s
                      br_if 0
                    end
                  end
                  local.get $ky
                  i32.const 1
                  i32.add
                  local.tee $ky
                  local.get $kh
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $c
              i32.const 1
              i32.add
              local.tee $c
              local.get $C
              i32.lt_s
              br_if 0
            end
          end
        end
        local.get $p
        i32.const 1
        i32.add
        local.tee $p
        local.get $panelEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $winogradFilters2 (param $M i32) (param $C i32) (param $filters i32) (param $scale i32) (param $u i32)
    (local $rowScale v128)
    (local $tilesM i32)
    (local $row i32)
    (local $c i32)
    (local $e i32)
    (local $at i32)
    (local $elementBytes i32)
    (local $source0 i32)
    (local $source1 i32)
    (local $source2 i32)
    (local $source3 i32)
    (local $g0 v128)
    (local $g1 v128)
    (local $g2 v128)
    (local $g3 v128)
    (local $g4 v128)
    (local $g5 v128)
    (local $g6 v128)
    (local $g7 v128)
    (local $g8 v128)
    (local $s0 v128)
    (local $s1 v128)
    (local $s2 v128)
    (local $s3 v128)
    (local $s4 v128)
    (local $s5 v128)
    (local $s6 v128)
    (local $s7 v128)
    (local $s8 v128)
    (local $s9 v128)
    (local $s10 v128)
    (local $s11 v128)
    (local $u0 v128)
    (local $u1 v128)
    (local $u2 v128)
    (local $u3 v128)
    (local $u4 v128)
    (local $u5 v128)
    (local $u6 v128)
    (local $u7 v128)
    (local $u8 v128)
    (local $u9 v128)
    (local $u10 v128)
    (local $u11 v128)
    (local $u12 v128)
    (local $u13 v128)
    (local $u14 v128)
    (local $u15 v128)
    local.get $M
    i32.const 3
    i32.add
    i32.const 4
    i32.div_s
    local.set $tilesM
    local.get $tilesM
    local.get $C
    i32.mul
    i32.const 16
    i32.mul
    local.set $elementBytes
    i32.const 0
    local.set $row
    block
      local.get $row
      local.get $tilesM
      i32.const 4
      i32.mul
      i32.ge_s
      br_if 0
      loop
        local.get $row
        local.get $M
        i32.lt_s
        if
          local.get $scale
          i32.const 0
          i32.ge_s
          if
            local.get $scale
            local.get $row
            i32.const 4
            i32.mul
            i32.add
            v128.load32_splat
            local.set $rowScale
          else
            v128.const f32x4 1 1 1 1
            local.set $rowScale
          end
          i32.const 0
          local.set $c
          block
            local.get $c
            local.get $C
            i32.ge_s
            br_if 0
            loop
              local.get $filters
              local.get $row
              local.get $C
              i32.mul
              local.get $c
              i32.add
              i32.const 36
              i32.mul
              i32.add
              local.set $source0
              local.get $source0
              i32.const 36
              i32.add
              local.get $source0
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              select
              local.set $source1
              local.get $source0
              i32.const 72
              i32.add
              local.get $source0
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              select
              local.set $source2
              local.get $source0
              i32.const 108
              i32.add
              local.get $source0
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              select
              local.set $source3
              local.get $source0
              f32.load
              f32x4.splat
              local.get $source1
              f32.load
              f32x4.replace_lane 1
              local.get $source2
              f32.load
              f32x4.replace_lane 2
              local.get $source3
              f32.load
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g0
              local.get $source0
              f32.load offset=4
              f32x4.splat
              local.get $source1
              f32.load offset=4
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=4
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=4
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g1
              local.get $source0
              f32.load offset=8
              f32x4.splat
              local.get $source1
              f32.load offset=8
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=8
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=8
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g2
              local.get $source0
              f32.load offset=12
              f32x4.splat
              local.get $source1
              f32.load offset=12
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=12
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=12
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g3
              local.get $source0
              f32.load offset=16
              f32x4.splat
              local.get $source1
              f32.load offset=16
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=16
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=16
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g4
              local.get $source0
              f32.load offset=20
              f32x4.splat
              local.get $source1
              f32.load offset=20
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=20
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=20
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g5
              local.get $source0
              f32.load offset=24
              f32x4.splat
              local.get $source1
              f32.load offset=24
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=24
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=24
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g6
              local.get $source0
              f32.load offset=28
              f32x4.splat
              local.get $source1
              f32.load offset=28
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=28
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=28
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g7
              local.get $source0
              f32.load offset=32
              f32x4.splat
              local.get $source1
              f32.load offset=32
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=32
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=32
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g8
              local.get $g0
              local.set $s0
              local.get $g1
              local.set $s1
              local.get $g2
              local.set $s2
              local.get $g0
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $g3
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $g6
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $s3
              local.get $g1
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $g4
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $g7
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $s4
              local.get $g2
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $g5
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $g8
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $s5
              local.get $g0
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $g3
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $g6
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $s6
              local.get $g1
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $g4
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $g7
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $s7
              local.get $g2
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $g5
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $g8
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $s8
              local.get $g6
              local.set $s9
              local.get $g7
              local.set $s10
              local.get $g8
              local.set $s11
              local.get $s0
              local.set $u0
              local.get $s0
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s1
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $s2
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u1
              local.get $s0
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s1
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $s2
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u2
              local.get $s2
              local.set $u3
              local.get $s3
              local.set $u4
              local.get $s3
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s4
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $s5
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u5
              local.get $s3
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s4
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $s5
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u6
              local.get $s5
              local.set $u7
              local.get $s6
              local.set $u8
              local.get $s6
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s7
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $s8
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u9
              local.get $s6
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s7
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $s8
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u10
              local.get $s8
              local.set $u11
              local.get $s9
              local.set $u12
              local.get $s9
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s10
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.get $s11
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u13
              local.get $s9
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              local.get $s10
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.sub
              local.get $s11
              v128.const f32x4 0.5 0.5 0.5 0.5
              f32x4.mul
              f32x4.add
              local.set $u14
              local.get $s11
              local.set $u15
              local.get $u
              local.get $row
              i32.const 4
              i32.div_s
              local.get $C
              i32.mul
              local.get $c
              i32.add
              i32.const 4
              i32.mul
              local.get $row
              i32.const 4
              i32.rem_s
              i32.add
              i32.const 4
              i32.mul
              i32.add
              local.set $at
              local.get $at
              local.get $u0
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u0
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u0
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u0
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u1
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u1
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u1
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u1
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u2
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u2
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u2
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u2
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u3
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u3
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u3
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u3
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u4
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u4
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u4
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u4
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u5
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u5
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u5
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u5
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u6
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u6
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u6
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u6
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u7
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u7
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u7
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u7
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u8
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u8
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u8
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u8
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u9
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u9
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u9
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u9
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u10
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u10
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u10
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u10
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u11
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u11
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u11
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u11
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u12
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u12
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u12
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u12
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u13
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u13
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u13
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u13
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u14
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u14
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u14
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u14
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u15
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u15
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u15
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u15
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $c
              i32.const 4
              i32.add
              local.tee $c
              local.get $C
              i32.lt_s
              br_if 0
            end
          end
        else
          i32.const 0
          local.set $c
          block
            local.get $c
            local.get $C
            i32.ge_s
            br_if 0
            loop
              local.get $u
              local.get $row
              i32.const 4
              i32.div_s
              local.get $C
              i32.mul
              local.get $c
              i32.add
              i32.const 4
              i32.mul
              local.get $row
              i32.const 4
              i32.rem_s
              i32.add
              i32.const 4
              i32.mul
              i32.add
              local.set $at
              i32.const 0
              local.set $e
              block
                local.get $e
                i32.const 16
                i32.ge_s
                br_if 0
                loop
                  local.get $at
                  f32.const 0
                  f32.store
                  local.get $at
                  local.get $elementBytes
                  i32.add
                  local.set $at
                  local.get $e
                  i32.const 1
                  i32.add
                  local.tee $e
                  i32.const 16
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $c
              i32.const 1
              i32.add
              local.tee $c
              local.get $C
              i32.lt_s
              br_if 0
            end
          end
        end
        local.get $row
        i32.const 1
        i32.add
        local.tee $row
        local.get $tilesM
        i32.const 4
        i32.mul
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $winogradFilters4 (param $M i32) (param $C i32) (param $filters i32) (param $scale i32) (param $u i32)
    (local $rowScale v128)
    (local $tilesM i32)
    (local $row i32)
    (local $c i32)
    (local $e i32)
    (local $at i32)
    (local $elementBytes i32)
    (local $source0 i32)
    (local $source1 i32)
    (local $source2 i32)
    (local $source3 i32)
    (local $g0 v128)
    (local $g1 v128)
    (local $g2 v128)
    (local $g3 v128)
    (local $g4 v128)
    (local $g5 v128)
    (local $g6 v128)
    (local $g7 v128)
    (local $g8 v128)
    (local $s0 v128)
    (local $s1 v128)
    (local $s2 v128)
    (local $s3 v128)
    (local $s4 v128)
    (local $s5 v128)
    (local $s6 v128)
    (local $s7 v128)
    (local $s8 v128)
    (local $s9 v128)
    (local $s10 v128)
    (local $s11 v128)
    (local $s12 v128)
    (local $s13 v128)
    (local $s14 v128)
    (local $s15 v128)
    (local $s16 v128)
    (local $s17 v128)
    (local $u0 v128)
    (local $u1 v128)
    (local $u2 v128)
    (local $u3 v128)
    (local $u4 v128)
    (local $u5 v128)
    (local $u6 v128)
    (local $u7 v128)
    (local $u8 v128)
    (local $u9 v128)
    (local $u10 v128)
    (local $u11 v128)
    (local $u12 v128)
    (local $u13 v128)
    (local $u14 v128)
    (local $u15 v128)
    (local $u16 v128)
    (local $u17 v128)
    (local $u18 v128)
    (local $u19 v128)
    (local $u20 v128)
    (local $u21 v128)
    (local $u22 v128)
    (local $u23 v128)
    (local $u24 v128)
    (local $u25 v128)
    (local $u26 v128)
    (local $u27 v128)
    (local $u28 v128)
    (local $u29 v128)
    (local $u30 v128)
    (local $u31 v128)
    (local $u32 v128)
    (local $u33 v128)
    (local $u34 v128)
    (local $u35 v128)
    local.get $M
    i32.const 3
    i32.add
    i32.const 4
    i32.div_s
    local.set $tilesM
    local.get $tilesM
    local.get $C
    i32.mul
    i32.const 16
    i32.mul
    local.set $elementBytes
    i32.const 0
    local.set $row
    block
      local.get $row
      local.get $tilesM
      i32.const 4
      i32.mul
      i32.ge_s
      br_if 0
      loop
        local.get $row
        local.get $M
        i32.lt_s
        if
          local.get $scale
          i32.const 0
          i32.ge_s
          if
            local.get $scale
            local.get $row
            i32.const 4
            i32.mul
            i32.add
            v128.load32_splat
            local.set $rowScale
          else
            v128.const f32x4 1 1 1 1
            local.set $rowScale
          end
          i32.const 0
          local.set $c
          block
            local.get $c
            local.get $C
            i32.ge_s
            br_if 0
            loop
              local.get $filters
              local.get $row
              local.get $C
              i32.mul
              local.get $c
              i32.add
              i32.const 36
              i32.mul
              i32.add
              local.set $source0
              local.get $source0
              i32.const 36
              i32.add
              local.get $source0
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              select
              local.set $source1
              local.get $source0
              i32.const 72
              i32.add
              local.get $source0
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              select
              local.set $source2
              local.get $source0
              i32.const 108
              i32.add
              local.get $source0
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              select
              local.set $source3
              local.get $source0
              f32.load
              f32x4.splat
              local.get $source1
              f32.load
              f32x4.replace_lane 1
              local.get $source2
              f32.load
              f32x4.replace_lane 2
              local.get $source3
              f32.load
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g0
              local.get $source0
              f32.load offset=4
              f32x4.splat
              local.get $source1
              f32.load offset=4
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=4
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=4
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g1
              local.get $source0
              f32.load offset=8
              f32x4.splat
              local.get $source1
              f32.load offset=8
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=8
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=8
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g2
              local.get $source0
              f32.load offset=12
              f32x4.splat
              local.get $source1
              f32.load offset=12
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=12
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=12
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g3
              local.get $source0
              f32.load offset=16
              f32x4.splat
              local.get $source1
              f32.load offset=16
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=16
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=16
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g4
              local.get $source0
              f32.load offset=20
              f32x4.splat
              local.get $source1
              f32.load offset=20
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=20
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=20
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g5
              local.get $source0
              f32.load offset=24
              f32x4.splat
              local.get $source1
              f32.load offset=24
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=24
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=24
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g6
              local.get $source0
              f32.load offset=28
              f32x4.splat
              local.get $source1
              f32.load offset=28
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=28
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=28
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g7
              local.get $source0
              f32.load offset=32
              f32x4.splat
              local.get $source1
              f32.load offset=32
              f32x4.replace_lane 1
              local.get $source2
              f32.load offset=32
              f32x4.replace_lane 2
              local.get $source3
              f32.load offset=32
              f32x4.replace_lane 3
              local.get $rowScale
              f32x4.mul
              local.set $g8
              local.get $g0
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $s0
              local.get $g1
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $s1
              local.get $g2
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $s2
              local.get $g0
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $g3
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $g6
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $s3
              local.get $g1
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $g4
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $g7
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $s4
              local.get $g2
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $g5
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $g8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $s5
              local.get $g0
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $g3
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $g6
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $s6
              local.get $g1
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $g4
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $g7
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $s7
              local.get $g2
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $g5
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $g8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $s8
              local.get $g0
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $g3
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $g6
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $s9
              local.get $g1
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $g4
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $g7
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $s10
              local.get $g2
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $g5
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $g8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $s11
              local.get $g0
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $g3
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $g6
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $s12
              local.get $g1
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $g4
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $g7
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $s13
              local.get $g2
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $g5
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $g8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $s14
              local.get $g6
              local.set $s15
              local.get $g7
              local.set $s16
              local.get $g8
              local.set $s17
              local.get $s0
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $u0
              local.get $s0
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s1
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $s2
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u1
              local.get $s0
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s1
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $s2
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u2
              local.get $s0
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s1
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $s2
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u3
              local.get $s0
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s1
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $s2
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u4
              local.get $s2
              local.set $u5
              local.get $s3
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $u6
              local.get $s3
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s4
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $s5
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u7
              local.get $s3
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s4
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $s5
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u8
              local.get $s3
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s4
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $s5
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u9
              local.get $s3
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s4
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $s5
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u10
              local.get $s5
              local.set $u11
              local.get $s6
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $u12
              local.get $s6
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s7
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $s8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u13
              local.get $s6
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s7
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $s8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u14
              local.get $s6
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s7
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $s8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u15
              local.get $s6
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s7
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $s8
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u16
              local.get $s8
              local.set $u17
              local.get $s9
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $u18
              local.get $s9
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s10
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $s11
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u19
              local.get $s9
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s10
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $s11
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u20
              local.get $s9
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s10
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $s11
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u21
              local.get $s9
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s10
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $s11
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u22
              local.get $s11
              local.set $u23
              local.get $s12
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $u24
              local.get $s12
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s13
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $s14
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u25
              local.get $s12
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s13
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $s14
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u26
              local.get $s12
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s13
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $s14
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u27
              local.get $s12
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s13
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $s14
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u28
              local.get $s14
              local.set $u29
              local.get $s15
              v128.const f32x4 0.25 0.25 0.25 0.25
              f32x4.mul
              local.set $u30
              local.get $s15
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s16
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.get $s17
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u31
              local.get $s15
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.neg
              local.get $s16
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.get $s17
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.sub
              local.set $u32
              local.get $s15
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s16
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.add
              local.get $s17
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u33
              local.get $s15
              v128.const f32x4 0.0416666679084301 0.0416666679084301 0.0416666679084301 0.0416666679084301
              f32x4.mul
              local.get $s16
              v128.const f32x4 0.0833333358168602 0.0833333358168602 0.0833333358168602 0.0833333358168602
              f32x4.mul
              f32x4.sub
              local.get $s17
              v128.const f32x4 0.1666666716337204 0.1666666716337204 0.1666666716337204 0.1666666716337204
              f32x4.mul
              f32x4.add
              local.set $u34
              local.get $s17
              local.set $u35
              local.get $u
              local.get $row
              i32.const 4
              i32.div_s
              local.get $C
              i32.mul
              local.get $c
              i32.add
              i32.const 4
              i32.mul
              local.get $row
              i32.const 4
              i32.rem_s
              i32.add
              i32.const 4
              i32.mul
              i32.add
              local.set $at
              local.get $at
              local.get $u0
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u0
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u0
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u0
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u1
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u1
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u1
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u1
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u2
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u2
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u2
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u2
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u3
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u3
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u3
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u3
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u4
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u4
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u4
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u4
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u5
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u5
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u5
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u5
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u6
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u6
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u6
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u6
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u7
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u7
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u7
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u7
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u8
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u8
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u8
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u8
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u9
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u9
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u9
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u9
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u10
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u10
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u10
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u10
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u11
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u11
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u11
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u11
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u12
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u12
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u12
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u12
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u13
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u13
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u13
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u13
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u14
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u14
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u14
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u14
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u15
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u15
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u15
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u15
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u16
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u16
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u16
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u16
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u17
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u17
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u17
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u17
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u18
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u18
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u18
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u18
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u19
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u19
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u19
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u19
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u20
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u20
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u20
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u20
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u21
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u21
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u21
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u21
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u22
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u22
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u22
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u22
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u23
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u23
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u23
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u23
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u24
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u24
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u24
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u24
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u25
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u25
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u25
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u25
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u26
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u26
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u26
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u26
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u27
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u27
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u27
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u27
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u28
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u28
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u28
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u28
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u29
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u29
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u29
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u29
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u30
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u30
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u30
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u30
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u31
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u31
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u31
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u31
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u32
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u32
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u32
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u32
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u33
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u33
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u33
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u33
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u34
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u34
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u34
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u34
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $at
              local.get $elementBytes
              i32.add
              local.set $at
              local.get $at
              local.get $u35
              f32x4.extract_lane 0
              f32.store
              local.get $c
              i32.const 1
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u35
                f32x4.extract_lane 1
                f32.store offset=16
              end
              local.get $c
              i32.const 2
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u35
                f32x4.extract_lane 2
                f32.store offset=32
              end
              local.get $c
              i32.const 3
              i32.add
              local.get $C
              i32.lt_s
              if
                local.get $at
                local.get $u35
                f32x4.extract_lane 3
                f32.store offset=48
              end
              local.get $c
              i32.const 4
              i32.add
              local.tee $c
              local.get $C
              i32.lt_s
              br_if 0
            end
          end
        else
          i32.const 0
          local.set $c
          block
            local.get $c
            local.get $C
            i32.ge_s
            br_if 0
            loop
              local.get $u
              local.get $row
              i32.const 4
              i32.div_s
              local.get $C
              i32.mul
              local.get $c
              i32.add
              i32.const 4
              i32.mul
              local.get $row
              i32.const 4
              i32.rem_s
              i32.add
              i32.const 4
              i32.mul
              i32.add
              local.set $at
              i32.const 0
              local.set $e
              block
                local.get $e
                i32.const 36
                i32.ge_s
                br_if 0
                loop
                  local.get $at
                  f32.const 0
                  f32.store
                  local.get $at
                  local.get $elementBytes
                  i32.add
                  local.set $at
                  local.get $e
                  i32.const 1
                  i32.add
                  local.tee $e
                  i32.const 36
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $c
              i32.const 1
              i32.add
              local.tee $c
              local.get $C
              i32.lt_s
              br_if 0
            end
          end
        end
        local.get $row
        i32.const 1
        i32.add
        local.tee $row
        local.get $tilesM
        i32.const 4
        i32.mul
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $winogradInput2 (param $C i32) (param $H i32) (param $W i32) (param $tilesW i32) (param $tilesPerImage i32) (param $N i32) (param $panels i32) (param $input i32) (param $packed i32) (param $panelStart i32) (param $panelEnd i32) (param $imageStride i32) (param $scratch i32)
    (local $p i32)
    (local $quad i32)
    (local $c i32)
    (local $n i32)
    (local $tile i32)
    (local $ty i32)
    (local $y i32)
    (local $x i32)
    (local $allInside i32)
    (local $planeBytes i32)
    (local $origin0 i32)
    (local $origin1 i32)
    (local $origin2 i32)
    (local $origin3 i32)
    (local $row0 i32)
    (local $row1 i32)
    (local $row2 i32)
    (local $row3 i32)
    (local $at i32)
    (local $y0_0 i32)
    (local $x0_0 i32)
    (local $base0 i32)
    (local $inside0 i32)
    (local $y0_1 i32)
    (local $x0_1 i32)
    (local $base1 i32)
    (local $inside1 i32)
    (local $y0_2 i32)
    (local $x0_2 i32)
    (local $base2 i32)
    (local $inside2 i32)
    (local $y0_3 i32)
    (local $x0_3 i32)
    (local $base3 i32)
    (local $inside3 i32)
    (local $d0 v128)
    (local $d1 v128)
    (local $d2 v128)
    (local $d3 v128)
    (local $d4 v128)
    (local $d5 v128)
    (local $d6 v128)
    (local $d7 v128)
    (local $d8 v128)
    (local $d9 v128)
    (local $d10 v128)
    (local $d11 v128)
    (local $d12 v128)
    (local $d13 v128)
    (local $d14 v128)
    (local $d15 v128)
    (local $t0 v128)
    (local $t1 v128)
    (local $t2 v128)
    (local $t3 v128)
    (local $t4 v128)
    (local $t5 v128)
    (local $t6 v128)
    (local $t7 v128)
    (local $t8 v128)
    (local $t9 v128)
    (local $t10 v128)
    (local $t11 v128)
    (local $t12 v128)
    (local $t13 v128)
    (local $t14 v128)
    (local $t15 v128)
    (local $v0 v128)
    (local $v1 v128)
    (local $v2 v128)
    (local $v3 v128)
    (local $v4 v128)
    (local $v5 v128)
    (local $v6 v128)
    (local $v7 v128)
    (local $v8 v128)
    (local $v9 v128)
    (local $v10 v128)
    (local $v11 v128)
    (local $v12 v128)
    (local $v13 v128)
    (local $v14 v128)
    (local $v15 v128)
    local.get $panelStart
    local.set $p
    block
      local.get $p
      local.get $panelEnd
      i32.ge_s
      br_if 0
      loop
        i32.const 0
        local.set $quad
        block
          local.get $quad
          i32.const 2
          i32.ge_s
          br_if 0
          loop
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 0
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base0
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_0
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_0
            else
              i32.const -16777216
              local.set $y0_0
              i32.const 0
              local.set $x0_0
              local.get $input
              local.set $base0
            end
            local.get $y0_0
            i32.const 0
            i32.ge_s
            local.get $x0_0
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_0
            i32.const 4
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_0
            i32.const 4
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside0
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 1
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base1
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_1
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_1
            else
              i32.const -16777216
              local.set $y0_1
              i32.const 0
              local.set $x0_1
              local.get $input
              local.set $base1
            end
            local.get $y0_1
            i32.const 0
            i32.ge_s
            local.get $x0_1
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_1
            i32.const 4
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_1
            i32.const 4
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside1
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 2
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base2
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_2
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_2
            else
              i32.const -16777216
              local.set $y0_2
              i32.const 0
              local.set $x0_2
              local.get $input
              local.set $base2
            end
            local.get $y0_2
            i32.const 0
            i32.ge_s
            local.get $x0_2
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_2
            i32.const 4
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_2
            i32.const 4
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside2
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 3
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base3
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_3
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 2
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_3
            else
              i32.const -16777216
              local.set $y0_3
              i32.const 0
              local.set $x0_3
              local.get $input
              local.set $base3
            end
            local.get $y0_3
            i32.const 0
            i32.ge_s
            local.get $x0_3
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_3
            i32.const 4
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_3
            i32.const 4
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside3
            local.get $inside0
            local.get $inside1
            i32.and
            local.get $inside2
            i32.and
            local.get $inside3
            i32.and
            local.set $allInside
            local.get $base0
            local.get $y0_0
            local.get $W
            i32.mul
            local.get $x0_0
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin0
            local.get $base1
            local.get $y0_1
            local.get $W
            i32.mul
            local.get $x0_1
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin1
            local.get $base2
            local.get $y0_2
            local.get $W
            i32.mul
            local.get $x0_2
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin2
            local.get $base3
            local.get $y0_3
            local.get $W
            i32.mul
            local.get $x0_3
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin3
            local.get $H
            local.get $W
            i32.mul
            i32.const 4
            i32.mul
            local.set $planeBytes
            i32.const 0
            local.set $c
            block
              local.get $c
              local.get $C
              i32.ge_s
              br_if 0
              loop
                local.get $allInside
                if
                  local.get $origin0
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $origin1
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $origin2
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $origin3
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d0
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d1
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d2
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d3
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d4
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d5
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d6
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d7
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d8
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d9
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d10
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d11
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d12
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d13
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d14
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d15
                else
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=16
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=16
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=32
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=32
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=48
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=48
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=64
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=64
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=80
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=80
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=96
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=96
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=112
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=112
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=128
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=128
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=144
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=144
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=160
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=160
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=176
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=176
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=192
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=192
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=208
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=208
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=224
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=224
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=240
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=240
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=4
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=4
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=20
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=20
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=36
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=36
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=52
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=52
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=68
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=68
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=84
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=84
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=100
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=100
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=116
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=116
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=132
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=132
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=148
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=148
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=164
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=164
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=180
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=180
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=196
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=196
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=212
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=212
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=228
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=228
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=244
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=244
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=8
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=8
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=24
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=24
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=40
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=40
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=56
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=56
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=72
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=72
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=88
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=88
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=104
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=104
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=120
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=120
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=136
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=136
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=152
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=152
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=168
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=168
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=184
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=184
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=200
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=200
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=216
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=216
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=232
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=232
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=248
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=248
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=12
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=12
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=28
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=28
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=44
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=44
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=60
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=60
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=76
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=76
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=92
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=92
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=108
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=108
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=124
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=124
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=140
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=140
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=156
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=156
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=172
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=172
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=188
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=188
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=204
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=204
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=220
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=220
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=236
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=236
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=252
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=252
                  end
                  local.get $scratch
                  v128.load
                  local.set $d0
                  local.get $scratch
                  v128.load offset=16
                  local.set $d1
                  local.get $scratch
                  v128.load offset=32
                  local.set $d2
                  local.get $scratch
                  v128.load offset=48
                  local.set $d3
                  local.get $scratch
                  v128.load offset=64
                  local.set $d4
                  local.get $scratch
                  v128.load offset=80
                  local.set $d5
                  local.get $scratch
                  v128.load offset=96
                  local.set $d6
                  local.get $scratch
                  v128.load offset=112
                  local.set $d7
                  local.get $scratch
                  v128.load offset=128
                  local.set $d8
                  local.get $scratch
                  v128.load offset=144
                  local.set $d9
                  local.get $scratch
                  v128.load offset=160
                  local.set $d10
                  local.get $scratch
                  v128.load offset=176
                  local.set $d11
                  local.get $scratch
                  v128.load offset=192
                  local.set $d12
                  local.get $scratch
                  v128.load offset=208
                  local.set $d13
                  local.get $scratch
                  v128.load offset=224
                  local.set $d14
                  local.get $scratch
                  v128.load offset=240
                  local.set $d15
                end
                local.get $d0
                local.get $d8
                f32x4.sub
                local.set $t0
                local.get $d1
                local.get $d9
                f32x4.sub
                local.set $t1
                local.get $d2
                local.get $d10
                f32x4.sub
                local.set $t2
                local.get $d3
                local.get $d11
                f32x4.sub
                local.set $t3
                local.get $d4
                local.get $d8
                f32x4.add
                local.set $t4
                local.get $d5
                local.get $d9
                f32x4.add
                local.set $t5
                local.get $d6
                local.get $d10
                f32x4.add
                local.set $t6
                local.get $d7
                local.get $d11
                f32x4.add
                local.set $t7
                local.get $d4
                f32x4.neg
                local.get $d8
                f32x4.add
                local.set $t8
                local.get $d5
                f32x4.neg
                local.get $d9
                f32x4.add
                local.set $t9
                local.get $d6
                f32x4.neg
                local.get $d10
                f32x4.add
                local.set $t10
                local.get $d7
                f32x4.neg
                local.get $d11
                f32x4.add
                local.set $t11
                local.get $d4
                local.get $d12
                f32x4.sub
                local.set $t12
                local.get $d5
                local.get $d13
                f32x4.sub
                local.set $t13
                local.get $d6
                local.get $d14
                f32x4.sub
                local.set $t14
                local.get $d7
                local.get $d15
                f32x4.sub
                local.set $t15
                local.get $t0
                local.get $t2
                f32x4.sub
                local.set $v0
                local.get $t1
                local.get $t2
                f32x4.add
                local.set $v1
                local.get $t1
                f32x4.neg
                local.get $t2
                f32x4.add
                local.set $v2
                local.get $t1
                local.get $t3
                f32x4.sub
                local.set $v3
                local.get $t4
                local.get $t6
                f32x4.sub
                local.set $v4
                local.get $t5
                local.get $t6
                f32x4.add
                local.set $v5
                local.get $t5
                f32x4.neg
                local.get $t6
                f32x4.add
                local.set $v6
                local.get $t5
                local.get $t7
                f32x4.sub
                local.set $v7
                local.get $t8
                local.get $t10
                f32x4.sub
                local.set $v8
                local.get $t9
                local.get $t10
                f32x4.add
                local.set $v9
                local.get $t9
                f32x4.neg
                local.get $t10
                f32x4.add
                local.set $v10
                local.get $t9
                local.get $t11
                f32x4.sub
                local.set $v11
                local.get $t12
                local.get $t14
                f32x4.sub
                local.set $v12
                local.get $t13
                local.get $t14
                f32x4.add
                local.set $v13
                local.get $t13
                f32x4.neg
                local.get $t14
                f32x4.add
                local.set $v14
                local.get $t13
                local.get $t15
                f32x4.sub
                local.set $v15
                local.get $packed
                local.get $p
                local.get $C
                i32.mul
                local.get $c
                i32.add
                i32.const 32
                i32.mul
                i32.add
                local.get $quad
                i32.const 16
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v0
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v1
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v2
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v3
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v4
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v5
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v6
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v7
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v8
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v9
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v10
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v11
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v12
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v13
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v14
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v15
                v128.store
                local.get $c
                i32.const 1
                i32.add
                local.tee $c
                local.get $C
                i32.lt_s
                br_if 0
              end
            end
            local.get $quad
            i32.const 1
            i32.add
            local.tee $quad
            i32.const 2
            i32.lt_s
            br_if 0
          end
        end
        local.get $p
        i32.const 1
        i32.add
        local.tee $p
        local.get $panelEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $winogradGemm2 (param $M i32) (param $C i32) (param $N i32) (param $panels i32) (param $tilesW i32) (param $tilesPerImage i32) (param $OH i32) (param $OW i32) (param $u i32) (param $v i32) (param $c i32) (param $tileStart i32) (param $tileEnd i32) (param $bias i32) (param $residual i32) (param $relu i32) (param $imageStride i32) (param $scratch i32)
    (local $outputs i32)
    (local $where i32)
    (local $p i32)
    (local $t i32)
    (local $e i32)
    (local $k i32)
    (local $j i32)
    (local $n i32)
    (local $tile i32)
    (local $ty i32)
    (local $i i32)
    (local $row i32)
    (local $quad i32)
    (local $lane i32)
    (local $tilesM i32)
    (local $aAddress i32)
    (local $bAddress i32)
    (local $plane i32)
    (local $target i32)
    (local $source i32)
    (local $added i32)
    (local $rowsLeft i32)
    (local $colsLeft i32)
    (local $floor f32)
    (local $value f32)
    (local $biasVector v128)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc1_0 v128)
    (local $acc1_1 v128)
    (local $acc2_0 v128)
    (local $acc2_1 v128)
    (local $acc3_0 v128)
    (local $acc3_1 v128)
    (local $b0 v128)
    (local $b1 v128)
    (local $aSplat v128)
    (local $m0 v128)
    (local $m1 v128)
    (local $m2 v128)
    (local $m3 v128)
    (local $m4 v128)
    (local $m5 v128)
    (local $m6 v128)
    (local $m7 v128)
    (local $m8 v128)
    (local $m9 v128)
    (local $m10 v128)
    (local $m11 v128)
    (local $m12 v128)
    (local $m13 v128)
    (local $m14 v128)
    (local $m15 v128)
    (local $s0 v128)
    (local $s1 v128)
    (local $s2 v128)
    (local $s3 v128)
    (local $s4 v128)
    (local $s5 v128)
    (local $s6 v128)
    (local $s7 v128)
    (local $y0 v128)
    (local $y1 v128)
    (local $y2 v128)
    (local $y3 v128)
    local.get $scratch
    i32.const 2048
    i32.add
    local.tee $outputs
    i32.const 64
    i32.add
    local.set $where
    local.get $M
    i32.const 3
    i32.add
    i32.const 4
    i32.div_s
    local.set $tilesM
    local.get $relu
    if
      f32.const 0
      local.set $floor
    else
      f32.const -Infinity
      local.set $floor
    end
    local.get $panels
    i32.const 8
    i32.mul
    local.get $tileEnd
    local.get $tileStart
    i32.sub
    i32.const 4
    i32.mul
    i32.le_s
    if
      local.get $tileStart
      local.set $t
      block
        local.get $t
        local.get $tileEnd
        i32.ge_s
        br_if 0
        loop
          i32.const 0
          local.set $p
          block
            local.get $p
            local.get $panels
            i32.ge_s
            br_if 0
            loop
              i32.const 0
              local.set $j
              block
                local.get $j
                i32.const 8
                i32.ge_s
                br_if 0
                loop
                  local.get $where
                  local.get $j
                  i32.const 12
                  i32.mul
                  i32.add
                  local.set $target
                  local.get $p
                  i32.const 8
                  i32.mul
                  local.get $j
                  i32.add
                  local.tee $n
                  local.get $N
                  i32.lt_s
                  if
                    local.get $n
                    local.get $tilesPerImage
                    i32.rem_s
                    local.tee $tile
                    local.get $tilesW
                    i32.div_s
                    local.set $ty
                    local.get $target
                    local.get $n
                    local.get $tilesPerImage
                    i32.div_s
                    local.get $imageStride
                    i32.mul
                    local.get $ty
                    local.get $OW
                    i32.mul
                    local.get $tile
                    local.get $ty
                    local.get $tilesW
                    i32.mul
                    i32.sub
                    i32.add
                    i32.const 8
                    i32.mul
                    i32.add
                    i32.store
                    local.get $target
                    local.get $OH
                    local.get $ty
                    i32.const 2
                    i32.mul
                    i32.sub
                    i32.store offset=4
                    local.get $target
                    local.get $OW
                    local.get $tile
                    local.get $ty
                    local.get $tilesW
                    i32.mul
                    i32.sub
                    i32.const 2
                    i32.mul
                    i32.sub
                    i32.store offset=8
                  else
                    local.get $target
                    i32.const 0
                    i32.store offset=4
                  end
                  local.get $j
                  i32.const 1
                  i32.add
                  local.tee $j
                  i32.const 8
                  i32.lt_s
                  br_if 0
                end
              end
              i32.const 0
              local.set $e
              block
                local.get $e
                i32.const 16
                i32.ge_s
                br_if 0
                loop
                  local.get $u
                  local.get $e
                  local.get $tilesM
                  i32.mul
                  local.get $t
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 16
                  i32.mul
                  i32.add
                  local.set $aAddress
                  local.get $v
                  local.get $e
                  local.get $panels
                  i32.mul
                  local.get $p
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 32
                  i32.mul
                  i32.add
                  local.set $bAddress
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_1
                  local.get $C
                  local.set $k
                  loop
                    local.get $bAddress
                    v128.load
                    local.set $b0
                    local.get $bAddress
                    v128.load offset=16
                    local.set $b1
                    local.get $aAddress
                    v128.load32_splat
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc0_0
                    f32x4.relaxed_madd
                    local.set $acc0_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc0_1
                    f32x4.relaxed_madd
                    local.set $acc0_1
                    local.get $aAddress
                    v128.load32_splat offset=4
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc1_0
                    f32x4.relaxed_madd
                    local.set $acc1_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc1_1
                    f32x4.relaxed_madd
                    local.set $acc1_1
                    local.get $aAddress
                    v128.load32_splat offset=8
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc2_0
                    f32x4.relaxed_madd
                    local.set $acc2_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc2_1
                    f32x4.relaxed_madd
                    local.set $acc2_1
                    local.get $aAddress
                    v128.load32_splat offset=12
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc3_0
                    f32x4.relaxed_madd
                    local.set $acc3_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc3_1
                    f32x4.relaxed_madd
                    local.set $acc3_1
                    local.get $aAddress
                    i32.const 16
                    i32.add
                    local.set $aAddress
                    local.get $bAddress
                    i32.const 32
                    i32.add
                    local.set $bAddress
                    local.get $k
                    i32.const 1
                    i32.sub
                    local.tee $k
                    br_if 0
                  end
                  local.get $scratch
                  local.get $e
                  i32.const 128
                  i32.mul
                  i32.add
                  local.set $target
                  local.get $target
                  local.get $acc0_0
                  v128.store
                  local.get $target
                  local.get $acc0_1
                  v128.store offset=16
                  local.get $target
                  local.get $acc1_0
                  v128.store offset=32
                  local.get $target
                  local.get $acc1_1
                  v128.store offset=48
                  local.get $target
                  local.get $acc2_0
                  v128.store offset=64
                  local.get $target
                  local.get $acc2_1
                  v128.store offset=80
                  local.get $target
                  local.get $acc3_0
                  v128.store offset=96
                  local.get $target
                  local.get $acc3_1
                  v128.store offset=112
                  local.get $e
                  i32.const 1
                  i32.add
                  local.tee $e
                  i32.const 16
                  i32.lt_s
                  br_if 0
                end
              end
              i32.const 0
              local.set $i
              block
                local.get $i
                i32.const 4
                i32.ge_s
                br_if 0
                loop
                  local.get $t
                  i32.const 4
                  i32.mul
                  local.get $i
                  i32.add
                  local.tee $row
                  local.get $M
                  i32.lt_s
                  if
                    local.get $bias
                    i32.const 0
                    i32.ge_s
                    if
                      local.get $bias
                      local.get $row
                      i32.const 4
                      i32.mul
                      i32.add
                      v128.load32_splat
                      local.set $biasVector
                    else
                      v128.const f32x4 0 0 0 0
                      local.set $biasVector
                    end
                    local.get $row
                    local.get $OH
                    i32.mul
                    local.get $OW
                    i32.mul
                    i32.const 4
                    i32.mul
                    local.set $plane
                    i32.const 0
                    local.set $quad
                    block
                      local.get $quad
                      i32.const 2
                      i32.ge_s
                      br_if 0
                      loop
                        local.get $scratch
                        local.get $i
                        i32.const 8
                        i32.mul
                        local.get $quad
                        i32.const 4
                        i32.mul
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        local.set $source
                        local.get $source
                        v128.load
                        local.set $m0
                        local.get $source
                        v128.load offset=128
                        local.set $m1
                        local.get $source
                        v128.load offset=256
                        local.set $m2
                        local.get $source
                        v128.load offset=384
                        local.set $m3
                        local.get $source
                        v128.load offset=512
                        local.set $m4
                        local.get $source
                        v128.load offset=640
                        local.set $m5
                        local.get $source
                        v128.load offset=768
                        local.set $m6
                        local.get $source
                        v128.load offset=896
                        local.set $m7
                        local.get $source
                        v128.load offset=1024
                        local.set $m8
                        local.get $source
                        v128.load offset=1152
                        local.set $m9
                        local.get $source
                        v128.load offset=1280
                        local.set $m10
                        local.get $source
                        v128.load offset=1408
                        local.set $m11
                        local.get $source
                        v128.load offset=1536
                        local.set $m12
                        local.get $source
                        v128.load offset=1664
                        local.set $m13
                        local.get $source
                        v128.load offset=1792
                        local.set $m14
                        local.get $source
                        v128.load offset=1920
                        local.set $m15
                        local.get $m0
                        local.get $m4
                        f32x4.add
                        local.get $m8
                        f32x4.add
                        local.set $s0
                        local.get $m1
                        local.get $m5
                        f32x4.add
                        local.get $m9
                        f32x4.add
                        local.set $s1
                        local.get $m2
                        local.get $m6
                        f32x4.add
                        local.get $m10
                        f32x4.add
                        local.set $s2
                        local.get $m3
                        local.get $m7
                        f32x4.add
                        local.get $m11
                        f32x4.add
                        local.set $s3
                        local.get $m4
                        local.get $m8
                        f32x4.sub
                        local.get $m12
                        f32x4.sub
                        local.set $s4
                        local.get $m5
                        local.get $m9
                        f32x4.sub
                        local.get $m13
                        f32x4.sub
                        local.set $s5
                        local.get $m6
                        local.get $m10
                        f32x4.sub
                        local.get $m14
                        f32x4.sub
                        local.set $s6
                        local.get $m7
                        local.get $m11
                        f32x4.sub
                        local.get $m15
                        f32x4.sub
                        local.set $s7
                        local.get $s0
                        local.get $s1
                        f32x4.add
                        local.get $s2
                        f32x4.add
                        local.set $y0
                        local.get $s1
                        local.get $s2
                        f32x4.sub
                        local.get $s3
                        f32x4.sub
                        local.set $y1
                        local.get $s4
                        local.get $s5
                        f32x4.add
                        local.get $s6
                        f32x4.add
                        local.set $y2
                        local.get $s5
                        local.get $s6
                        f32x4.sub
                        local.get $s7
                        f32x4.sub
                        local.set $y3
                        local.get $outputs
                        local.get $y0
                        local.get $biasVector
                        f32x4.add
                        v128.store
                        local.get $outputs
                        local.get $y1
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=16
                        local.get $outputs
                        local.get $y2
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=32
                        local.get $outputs
                        local.get $y3
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=48
                        i32.const 0
                        local.set $lane
                        block
                          local.get $lane
                          i32.const 4
                          i32.ge_s
                          br_if 0
                          loop
                            local.get $where
                            local.get $quad
                            i32.const 4
                            i32.mul
                            local.get $lane
                            i32.add
                            i32.const 12
                            i32.mul
                            i32.add
                            local.set $source
                            local.get $source
                            i32.load offset=4
                            local.tee $rowsLeft
                            i32.const 0
                            i32.gt_s
                            if
                              local.get $source
                              i32.load offset=8
                              local.set $colsLeft
                              local.get $source
                              i32.load
                              local.get $plane
                              i32.add
                              local.set $target
                              local.get $outputs
                              local.get $lane
                              i32.const 4
                              i32.mul
                              i32.add
                              local.set $source
                              local.get $residual
                              i32.const 0
                              i32.ge_s
                              if
                                local.get $rowsLeft
                                i32.const 2
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 2
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                end
                              else
                                local.get $rowsLeft
                                i32.const 2
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 2
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                end
                              end
                            end
                            local.get $lane
                            i32.const 1
                            i32.add
                            local.tee $lane
                            i32.const 4
                            i32.lt_s
                            br_if 0
                          end
                        end
                        local.get $quad
                        i32.const 1
                        i32.add
                        local.tee $quad
                        i32.const 2
                        i32.lt_s
                        br_if 0
                      end
                    end
                  end
                  local.get $i
                  i32.const 1
                  i32.add
                  local.tee $i
                  i32.const 4
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $p
              i32.const 1
              i32.add
              local.tee $p
              local.get $panels
              i32.lt_s
              br_if 0
            end
          end
          local.get $t
          i32.const 1
          i32.add
          local.tee $t
          local.get $tileEnd
          i32.lt_s
          br_if 0
        end
      end
    else
      i32.const 0
      local.set $p
      block
        local.get $p
        local.get $panels
        i32.ge_s
        br_if 0
        loop
          i32.const 0
          local.set $j
          block
            local.get $j
            i32.const 8
            i32.ge_s
            br_if 0
            loop
              local.get $where
              local.get $j
              i32.const 12
              i32.mul
              i32.add
              local.set $target
              local.get $p
              i32.const 8
              i32.mul
              local.get $j
              i32.add
              local.tee $n
              local.get $N
              i32.lt_s
              if
                local.get $n
                local.get $tilesPerImage
                i32.rem_s
                local.tee $tile
                local.get $tilesW
                i32.div_s
                local.set $ty
                local.get $target
                local.get $n
                local.get $tilesPerImage
                i32.div_s
                local.get $imageStride
                i32.mul
                local.get $ty
                local.get $OW
                i32.mul
                local.get $tile
                local.get $ty
                local.get $tilesW
                i32.mul
                i32.sub
                i32.add
                i32.const 8
                i32.mul
                i32.add
                i32.store
                local.get $target
                local.get $OH
                local.get $ty
                i32.const 2
                i32.mul
                i32.sub
                i32.store offset=4
                local.get $target
                local.get $OW
                local.get $tile
                local.get $ty
                local.get $tilesW
                i32.mul
                i32.sub
                i32.const 2
                i32.mul
                i32.sub
                i32.store offset=8
              else
                local.get $target
                i32.const 0
                i32.store offset=4
              end
              local.get $j
              i32.const 1
              i32.add
              local.tee $j
              i32.const 8
              i32.lt_s
              br_if 0
            end
          end
          local.get $tileStart
          local.set $t
          block
            local.get $t
            local.get $tileEnd
            i32.ge_s
            br_if 0
            loop
              i32.const 0
              local.set $e
              block
                local.get $e
                i32.const 16
                i32.ge_s
                br_if 0
                loop
                  local.get $u
                  local.get $e
                  local.get $tilesM
                  i32.mul
                  local.get $t
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 16
                  i32.mul
                  i32.add
                  local.set $aAddress
                  local.get $v
                  local.get $e
                  local.get $panels
                  i32.mul
                  local.get $p
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 32
                  i32.mul
                  i32.add
                  local.set $bAddress
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_1
                  local.get $C
                  local.set $k
                  loop
                    local.get $bAddress
                    v128.load
                    local.set $b0
                    local.get $bAddress
                    v128.load offset=16
                    local.set $b1
                    local.get $aAddress
                    v128.load32_splat
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc0_0
                    f32x4.relaxed_madd
                    local.set $acc0_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc0_1
                    f32x4.relaxed_madd
                    local.set $acc0_1
                    local.get $aAddress
                    v128.load32_splat offset=4
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc1_0
                    f32x4.relaxed_madd
                    local.set $acc1_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc1_1
                    f32x4.relaxed_madd
                    local.set $acc1_1
                    local.get $aAddress
                    v128.load32_splat offset=8
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc2_0
                    f32x4.relaxed_madd
                    local.set $acc2_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc2_1
                    f32x4.relaxed_madd
                    local.set $acc2_1
                    local.get $aAddress
                    v128.load32_splat offset=12
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc3_0
                    f32x4.relaxed_madd
                    local.set $acc3_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc3_1
                    f32x4.relaxed_madd
                    local.set $acc3_1
                    local.get $aAddress
                    i32.const 16
                    i32.add
                    local.set $aAddress
                    local.get $bAddress
                    i32.const 32
                    i32.add
                    local.set $bAddress
                    local.get $k
                    i32.const 1
                    i32.sub
                    local.tee $k
                    br_if 0
                  end
                  local.get $scratch
                  local.get $e
                  i32.const 128
                  i32.mul
                  i32.add
                  local.set $target
                  local.get $target
                  local.get $acc0_0
                  v128.store
                  local.get $target
                  local.get $acc0_1
                  v128.store offset=16
                  local.get $target
                  local.get $acc1_0
                  v128.store offset=32
                  local.get $target
                  local.get $acc1_1
                  v128.store offset=48
                  local.get $target
                  local.get $acc2_0
                  v128.store offset=64
                  local.get $target
                  local.get $acc2_1
                  v128.store offset=80
                  local.get $target
                  local.get $acc3_0
                  v128.store offset=96
                  local.get $target
                  local.get $acc3_1
                  v128.store offset=112
                  local.get $e
                  i32.const 1
                  i32.add
                  local.tee $e
                  i32.const 16
                  i32.lt_s
                  br_if 0
                end
              end
              i32.const 0
              local.set $i
              block
                local.get $i
                i32.const 4
                i32.ge_s
                br_if 0
                loop
                  local.get $t
                  i32.const 4
                  i32.mul
                  local.get $i
                  i32.add
                  local.tee $row
                  local.get $M
                  i32.lt_s
                  if
                    local.get $bias
                    i32.const 0
                    i32.ge_s
                    if
                      local.get $bias
                      local.get $row
                      i32.const 4
                      i32.mul
                      i32.add
                      v128.load32_splat
                      local.set $biasVector
                    else
                      v128.const f32x4 0 0 0 0
                      local.set $biasVector
                    end
                    local.get $row
                    local.get $OH
                    i32.mul
                    local.get $OW
                    i32.mul
                    i32.const 4
                    i32.mul
                    local.set $plane
                    i32.const 0
                    local.set $quad
                    block
                      local.get $quad
                      i32.const 2
                      i32.ge_s
                      br_if 0
                      loop
                        local.get $scratch
                        local.get $i
                        i32.const 8
                        i32.mul
                        local.get $quad
                        i32.const 4
                        i32.mul
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        local.set $source
                        local.get $source
                        v128.load
                        local.set $m0
                        local.get $source
                        v128.load offset=128
                        local.set $m1
                        local.get $source
                        v128.load offset=256
                        local.set $m2
                        local.get $source
                        v128.load offset=384
                        local.set $m3
                        local.get $source
                        v128.load offset=512
                        local.set $m4
                        local.get $source
                        v128.load offset=640
                        local.set $m5
                        local.get $source
                        v128.load offset=768
                        local.set $m6
                        local.get $source
                        v128.load offset=896
                        local.set $m7
                        local.get $source
                        v128.load offset=1024
                        local.set $m8
                        local.get $source
                        v128.load offset=1152
                        local.set $m9
                        local.get $source
                        v128.load offset=1280
                        local.set $m10
                        local.get $source
                        v128.load offset=1408
                        local.set $m11
                        local.get $source
                        v128.load offset=1536
                        local.set $m12
                        local.get $source
                        v128.load offset=1664
                        local.set $m13
                        local.get $source
                        v128.load offset=1792
                        local.set $m14
                        local.get $source
                        v128.load offset=1920
                        local.set $m15
                        local.get $m0
                        local.get $m4
                        f32x4.add
                        local.get $m8
                        f32x4.add
                        local.set $s0
                        local.get $m1
                        local.get $m5
                        f32x4.add
                        local.get $m9
                        f32x4.add
                        local.set $s1
                        local.get $m2
                        local.get $m6
                        f32x4.add
                        local.get $m10
                        f32x4.add
                        local.set $s2
                        local.get $m3
                        local.get $m7
                        f32x4.add
                        local.get $m11
                        f32x4.add
                        local.set $s3
                        local.get $m4
                        local.get $m8
                        f32x4.sub
                        local.get $m12
                        f32x4.sub
                        local.set $s4
                        local.get $m5
                        local.get $m9
                        f32x4.sub
                        local.get $m13
                        f32x4.sub
                        local.set $s5
                        local.get $m6
                        local.get $m10
                        f32x4.sub
                        local.get $m14
                        f32x4.sub
                        local.set $s6
                        local.get $m7
                        local.get $m11
                        f32x4.sub
                        local.get $m15
                        f32x4.sub
                        local.set $s7
                        local.get $s0
                        local.get $s1
                        f32x4.add
                        local.get $s2
                        f32x4.add
                        local.set $y0
                        local.get $s1
                        local.get $s2
                        f32x4.sub
                        local.get $s3
                        f32x4.sub
                        local.set $y1
                        local.get $s4
                        local.get $s5
                        f32x4.add
                        local.get $s6
                        f32x4.add
                        local.set $y2
                        local.get $s5
                        local.get $s6
                        f32x4.sub
                        local.get $s7
                        f32x4.sub
                        local.set $y3
                        local.get $outputs
                        local.get $y0
                        local.get $biasVector
                        f32x4.add
                        v128.store
                        local.get $outputs
                        local.get $y1
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=16
                        local.get $outputs
                        local.get $y2
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=32
                        local.get $outputs
                        local.get $y3
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=48
                        i32.const 0
                        local.set $lane
                        block
                          local.get $lane
                          i32.const 4
                          i32.ge_s
                          br_if 0
                          loop
                            local.get $where
                            local.get $quad
                            i32.const 4
                            i32.mul
                            local.get $lane
                            i32.add
                            i32.const 12
                            i32.mul
                            i32.add
                            local.set $source
                            local.get $source
                            i32.load offset=4
                            local.tee $rowsLeft
                            i32.const 0
                            i32.gt_s
                            if
                              local.get $source
                              i32.load offset=8
                              local.set $colsLeft
                              local.get $source
                              i32.load
                              local.get $plane
                              i32.add
                              local.set $target
                              local.get $outputs
                              local.get $lane
                              i32.const 4
                              i32.mul
                              i32.add
                              local.set $source
                              local.get $residual
                              i32.const 0
                              i32.ge_s
                              if
                                local.get $rowsLeft
                                i32.const 2
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 2
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                end
                              else
                                local.get $rowsLeft
                                i32.const 2
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 2
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                  end
                                end
                              end
                            end
                            local.get $lane
                            i32.const 1
                            i32.add
                            local.tee $lane
                            i32.const 4
                            i32.lt_s
                            br_if 0
                          end
                        end
                        local.get $quad
                        i32.const 1
                        i32.add
                        local.tee $quad
                        i32.const 2
                        i32.lt_s
                        br_if 0
                      end
                    end
                  end
                  local.get $i
                  i32.const 1
                  i32.add
                  local.tee $i
                  i32.const 4
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $t
              i32.const 1
              i32.add
              local.tee $t
              local.get $tileEnd
              i32.lt_s
              br_if 0
            end
          end
          local.get $p
          i32.const 1
          i32.add
          local.tee $p
          local.get $panels
          i32.lt_s
          br_if 0
        end
      end
    end
  )
  (func $winogradInput4 (param $C i32) (param $H i32) (param $W i32) (param $tilesW i32) (param $tilesPerImage i32) (param $N i32) (param $panels i32) (param $input i32) (param $packed i32) (param $panelStart i32) (param $panelEnd i32) (param $imageStride i32) (param $scratch i32)
    (local $p i32)
    (local $quad i32)
    (local $c i32)
    (local $n i32)
    (local $tile i32)
    (local $ty i32)
    (local $y i32)
    (local $x i32)
    (local $allInside i32)
    (local $planeBytes i32)
    (local $origin0 i32)
    (local $origin1 i32)
    (local $origin2 i32)
    (local $origin3 i32)
    (local $row0 i32)
    (local $row1 i32)
    (local $row2 i32)
    (local $row3 i32)
    (local $at i32)
    (local $y0_0 i32)
    (local $x0_0 i32)
    (local $base0 i32)
    (local $inside0 i32)
    (local $y0_1 i32)
    (local $x0_1 i32)
    (local $base1 i32)
    (local $inside1 i32)
    (local $y0_2 i32)
    (local $x0_2 i32)
    (local $base2 i32)
    (local $inside2 i32)
    (local $y0_3 i32)
    (local $x0_3 i32)
    (local $base3 i32)
    (local $inside3 i32)
    (local $d0 v128)
    (local $d1 v128)
    (local $d2 v128)
    (local $d3 v128)
    (local $d4 v128)
    (local $d5 v128)
    (local $d6 v128)
    (local $d7 v128)
    (local $d8 v128)
    (local $d9 v128)
    (local $d10 v128)
    (local $d11 v128)
    (local $d12 v128)
    (local $d13 v128)
    (local $d14 v128)
    (local $d15 v128)
    (local $d16 v128)
    (local $d17 v128)
    (local $d18 v128)
    (local $d19 v128)
    (local $d20 v128)
    (local $d21 v128)
    (local $d22 v128)
    (local $d23 v128)
    (local $d24 v128)
    (local $d25 v128)
    (local $d26 v128)
    (local $d27 v128)
    (local $d28 v128)
    (local $d29 v128)
    (local $d30 v128)
    (local $d31 v128)
    (local $d32 v128)
    (local $d33 v128)
    (local $d34 v128)
    (local $d35 v128)
    (local $t0 v128)
    (local $t1 v128)
    (local $t2 v128)
    (local $t3 v128)
    (local $t4 v128)
    (local $t5 v128)
    (local $t6 v128)
    (local $t7 v128)
    (local $t8 v128)
    (local $t9 v128)
    (local $t10 v128)
    (local $t11 v128)
    (local $t12 v128)
    (local $t13 v128)
    (local $t14 v128)
    (local $t15 v128)
    (local $t16 v128)
    (local $t17 v128)
    (local $t18 v128)
    (local $t19 v128)
    (local $t20 v128)
    (local $t21 v128)
    (local $t22 v128)
    (local $t23 v128)
    (local $t24 v128)
    (local $t25 v128)
    (local $t26 v128)
    (local $t27 v128)
    (local $t28 v128)
    (local $t29 v128)
    (local $t30 v128)
    (local $t31 v128)
    (local $t32 v128)
    (local $t33 v128)
    (local $t34 v128)
    (local $t35 v128)
    (local $v0 v128)
    (local $v1 v128)
    (local $v2 v128)
    (local $v3 v128)
    (local $v4 v128)
    (local $v5 v128)
    (local $v6 v128)
    (local $v7 v128)
    (local $v8 v128)
    (local $v9 v128)
    (local $v10 v128)
    (local $v11 v128)
    (local $v12 v128)
    (local $v13 v128)
    (local $v14 v128)
    (local $v15 v128)
    (local $v16 v128)
    (local $v17 v128)
    (local $v18 v128)
    (local $v19 v128)
    (local $v20 v128)
    (local $v21 v128)
    (local $v22 v128)
    (local $v23 v128)
    (local $v24 v128)
    (local $v25 v128)
    (local $v26 v128)
    (local $v27 v128)
    (local $v28 v128)
    (local $v29 v128)
    (local $v30 v128)
    (local $v31 v128)
    (local $v32 v128)
    (local $v33 v128)
    (local $v34 v128)
    (local $v35 v128)
    local.get $panelStart
    local.set $p
    block
      local.get $p
      local.get $panelEnd
      i32.ge_s
      br_if 0
      loop
        i32.const 0
        local.set $quad
        block
          local.get $quad
          i32.const 2
          i32.ge_s
          br_if 0
          loop
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 0
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base0
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_0
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_0
            else
              i32.const -16777216
              local.set $y0_0
              i32.const 0
              local.set $x0_0
              local.get $input
              local.set $base0
            end
            local.get $y0_0
            i32.const 0
            i32.ge_s
            local.get $x0_0
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_0
            i32.const 6
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_0
            i32.const 6
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside0
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 1
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base1
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_1
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_1
            else
              i32.const -16777216
              local.set $y0_1
              i32.const 0
              local.set $x0_1
              local.get $input
              local.set $base1
            end
            local.get $y0_1
            i32.const 0
            i32.ge_s
            local.get $x0_1
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_1
            i32.const 6
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_1
            i32.const 6
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside1
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 2
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base2
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_2
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_2
            else
              i32.const -16777216
              local.set $y0_2
              i32.const 0
              local.set $x0_2
              local.get $input
              local.set $base2
            end
            local.get $y0_2
            i32.const 0
            i32.ge_s
            local.get $x0_2
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_2
            i32.const 6
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_2
            i32.const 6
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside2
            local.get $p
            i32.const 8
            i32.mul
            local.get $quad
            i32.const 4
            i32.mul
            i32.add
            i32.const 3
            i32.add
            local.tee $n
            local.get $N
            i32.lt_s
            if
              local.get $n
              local.get $tilesPerImage
              i32.rem_s
              local.set $tile
              local.get $input
              local.get $n
              local.get $tilesPerImage
              i32.div_s
              local.get $imageStride
              i32.mul
              i32.add
              local.set $base3
              local.get $tile
              local.get $tilesW
              i32.div_s
              local.tee $ty
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $y0_3
              local.get $tile
              local.get $ty
              local.get $tilesW
              i32.mul
              i32.sub
              i32.const 4
              i32.mul
              i32.const 1
              i32.sub
              local.set $x0_3
            else
              i32.const -16777216
              local.set $y0_3
              i32.const 0
              local.set $x0_3
              local.get $input
              local.set $base3
            end
            local.get $y0_3
            i32.const 0
            i32.ge_s
            local.get $x0_3
            i32.const 0
            i32.ge_s
            i32.and
            local.get $y0_3
            i32.const 6
            i32.add
            local.get $H
            i32.le_s
            i32.and
            local.get $x0_3
            i32.const 6
            i32.add
            local.get $W
            i32.le_s
            i32.and
            local.set $inside3
            local.get $inside0
            local.get $inside1
            i32.and
            local.get $inside2
            i32.and
            local.get $inside3
            i32.and
            local.set $allInside
            local.get $base0
            local.get $y0_0
            local.get $W
            i32.mul
            local.get $x0_0
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin0
            local.get $base1
            local.get $y0_1
            local.get $W
            i32.mul
            local.get $x0_1
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin1
            local.get $base2
            local.get $y0_2
            local.get $W
            i32.mul
            local.get $x0_2
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin2
            local.get $base3
            local.get $y0_3
            local.get $W
            i32.mul
            local.get $x0_3
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.set $origin3
            local.get $H
            local.get $W
            i32.mul
            i32.const 4
            i32.mul
            local.set $planeBytes
            i32.const 0
            local.set $c
            block
              local.get $c
              local.get $C
              i32.ge_s
              br_if 0
              loop
                local.get $allInside
                if
                  local.get $origin0
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $origin1
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $origin2
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $origin3
                  local.get $c
                  local.get $planeBytes
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d0
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d1
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d2
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d3
                  local.get $row0
                  f32.load offset=16
                  f32x4.splat
                  local.get $row1
                  f32.load offset=16
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=16
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=16
                  f32x4.replace_lane 3
                  local.set $d4
                  local.get $row0
                  f32.load offset=20
                  f32x4.splat
                  local.get $row1
                  f32.load offset=20
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=20
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=20
                  f32x4.replace_lane 3
                  local.set $d5
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d6
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d7
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d8
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d9
                  local.get $row0
                  f32.load offset=16
                  f32x4.splat
                  local.get $row1
                  f32.load offset=16
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=16
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=16
                  f32x4.replace_lane 3
                  local.set $d10
                  local.get $row0
                  f32.load offset=20
                  f32x4.splat
                  local.get $row1
                  f32.load offset=20
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=20
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=20
                  f32x4.replace_lane 3
                  local.set $d11
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d12
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d13
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d14
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d15
                  local.get $row0
                  f32.load offset=16
                  f32x4.splat
                  local.get $row1
                  f32.load offset=16
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=16
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=16
                  f32x4.replace_lane 3
                  local.set $d16
                  local.get $row0
                  f32.load offset=20
                  f32x4.splat
                  local.get $row1
                  f32.load offset=20
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=20
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=20
                  f32x4.replace_lane 3
                  local.set $d17
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d18
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d19
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d20
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d21
                  local.get $row0
                  f32.load offset=16
                  f32x4.splat
                  local.get $row1
                  f32.load offset=16
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=16
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=16
                  f32x4.replace_lane 3
                  local.set $d22
                  local.get $row0
                  f32.load offset=20
                  f32x4.splat
                  local.get $row1
                  f32.load offset=20
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=20
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=20
                  f32x4.replace_lane 3
                  local.set $d23
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d24
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d25
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d26
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d27
                  local.get $row0
                  f32.load offset=16
                  f32x4.splat
                  local.get $row1
                  f32.load offset=16
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=16
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=16
                  f32x4.replace_lane 3
                  local.set $d28
                  local.get $row0
                  f32.load offset=20
                  f32x4.splat
                  local.get $row1
                  f32.load offset=20
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=20
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=20
                  f32x4.replace_lane 3
                  local.set $d29
                  local.get $row0
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row0
                  local.get $row1
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row1
                  local.get $row2
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row2
                  local.get $row3
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $row3
                  local.get $row0
                  f32.load
                  f32x4.splat
                  local.get $row1
                  f32.load
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load
                  f32x4.replace_lane 3
                  local.set $d30
                  local.get $row0
                  f32.load offset=4
                  f32x4.splat
                  local.get $row1
                  f32.load offset=4
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=4
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=4
                  f32x4.replace_lane 3
                  local.set $d31
                  local.get $row0
                  f32.load offset=8
                  f32x4.splat
                  local.get $row1
                  f32.load offset=8
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=8
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=8
                  f32x4.replace_lane 3
                  local.set $d32
                  local.get $row0
                  f32.load offset=12
                  f32x4.splat
                  local.get $row1
                  f32.load offset=12
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=12
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=12
                  f32x4.replace_lane 3
                  local.set $d33
                  local.get $row0
                  f32.load offset=16
                  f32x4.splat
                  local.get $row1
                  f32.load offset=16
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=16
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=16
                  f32x4.replace_lane 3
                  local.set $d34
                  local.get $row0
                  f32.load offset=20
                  f32x4.splat
                  local.get $row1
                  f32.load offset=20
                  f32x4.replace_lane 1
                  local.get $row2
                  f32.load offset=20
                  f32x4.replace_lane 2
                  local.get $row3
                  f32.load offset=20
                  f32x4.replace_lane 3
                  local.set $d35
                else
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=16
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=16
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=32
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=32
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=48
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=48
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=64
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=64
                  end
                  local.get $y0_0
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=80
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=80
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=96
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=96
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=112
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=112
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=128
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=128
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=144
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=144
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=160
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=160
                  end
                  local.get $y0_0
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=176
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=176
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=192
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=192
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=208
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=208
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=224
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=224
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=240
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=240
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=256
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=256
                  end
                  local.get $y0_0
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=272
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=272
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=288
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=288
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=304
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=304
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=320
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=320
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=336
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=336
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=352
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=352
                  end
                  local.get $y0_0
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=368
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=368
                  end
                  local.get $y0_0
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=384
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=384
                  end
                  local.get $y0_0
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=400
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=400
                  end
                  local.get $y0_0
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=416
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=416
                  end
                  local.get $y0_0
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=432
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=432
                  end
                  local.get $y0_0
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=448
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=448
                  end
                  local.get $y0_0
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=464
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=464
                  end
                  local.get $y0_0
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=480
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=480
                  end
                  local.get $y0_0
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=496
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=496
                  end
                  local.get $y0_0
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=512
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=512
                  end
                  local.get $y0_0
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=528
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=528
                  end
                  local.get $y0_0
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=544
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=544
                  end
                  local.get $y0_0
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_0
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base0
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=560
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=560
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=4
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=4
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=20
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=20
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=36
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=36
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=52
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=52
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=68
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=68
                  end
                  local.get $y0_1
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=84
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=84
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=100
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=100
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=116
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=116
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=132
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=132
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=148
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=148
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=164
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=164
                  end
                  local.get $y0_1
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=180
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=180
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=196
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=196
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=212
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=212
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=228
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=228
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=244
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=244
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=260
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=260
                  end
                  local.get $y0_1
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=276
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=276
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=292
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=292
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=308
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=308
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=324
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=324
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=340
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=340
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=356
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=356
                  end
                  local.get $y0_1
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=372
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=372
                  end
                  local.get $y0_1
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=388
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=388
                  end
                  local.get $y0_1
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=404
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=404
                  end
                  local.get $y0_1
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=420
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=420
                  end
                  local.get $y0_1
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=436
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=436
                  end
                  local.get $y0_1
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=452
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=452
                  end
                  local.get $y0_1
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=468
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=468
                  end
                  local.get $y0_1
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=484
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=484
                  end
                  local.get $y0_1
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=500
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=500
                  end
                  local.get $y0_1
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=516
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=516
                  end
                  local.get $y0_1
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=532
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=532
                  end
                  local.get $y0_1
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=548
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=548
                  end
                  local.get $y0_1
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_1
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base1
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=564
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=564
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=8
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=8
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=24
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=24
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=40
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=40
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=56
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=56
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=72
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=72
                  end
                  local.get $y0_2
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=88
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=88
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=104
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=104
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=120
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=120
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=136
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=136
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=152
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=152
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=168
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=168
                  end
                  local.get $y0_2
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=184
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=184
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=200
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=200
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=216
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=216
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=232
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=232
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=248
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=248
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=264
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=264
                  end
                  local.get $y0_2
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=280
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=280
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=296
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=296
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=312
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=312
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=328
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=328
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=344
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=344
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=360
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=360
                  end
                  local.get $y0_2
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=376
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=376
                  end
                  local.get $y0_2
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=392
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=392
                  end
                  local.get $y0_2
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=408
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=408
                  end
                  local.get $y0_2
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=424
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=424
                  end
                  local.get $y0_2
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=440
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=440
                  end
                  local.get $y0_2
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=456
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=456
                  end
                  local.get $y0_2
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=472
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=472
                  end
                  local.get $y0_2
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=488
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=488
                  end
                  local.get $y0_2
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=504
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=504
                  end
                  local.get $y0_2
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=520
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=520
                  end
                  local.get $y0_2
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=536
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=536
                  end
                  local.get $y0_2
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=552
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=552
                  end
                  local.get $y0_2
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_2
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base2
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=568
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=568
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=12
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=12
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=28
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=28
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=44
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=44
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=60
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=60
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=76
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=76
                  end
                  local.get $y0_3
                  i32.const 0
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=92
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=92
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=108
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=108
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=124
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=124
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=140
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=140
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=156
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=156
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=172
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=172
                  end
                  local.get $y0_3
                  i32.const 1
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=188
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=188
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=204
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=204
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=220
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=220
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=236
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=236
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=252
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=252
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=268
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=268
                  end
                  local.get $y0_3
                  i32.const 2
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=284
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=284
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=300
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=300
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=316
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=316
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=332
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=332
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=348
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=348
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=364
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=364
                  end
                  local.get $y0_3
                  i32.const 3
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=380
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=380
                  end
                  local.get $y0_3
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=396
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=396
                  end
                  local.get $y0_3
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=412
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=412
                  end
                  local.get $y0_3
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=428
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=428
                  end
                  local.get $y0_3
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=444
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=444
                  end
                  local.get $y0_3
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=460
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=460
                  end
                  local.get $y0_3
                  i32.const 4
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=476
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=476
                  end
                  local.get $y0_3
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 0
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=492
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=492
                  end
                  local.get $y0_3
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 1
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=508
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=508
                  end
                  local.get $y0_3
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 2
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=524
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=524
                  end
                  local.get $y0_3
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 3
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=540
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=540
                  end
                  local.get $y0_3
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 4
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=556
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=556
                  end
                  local.get $y0_3
                  i32.const 5
                  i32.add
                  local.set $y
                  local.get $x0_3
                  i32.const 5
                  i32.add
                  local.set $x
                  local.get $y
                  local.get $H
                  i32.lt_u
                  local.get $x
                  local.get $W
                  i32.lt_u
                  i32.and
                  if
                    local.get $scratch
                    local.get $base3
                    local.get $c
                    local.get $H
                    i32.mul
                    local.get $y
                    i32.add
                    local.get $W
                    i32.mul
                    local.get $x
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    f32.load
                    f32.store offset=572
                  else
                    local.get $scratch
                    f32.const 0
                    f32.store offset=572
                  end
                  local.get $scratch
                  v128.load
                  local.set $d0
                  local.get $scratch
                  v128.load offset=16
                  local.set $d1
                  local.get $scratch
                  v128.load offset=32
                  local.set $d2
                  local.get $scratch
                  v128.load offset=48
                  local.set $d3
                  local.get $scratch
                  v128.load offset=64
                  local.set $d4
                  local.get $scratch
                  v128.load offset=80
                  local.set $d5
                  local.get $scratch
                  v128.load offset=96
                  local.set $d6
                  local.get $scratch
                  v128.load offset=112
                  local.set $d7
                  local.get $scratch
                  v128.load offset=128
                  local.set $d8
                  local.get $scratch
                  v128.load offset=144
                  local.set $d9
                  local.get $scratch
                  v128.load offset=160
                  local.set $d10
                  local.get $scratch
                  v128.load offset=176
                  local.set $d11
                  local.get $scratch
                  v128.load offset=192
                  local.set $d12
                  local.get $scratch
                  v128.load offset=208
                  local.set $d13
                  local.get $scratch
                  v128.load offset=224
                  local.set $d14
                  local.get $scratch
                  v128.load offset=240
                  local.set $d15
                  local.get $scratch
                  v128.load offset=256
                  local.set $d16
                  local.get $scratch
                  v128.load offset=272
                  local.set $d17
                  local.get $scratch
                  v128.load offset=288
                  local.set $d18
                  local.get $scratch
                  v128.load offset=304
                  local.set $d19
                  local.get $scratch
                  v128.load offset=320
                  local.set $d20
                  local.get $scratch
                  v128.load offset=336
                  local.set $d21
                  local.get $scratch
                  v128.load offset=352
                  local.set $d22
                  local.get $scratch
                  v128.load offset=368
                  local.set $d23
                  local.get $scratch
                  v128.load offset=384
                  local.set $d24
                  local.get $scratch
                  v128.load offset=400
                  local.set $d25
                  local.get $scratch
                  v128.load offset=416
                  local.set $d26
                  local.get $scratch
                  v128.load offset=432
                  local.set $d27
                  local.get $scratch
                  v128.load offset=448
                  local.set $d28
                  local.get $scratch
                  v128.load offset=464
                  local.set $d29
                  local.get $scratch
                  v128.load offset=480
                  local.set $d30
                  local.get $scratch
                  v128.load offset=496
                  local.set $d31
                  local.get $scratch
                  v128.load offset=512
                  local.set $d32
                  local.get $scratch
                  v128.load offset=528
                  local.set $d33
                  local.get $scratch
                  v128.load offset=544
                  local.set $d34
                  local.get $scratch
                  v128.load offset=560
                  local.set $d35
                end
                local.get $d0
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d12
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d24
                f32x4.add
                local.set $t0
                local.get $d1
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d13
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d25
                f32x4.add
                local.set $t1
                local.get $d2
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d14
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d26
                f32x4.add
                local.set $t2
                local.get $d3
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d15
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d27
                f32x4.add
                local.set $t3
                local.get $d4
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d16
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d28
                f32x4.add
                local.set $t4
                local.get $d5
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d17
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d29
                f32x4.add
                local.set $t5
                local.get $d6
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $d12
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d18
                f32x4.add
                local.get $d24
                f32x4.add
                local.set $t6
                local.get $d7
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $d13
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d19
                f32x4.add
                local.get $d25
                f32x4.add
                local.set $t7
                local.get $d8
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $d14
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d20
                f32x4.add
                local.get $d26
                f32x4.add
                local.set $t8
                local.get $d9
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $d15
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d21
                f32x4.add
                local.get $d27
                f32x4.add
                local.set $t9
                local.get $d10
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $d16
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d22
                f32x4.add
                local.get $d28
                f32x4.add
                local.set $t10
                local.get $d11
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $d17
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d23
                f32x4.add
                local.get $d29
                f32x4.add
                local.set $t11
                local.get $d6
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d12
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d18
                f32x4.sub
                local.get $d24
                f32x4.add
                local.set $t12
                local.get $d7
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d13
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d19
                f32x4.sub
                local.get $d25
                f32x4.add
                local.set $t13
                local.get $d8
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d14
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d20
                f32x4.sub
                local.get $d26
                f32x4.add
                local.set $t14
                local.get $d9
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d15
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d21
                f32x4.sub
                local.get $d27
                f32x4.add
                local.set $t15
                local.get $d10
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d16
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d22
                f32x4.sub
                local.get $d28
                f32x4.add
                local.set $t16
                local.get $d11
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d17
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $d23
                f32x4.sub
                local.get $d29
                f32x4.add
                local.set $t17
                local.get $d6
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $d12
                f32x4.sub
                local.get $d18
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $d24
                f32x4.add
                local.set $t18
                local.get $d7
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $d13
                f32x4.sub
                local.get $d19
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $d25
                f32x4.add
                local.set $t19
                local.get $d8
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $d14
                f32x4.sub
                local.get $d20
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $d26
                f32x4.add
                local.set $t20
                local.get $d9
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $d15
                f32x4.sub
                local.get $d21
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $d27
                f32x4.add
                local.set $t21
                local.get $d10
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $d16
                f32x4.sub
                local.get $d22
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $d28
                f32x4.add
                local.set $t22
                local.get $d11
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $d17
                f32x4.sub
                local.get $d23
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $d29
                f32x4.add
                local.set $t23
                local.get $d6
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $d12
                f32x4.sub
                local.get $d18
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $d24
                f32x4.add
                local.set $t24
                local.get $d7
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $d13
                f32x4.sub
                local.get $d19
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $d25
                f32x4.add
                local.set $t25
                local.get $d8
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $d14
                f32x4.sub
                local.get $d20
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $d26
                f32x4.add
                local.set $t26
                local.get $d9
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $d15
                f32x4.sub
                local.get $d21
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $d27
                f32x4.add
                local.set $t27
                local.get $d10
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $d16
                f32x4.sub
                local.get $d22
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $d28
                f32x4.add
                local.set $t28
                local.get $d11
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $d17
                f32x4.sub
                local.get $d23
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $d29
                f32x4.add
                local.set $t29
                local.get $d6
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d18
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d30
                f32x4.add
                local.set $t30
                local.get $d7
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d19
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d31
                f32x4.add
                local.set $t31
                local.get $d8
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d20
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d32
                f32x4.add
                local.set $t32
                local.get $d9
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d21
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d33
                f32x4.add
                local.set $t33
                local.get $d10
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d22
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d34
                f32x4.add
                local.set $t34
                local.get $d11
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $d23
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $d35
                f32x4.add
                local.set $t35
                local.get $t0
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t2
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t4
                f32x4.add
                local.set $v0
                local.get $t1
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $t2
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t3
                f32x4.add
                local.get $t4
                f32x4.add
                local.set $v1
                local.get $t1
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t2
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t3
                f32x4.sub
                local.get $t4
                f32x4.add
                local.set $v2
                local.get $t1
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $t2
                f32x4.sub
                local.get $t3
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $t4
                f32x4.add
                local.set $v3
                local.get $t1
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $t2
                f32x4.sub
                local.get $t3
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $t4
                f32x4.add
                local.set $v4
                local.get $t1
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t3
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t5
                f32x4.add
                local.set $v5
                local.get $t6
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t8
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t10
                f32x4.add
                local.set $v6
                local.get $t7
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $t8
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t9
                f32x4.add
                local.get $t10
                f32x4.add
                local.set $v7
                local.get $t7
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t8
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t9
                f32x4.sub
                local.get $t10
                f32x4.add
                local.set $v8
                local.get $t7
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $t8
                f32x4.sub
                local.get $t9
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $t10
                f32x4.add
                local.set $v9
                local.get $t7
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $t8
                f32x4.sub
                local.get $t9
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $t10
                f32x4.add
                local.set $v10
                local.get $t7
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t9
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t11
                f32x4.add
                local.set $v11
                local.get $t12
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t14
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t16
                f32x4.add
                local.set $v12
                local.get $t13
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $t14
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t15
                f32x4.add
                local.get $t16
                f32x4.add
                local.set $v13
                local.get $t13
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t14
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t15
                f32x4.sub
                local.get $t16
                f32x4.add
                local.set $v14
                local.get $t13
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $t14
                f32x4.sub
                local.get $t15
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $t16
                f32x4.add
                local.set $v15
                local.get $t13
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $t14
                f32x4.sub
                local.get $t15
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $t16
                f32x4.add
                local.set $v16
                local.get $t13
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t15
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t17
                f32x4.add
                local.set $v17
                local.get $t18
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t20
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t22
                f32x4.add
                local.set $v18
                local.get $t19
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $t20
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t21
                f32x4.add
                local.get $t22
                f32x4.add
                local.set $v19
                local.get $t19
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t20
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t21
                f32x4.sub
                local.get $t22
                f32x4.add
                local.set $v20
                local.get $t19
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $t20
                f32x4.sub
                local.get $t21
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $t22
                f32x4.add
                local.set $v21
                local.get $t19
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $t20
                f32x4.sub
                local.get $t21
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $t22
                f32x4.add
                local.set $v22
                local.get $t19
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t21
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t23
                f32x4.add
                local.set $v23
                local.get $t24
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t26
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t28
                f32x4.add
                local.set $v24
                local.get $t25
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $t26
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t27
                f32x4.add
                local.get $t28
                f32x4.add
                local.set $v25
                local.get $t25
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t26
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t27
                f32x4.sub
                local.get $t28
                f32x4.add
                local.set $v26
                local.get $t25
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $t26
                f32x4.sub
                local.get $t27
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $t28
                f32x4.add
                local.set $v27
                local.get $t25
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $t26
                f32x4.sub
                local.get $t27
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $t28
                f32x4.add
                local.set $v28
                local.get $t25
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t27
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t29
                f32x4.add
                local.set $v29
                local.get $t30
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t32
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t34
                f32x4.add
                local.set $v30
                local.get $t31
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.neg
                local.get $t32
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t33
                f32x4.add
                local.get $t34
                f32x4.add
                local.set $v31
                local.get $t31
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t32
                v128.const f32x4 4 4 4 4
                f32x4.mul
                f32x4.sub
                local.get $t33
                f32x4.sub
                local.get $t34
                f32x4.add
                local.set $v32
                local.get $t31
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.neg
                local.get $t32
                f32x4.sub
                local.get $t33
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.add
                local.get $t34
                f32x4.add
                local.set $v33
                local.get $t31
                v128.const f32x4 2 2 2 2
                f32x4.mul
                local.get $t32
                f32x4.sub
                local.get $t33
                v128.const f32x4 2 2 2 2
                f32x4.mul
                f32x4.sub
                local.get $t34
                f32x4.add
                local.set $v34
                local.get $t31
                v128.const f32x4 4 4 4 4
                f32x4.mul
                local.get $t33
                v128.const f32x4 5 5 5 5
                f32x4.mul
                f32x4.sub
                local.get $t35
                f32x4.add
                local.set $v35
                local.get $packed
                local.get $p
                local.get $C
                i32.mul
                local.get $c
                i32.add
                i32.const 32
                i32.mul
                i32.add
                local.get $quad
                i32.const 16
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v0
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v1
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v2
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v3
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v4
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v5
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v6
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v7
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v8
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v9
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v10
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v11
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v12
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v13
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v14
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v15
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v16
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v17
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v18
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v19
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v20
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v21
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v22
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v23
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v24
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v25
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v26
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v27
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v28
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v29
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v30
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v31
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v32
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v33
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v34
                v128.store
                local.get $at
                local.get $panels
                local.get $C
                i32.mul
                i32.const 32
                i32.mul
                i32.add
                local.set $at
                local.get $at
                local.get $v35
                v128.store
                local.get $c
                i32.const 1
                i32.add
                local.tee $c
                local.get $C
                i32.lt_s
                br_if 0
              end
            end
            local.get $quad
            i32.const 1
            i32.add
            local.tee $quad
            i32.const 2
            i32.lt_s
            br_if 0
          end
        end
        local.get $p
        i32.const 1
        i32.add
        local.tee $p
        local.get $panelEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $winogradGemm4 (param $M i32) (param $C i32) (param $N i32) (param $panels i32) (param $tilesW i32) (param $tilesPerImage i32) (param $OH i32) (param $OW i32) (param $u i32) (param $v i32) (param $c i32) (param $tileStart i32) (param $tileEnd i32) (param $bias i32) (param $residual i32) (param $relu i32) (param $imageStride i32) (param $scratch i32)
    (local $outputs i32)
    (local $where i32)
    (local $p i32)
    (local $t i32)
    (local $e i32)
    (local $k i32)
    (local $j i32)
    (local $n i32)
    (local $tile i32)
    (local $ty i32)
    (local $i i32)
    (local $row i32)
    (local $quad i32)
    (local $lane i32)
    (local $tilesM i32)
    (local $aAddress i32)
    (local $bAddress i32)
    (local $plane i32)
    (local $target i32)
    (local $source i32)
    (local $added i32)
    (local $rowsLeft i32)
    (local $colsLeft i32)
    (local $floor f32)
    (local $value f32)
    (local $biasVector v128)
    (local $acc0_0 v128)
    (local $acc0_1 v128)
    (local $acc1_0 v128)
    (local $acc1_1 v128)
    (local $acc2_0 v128)
    (local $acc2_1 v128)
    (local $acc3_0 v128)
    (local $acc3_1 v128)
    (local $b0 v128)
    (local $b1 v128)
    (local $aSplat v128)
    (local $m0 v128)
    (local $m1 v128)
    (local $m2 v128)
    (local $m3 v128)
    (local $m4 v128)
    (local $m5 v128)
    (local $m6 v128)
    (local $m7 v128)
    (local $m8 v128)
    (local $m9 v128)
    (local $m10 v128)
    (local $m11 v128)
    (local $m12 v128)
    (local $m13 v128)
    (local $m14 v128)
    (local $m15 v128)
    (local $m16 v128)
    (local $m17 v128)
    (local $m18 v128)
    (local $m19 v128)
    (local $m20 v128)
    (local $m21 v128)
    (local $m22 v128)
    (local $m23 v128)
    (local $m24 v128)
    (local $m25 v128)
    (local $m26 v128)
    (local $m27 v128)
    (local $m28 v128)
    (local $m29 v128)
    (local $m30 v128)
    (local $m31 v128)
    (local $m32 v128)
    (local $m33 v128)
    (local $m34 v128)
    (local $m35 v128)
    (local $s0 v128)
    (local $s1 v128)
    (local $s2 v128)
    (local $s3 v128)
    (local $s4 v128)
    (local $s5 v128)
    (local $s6 v128)
    (local $s7 v128)
    (local $s8 v128)
    (local $s9 v128)
    (local $s10 v128)
    (local $s11 v128)
    (local $s12 v128)
    (local $s13 v128)
    (local $s14 v128)
    (local $s15 v128)
    (local $s16 v128)
    (local $s17 v128)
    (local $s18 v128)
    (local $s19 v128)
    (local $s20 v128)
    (local $s21 v128)
    (local $s22 v128)
    (local $s23 v128)
    (local $y0 v128)
    (local $y1 v128)
    (local $y2 v128)
    (local $y3 v128)
    (local $y4 v128)
    (local $y5 v128)
    (local $y6 v128)
    (local $y7 v128)
    (local $y8 v128)
    (local $y9 v128)
    (local $y10 v128)
    (local $y11 v128)
    (local $y12 v128)
    (local $y13 v128)
    (local $y14 v128)
    (local $y15 v128)
    local.get $scratch
    i32.const 4608
    i32.add
    local.tee $outputs
    i32.const 256
    i32.add
    local.set $where
    local.get $M
    i32.const 3
    i32.add
    i32.const 4
    i32.div_s
    local.set $tilesM
    local.get $relu
    if
      f32.const 0
      local.set $floor
    else
      f32.const -Infinity
      local.set $floor
    end
    local.get $panels
    i32.const 8
    i32.mul
    local.get $tileEnd
    local.get $tileStart
    i32.sub
    i32.const 4
    i32.mul
    i32.le_s
    if
      local.get $tileStart
      local.set $t
      block
        local.get $t
        local.get $tileEnd
        i32.ge_s
        br_if 0
        loop
          i32.const 0
          local.set $p
          block
            local.get $p
            local.get $panels
            i32.ge_s
            br_if 0
            loop
              i32.const 0
              local.set $j
              block
                local.get $j
                i32.const 8
                i32.ge_s
                br_if 0
                loop
                  local.get $where
                  local.get $j
                  i32.const 12
                  i32.mul
                  i32.add
                  local.set $target
                  local.get $p
                  i32.const 8
                  i32.mul
                  local.get $j
                  i32.add
                  local.tee $n
                  local.get $N
                  i32.lt_s
                  if
                    local.get $n
                    local.get $tilesPerImage
                    i32.rem_s
                    local.tee $tile
                    local.get $tilesW
                    i32.div_s
                    local.set $ty
                    local.get $target
                    local.get $n
                    local.get $tilesPerImage
                    i32.div_s
                    local.get $imageStride
                    i32.mul
                    local.get $ty
                    local.get $OW
                    i32.mul
                    local.get $tile
                    local.get $ty
                    local.get $tilesW
                    i32.mul
                    i32.sub
                    i32.add
                    i32.const 16
                    i32.mul
                    i32.add
                    i32.store
                    local.get $target
                    local.get $OH
                    local.get $ty
                    i32.const 4
                    i32.mul
                    i32.sub
                    i32.store offset=4
                    local.get $target
                    local.get $OW
                    local.get $tile
                    local.get $ty
                    local.get $tilesW
                    i32.mul
                    i32.sub
                    i32.const 4
                    i32.mul
                    i32.sub
                    i32.store offset=8
                  else
                    local.get $target
                    i32.const 0
                    i32.store offset=4
                  end
                  local.get $j
                  i32.const 1
                  i32.add
                  local.tee $j
                  i32.const 8
                  i32.lt_s
                  br_if 0
                end
              end
              i32.const 0
              local.set $e
              block
                local.get $e
                i32.const 36
                i32.ge_s
                br_if 0
                loop
                  local.get $u
                  local.get $e
                  local.get $tilesM
                  i32.mul
                  local.get $t
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 16
                  i32.mul
                  i32.add
                  local.set $aAddress
                  local.get $v
                  local.get $e
                  local.get $panels
                  i32.mul
                  local.get $p
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 32
                  i32.mul
                  i32.add
                  local.set $bAddress
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_1
                  local.get $C
                  local.set $k
                  loop
                    local.get $bAddress
                    v128.load
                    local.set $b0
                    local.get $bAddress
                    v128.load offset=16
                    local.set $b1
                    local.get $aAddress
                    v128.load32_splat
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc0_0
                    f32x4.relaxed_madd
                    local.set $acc0_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc0_1
                    f32x4.relaxed_madd
                    local.set $acc0_1
                    local.get $aAddress
                    v128.load32_splat offset=4
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc1_0
                    f32x4.relaxed_madd
                    local.set $acc1_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc1_1
                    f32x4.relaxed_madd
                    local.set $acc1_1
                    local.get $aAddress
                    v128.load32_splat offset=8
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc2_0
                    f32x4.relaxed_madd
                    local.set $acc2_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc2_1
                    f32x4.relaxed_madd
                    local.set $acc2_1
                    local.get $aAddress
                    v128.load32_splat offset=12
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc3_0
                    f32x4.relaxed_madd
                    local.set $acc3_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc3_1
                    f32x4.relaxed_madd
                    local.set $acc3_1
                    local.get $aAddress
                    i32.const 16
                    i32.add
                    local.set $aAddress
                    local.get $bAddress
                    i32.const 32
                    i32.add
                    local.set $bAddress
                    local.get $k
                    i32.const 1
                    i32.sub
                    local.tee $k
                    br_if 0
                  end
                  local.get $scratch
                  local.get $e
                  i32.const 128
                  i32.mul
                  i32.add
                  local.set $target
                  local.get $target
                  local.get $acc0_0
                  v128.store
                  local.get $target
                  local.get $acc0_1
                  v128.store offset=16
                  local.get $target
                  local.get $acc1_0
                  v128.store offset=32
                  local.get $target
                  local.get $acc1_1
                  v128.store offset=48
                  local.get $target
                  local.get $acc2_0
                  v128.store offset=64
                  local.get $target
                  local.get $acc2_1
                  v128.store offset=80
                  local.get $target
                  local.get $acc3_0
                  v128.store offset=96
                  local.get $target
                  local.get $acc3_1
                  v128.store offset=112
                  local.get $e
                  i32.const 1
                  i32.add
                  local.tee $e
                  i32.const 36
                  i32.lt_s
                  br_if 0
                end
              end
              i32.const 0
              local.set $i
              block
                local.get $i
                i32.const 4
                i32.ge_s
                br_if 0
                loop
                  local.get $t
                  i32.const 4
                  i32.mul
                  local.get $i
                  i32.add
                  local.tee $row
                  local.get $M
                  i32.lt_s
                  if
                    local.get $bias
                    i32.const 0
                    i32.ge_s
                    if
                      local.get $bias
                      local.get $row
                      i32.const 4
                      i32.mul
                      i32.add
                      v128.load32_splat
                      local.set $biasVector
                    else
                      v128.const f32x4 0 0 0 0
                      local.set $biasVector
                    end
                    local.get $row
                    local.get $OH
                    i32.mul
                    local.get $OW
                    i32.mul
                    i32.const 4
                    i32.mul
                    local.set $plane
                    i32.const 0
                    local.set $quad
                    block
                      local.get $quad
                      i32.const 2
                      i32.ge_s
                      br_if 0
                      loop
                        local.get $scratch
                        local.get $i
                        i32.const 8
                        i32.mul
                        local.get $quad
                        i32.const 4
                        i32.mul
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        local.set $source
                        local.get $source
                        v128.load
                        local.set $m0
                        local.get $source
                        v128.load offset=128
                        local.set $m1
                        local.get $source
                        v128.load offset=256
                        local.set $m2
                        local.get $source
                        v128.load offset=384
                        local.set $m3
                        local.get $source
                        v128.load offset=512
                        local.set $m4
                        local.get $source
                        v128.load offset=640
                        local.set $m5
                        local.get $source
                        v128.load offset=768
                        local.set $m6
                        local.get $source
                        v128.load offset=896
                        local.set $m7
                        local.get $source
                        v128.load offset=1024
                        local.set $m8
                        local.get $source
                        v128.load offset=1152
                        local.set $m9
                        local.get $source
                        v128.load offset=1280
                        local.set $m10
                        local.get $source
                        v128.load offset=1408
                        local.set $m11
                        local.get $source
                        v128.load offset=1536
                        local.set $m12
                        local.get $source
                        v128.load offset=1664
                        local.set $m13
                        local.get $source
                        v128.load offset=1792
                        local.set $m14
                        local.get $source
                        v128.load offset=1920
                        local.set $m15
                        local.get $source
                        v128.load offset=2048
                        local.set $m16
                        local.get $source
                        v128.load offset=2176
                        local.set $m17
                        local.get $source
                        v128.load offset=2304
                        local.set $m18
                        local.get $source
                        v128.load offset=2432
                        local.set $m19
                        local.get $source
                        v128.load offset=2560
                        local.set $m20
                        local.get $source
                        v128.load offset=2688
                        local.set $m21
                        local.get $source
                        v128.load offset=2816
                        local.set $m22
                        local.get $source
                        v128.load offset=2944
                        local.set $m23
                        local.get $source
                        v128.load offset=3072
                        local.set $m24
                        local.get $source
                        v128.load offset=3200
                        local.set $m25
                        local.get $source
                        v128.load offset=3328
                        local.set $m26
                        local.get $source
                        v128.load offset=3456
                        local.set $m27
                        local.get $source
                        v128.load offset=3584
                        local.set $m28
                        local.get $source
                        v128.load offset=3712
                        local.set $m29
                        local.get $source
                        v128.load offset=3840
                        local.set $m30
                        local.get $source
                        v128.load offset=3968
                        local.set $m31
                        local.get $source
                        v128.load offset=4096
                        local.set $m32
                        local.get $source
                        v128.load offset=4224
                        local.set $m33
                        local.get $source
                        v128.load offset=4352
                        local.set $m34
                        local.get $source
                        v128.load offset=4480
                        local.set $m35
                        local.get $m0
                        local.get $m6
                        f32x4.add
                        local.get $m12
                        f32x4.add
                        local.get $m18
                        f32x4.add
                        local.get $m24
                        f32x4.add
                        local.set $s0
                        local.get $m1
                        local.get $m7
                        f32x4.add
                        local.get $m13
                        f32x4.add
                        local.get $m19
                        f32x4.add
                        local.get $m25
                        f32x4.add
                        local.set $s1
                        local.get $m2
                        local.get $m8
                        f32x4.add
                        local.get $m14
                        f32x4.add
                        local.get $m20
                        f32x4.add
                        local.get $m26
                        f32x4.add
                        local.set $s2
                        local.get $m3
                        local.get $m9
                        f32x4.add
                        local.get $m15
                        f32x4.add
                        local.get $m21
                        f32x4.add
                        local.get $m27
                        f32x4.add
                        local.set $s3
                        local.get $m4
                        local.get $m10
                        f32x4.add
                        local.get $m16
                        f32x4.add
                        local.get $m22
                        f32x4.add
                        local.get $m28
                        f32x4.add
                        local.set $s4
                        local.get $m5
                        local.get $m11
                        f32x4.add
                        local.get $m17
                        f32x4.add
                        local.get $m23
                        f32x4.add
                        local.get $m29
                        f32x4.add
                        local.set $s5
                        local.get $m6
                        local.get $m12
                        f32x4.sub
                        local.get $m18
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m24
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s6
                        local.get $m7
                        local.get $m13
                        f32x4.sub
                        local.get $m19
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m25
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s7
                        local.get $m8
                        local.get $m14
                        f32x4.sub
                        local.get $m20
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m26
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s8
                        local.get $m9
                        local.get $m15
                        f32x4.sub
                        local.get $m21
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m27
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s9
                        local.get $m10
                        local.get $m16
                        f32x4.sub
                        local.get $m22
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m28
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s10
                        local.get $m11
                        local.get $m17
                        f32x4.sub
                        local.get $m23
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m29
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s11
                        local.get $m6
                        local.get $m12
                        f32x4.add
                        local.get $m18
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m24
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s12
                        local.get $m7
                        local.get $m13
                        f32x4.add
                        local.get $m19
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m25
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s13
                        local.get $m8
                        local.get $m14
                        f32x4.add
                        local.get $m20
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m26
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s14
                        local.get $m9
                        local.get $m15
                        f32x4.add
                        local.get $m21
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m27
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s15
                        local.get $m10
                        local.get $m16
                        f32x4.add
                        local.get $m22
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m28
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s16
                        local.get $m11
                        local.get $m17
                        f32x4.add
                        local.get $m23
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m29
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s17
                        local.get $m6
                        local.get $m12
                        f32x4.sub
                        local.get $m18
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m24
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m30
                        f32x4.add
                        local.set $s18
                        local.get $m7
                        local.get $m13
                        f32x4.sub
                        local.get $m19
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m25
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m31
                        f32x4.add
                        local.set $s19
                        local.get $m8
                        local.get $m14
                        f32x4.sub
                        local.get $m20
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m26
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m32
                        f32x4.add
                        local.set $s20
                        local.get $m9
                        local.get $m15
                        f32x4.sub
                        local.get $m21
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m27
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m33
                        f32x4.add
                        local.set $s21
                        local.get $m10
                        local.get $m16
                        f32x4.sub
                        local.get $m22
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m28
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m34
                        f32x4.add
                        local.set $s22
                        local.get $m11
                        local.get $m17
                        f32x4.sub
                        local.get $m23
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m29
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m35
                        f32x4.add
                        local.set $s23
                        local.get $s0
                        local.get $s1
                        f32x4.add
                        local.get $s2
                        f32x4.add
                        local.get $s3
                        f32x4.add
                        local.get $s4
                        f32x4.add
                        local.set $y0
                        local.get $s1
                        local.get $s2
                        f32x4.sub
                        local.get $s3
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s4
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y1
                        local.get $s1
                        local.get $s2
                        f32x4.add
                        local.get $s3
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s4
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y2
                        local.get $s1
                        local.get $s2
                        f32x4.sub
                        local.get $s3
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s4
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s5
                        f32x4.add
                        local.set $y3
                        local.get $s6
                        local.get $s7
                        f32x4.add
                        local.get $s8
                        f32x4.add
                        local.get $s9
                        f32x4.add
                        local.get $s10
                        f32x4.add
                        local.set $y4
                        local.get $s7
                        local.get $s8
                        f32x4.sub
                        local.get $s9
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s10
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y5
                        local.get $s7
                        local.get $s8
                        f32x4.add
                        local.get $s9
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s10
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y6
                        local.get $s7
                        local.get $s8
                        f32x4.sub
                        local.get $s9
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s10
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s11
                        f32x4.add
                        local.set $y7
                        local.get $s12
                        local.get $s13
                        f32x4.add
                        local.get $s14
                        f32x4.add
                        local.get $s15
                        f32x4.add
                        local.get $s16
                        f32x4.add
                        local.set $y8
                        local.get $s13
                        local.get $s14
                        f32x4.sub
                        local.get $s15
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s16
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y9
                        local.get $s13
                        local.get $s14
                        f32x4.add
                        local.get $s15
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s16
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y10
                        local.get $s13
                        local.get $s14
                        f32x4.sub
                        local.get $s15
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s16
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s17
                        f32x4.add
                        local.set $y11
                        local.get $s18
                        local.get $s19
                        f32x4.add
                        local.get $s20
                        f32x4.add
                        local.get $s21
                        f32x4.add
                        local.get $s22
                        f32x4.add
                        local.set $y12
                        local.get $s19
                        local.get $s20
                        f32x4.sub
                        local.get $s21
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s22
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y13
                        local.get $s19
                        local.get $s20
                        f32x4.add
                        local.get $s21
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s22
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y14
                        local.get $s19
                        local.get $s20
                        f32x4.sub
                        local.get $s21
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s22
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s23
                        f32x4.add
                        local.set $y15
                        local.get $outputs
                        local.get $y0
                        local.get $biasVector
                        f32x4.add
                        v128.store
                        local.get $outputs
                        local.get $y1
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=16
                        local.get $outputs
                        local.get $y2
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=32
                        local.get $outputs
                        local.get $y3
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=48
                        local.get $outputs
                        local.get $y4
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=64
                        local.get $outputs
                        local.get $y5
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=80
                        local.get $outputs
                        local.get $y6
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=96
                        local.get $outputs
                        local.get $y7
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=112
                        local.get $outputs
                        local.get $y8
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=128
                        local.get $outputs
                        local.get $y9
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=144
                        local.get $outputs
                        local.get $y10
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=160
                        local.get $outputs
                        local.get $y11
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=176
                        local.get $outputs
                        local.get $y12
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=192
                        local.get $outputs
                        local.get $y13
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=208
                        local.get $outputs
                        local.get $y14
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=224
                        local.get $outputs
                        local.get $y15
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=240
                        i32.const 0
                        local.set $lane
                        block
                          local.get $lane
                          i32.const 4
                          i32.ge_s
                          br_if 0
                          loop
                            local.get $where
                            local.get $quad
                            i32.const 4
                            i32.mul
                            local.get $lane
                            i32.add
                            i32.const 12
                            i32.mul
                            i32.add
                            local.set $source
                            local.get $source
                            i32.load offset=4
                            local.tee $rowsLeft
                            i32.const 0
                            i32.gt_s
                            if
                              local.get $source
                              i32.load offset=8
                              local.set $colsLeft
                              local.get $source
                              i32.load
                              local.get $plane
                              i32.add
                              local.set $target
                              local.get $outputs
                              local.get $lane
                              i32.const 4
                              i32.mul
                              i32.add
                              local.set $source
                              local.get $residual
                              i32.const 0
                              i32.ge_s
                              if
                                local.get $rowsLeft
                                i32.const 4
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 4
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=64
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=80
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=96
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=112
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=128
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=144
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=160
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=176
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=192
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=208
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=224
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=240
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=64
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=80
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=96
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=112
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 2
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=128
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=144
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=160
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=176
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 3
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=192
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=208
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=224
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=240
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                end
                              else
                                local.get $rowsLeft
                                i32.const 4
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 4
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=64
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=80
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=96
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=112
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=128
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=144
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=160
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=176
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=192
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=208
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=224
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=240
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=64
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=80
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=96
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=112
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 2
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=128
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=144
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=160
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=176
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 3
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=192
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=208
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=224
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=240
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                end
                              end
                            end
                            local.get $lane
                            i32.const 1
                            i32.add
                            local.tee $lane
                            i32.const 4
                            i32.lt_s
                            br_if 0
                          end
                        end
                        local.get $quad
                        i32.const 1
                        i32.add
                        local.tee $quad
                        i32.const 2
                        i32.lt_s
                        br_if 0
                      end
                    end
                  end
                  local.get $i
                  i32.const 1
                  i32.add
                  local.tee $i
                  i32.const 4
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $p
              i32.const 1
              i32.add
              local.tee $p
              local.get $panels
              i32.lt_s
              br_if 0
            end
          end
          local.get $t
          i32.const 1
          i32.add
          local.tee $t
          local.get $tileEnd
          i32.lt_s
          br_if 0
        end
      end
    else
      i32.const 0
      local.set $p
      block
        local.get $p
        local.get $panels
        i32.ge_s
        br_if 0
        loop
          i32.const 0
          local.set $j
          block
            local.get $j
            i32.const 8
            i32.ge_s
            br_if 0
            loop
              local.get $where
              local.get $j
              i32.const 12
              i32.mul
              i32.add
              local.set $target
              local.get $p
              i32.const 8
              i32.mul
              local.get $j
              i32.add
              local.tee $n
              local.get $N
              i32.lt_s
              if
                local.get $n
                local.get $tilesPerImage
                i32.rem_s
                local.tee $tile
                local.get $tilesW
                i32.div_s
                local.set $ty
                local.get $target
                local.get $n
                local.get $tilesPerImage
                i32.div_s
                local.get $imageStride
                i32.mul
                local.get $ty
                local.get $OW
                i32.mul
                local.get $tile
                local.get $ty
                local.get $tilesW
                i32.mul
                i32.sub
                i32.add
                i32.const 16
                i32.mul
                i32.add
                i32.store
                local.get $target
                local.get $OH
                local.get $ty
                i32.const 4
                i32.mul
                i32.sub
                i32.store offset=4
                local.get $target
                local.get $OW
                local.get $tile
                local.get $ty
                local.get $tilesW
                i32.mul
                i32.sub
                i32.const 4
                i32.mul
                i32.sub
                i32.store offset=8
              else
                local.get $target
                i32.const 0
                i32.store offset=4
              end
              local.get $j
              i32.const 1
              i32.add
              local.tee $j
              i32.const 8
              i32.lt_s
              br_if 0
            end
          end
          local.get $tileStart
          local.set $t
          block
            local.get $t
            local.get $tileEnd
            i32.ge_s
            br_if 0
            loop
              i32.const 0
              local.set $e
              block
                local.get $e
                i32.const 36
                i32.ge_s
                br_if 0
                loop
                  local.get $u
                  local.get $e
                  local.get $tilesM
                  i32.mul
                  local.get $t
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 16
                  i32.mul
                  i32.add
                  local.set $aAddress
                  local.get $v
                  local.get $e
                  local.get $panels
                  i32.mul
                  local.get $p
                  i32.add
                  local.get $C
                  i32.mul
                  i32.const 32
                  i32.mul
                  i32.add
                  local.set $bAddress
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc0_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc1_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc2_1
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_0
                  v128.const f32x4 0 0 0 0
                  local.set $acc3_1
                  local.get $C
                  local.set $k
                  loop
                    local.get $bAddress
                    v128.load
                    local.set $b0
                    local.get $bAddress
                    v128.load offset=16
                    local.set $b1
                    local.get $aAddress
                    v128.load32_splat
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc0_0
                    f32x4.relaxed_madd
                    local.set $acc0_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc0_1
                    f32x4.relaxed_madd
                    local.set $acc0_1
                    local.get $aAddress
                    v128.load32_splat offset=4
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc1_0
                    f32x4.relaxed_madd
                    local.set $acc1_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc1_1
                    f32x4.relaxed_madd
                    local.set $acc1_1
                    local.get $aAddress
                    v128.load32_splat offset=8
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc2_0
                    f32x4.relaxed_madd
                    local.set $acc2_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc2_1
                    f32x4.relaxed_madd
                    local.set $acc2_1
                    local.get $aAddress
                    v128.load32_splat offset=12
                    local.set $aSplat
                    local.get $aSplat
                    local.get $b0
                    local.get $acc3_0
                    f32x4.relaxed_madd
                    local.set $acc3_0
                    local.get $aSplat
                    local.get $b1
                    local.get $acc3_1
                    f32x4.relaxed_madd
                    local.set $acc3_1
                    local.get $aAddress
                    i32.const 16
                    i32.add
                    local.set $aAddress
                    local.get $bAddress
                    i32.const 32
                    i32.add
                    local.set $bAddress
                    local.get $k
                    i32.const 1
                    i32.sub
                    local.tee $k
                    br_if 0
                  end
                  local.get $scratch
                  local.get $e
                  i32.const 128
                  i32.mul
                  i32.add
                  local.set $target
                  local.get $target
                  local.get $acc0_0
                  v128.store
                  local.get $target
                  local.get $acc0_1
                  v128.store offset=16
                  local.get $target
                  local.get $acc1_0
                  v128.store offset=32
                  local.get $target
                  local.get $acc1_1
                  v128.store offset=48
                  local.get $target
                  local.get $acc2_0
                  v128.store offset=64
                  local.get $target
                  local.get $acc2_1
                  v128.store offset=80
                  local.get $target
                  local.get $acc3_0
                  v128.store offset=96
                  local.get $target
                  local.get $acc3_1
                  v128.store offset=112
                  local.get $e
                  i32.const 1
                  i32.add
                  local.tee $e
                  i32.const 36
                  i32.lt_s
                  br_if 0
                end
              end
              i32.const 0
              local.set $i
              block
                local.get $i
                i32.const 4
                i32.ge_s
                br_if 0
                loop
                  local.get $t
                  i32.const 4
                  i32.mul
                  local.get $i
                  i32.add
                  local.tee $row
                  local.get $M
                  i32.lt_s
                  if
                    local.get $bias
                    i32.const 0
                    i32.ge_s
                    if
                      local.get $bias
                      local.get $row
                      i32.const 4
                      i32.mul
                      i32.add
                      v128.load32_splat
                      local.set $biasVector
                    else
                      v128.const f32x4 0 0 0 0
                      local.set $biasVector
                    end
                    local.get $row
                    local.get $OH
                    i32.mul
                    local.get $OW
                    i32.mul
                    i32.const 4
                    i32.mul
                    local.set $plane
                    i32.const 0
                    local.set $quad
                    block
                      local.get $quad
                      i32.const 2
                      i32.ge_s
                      br_if 0
                      loop
                        local.get $scratch
                        local.get $i
                        i32.const 8
                        i32.mul
                        local.get $quad
                        i32.const 4
                        i32.mul
                        i32.add
                        i32.const 4
                        i32.mul
                        i32.add
                        local.set $source
                        local.get $source
                        v128.load
                        local.set $m0
                        local.get $source
                        v128.load offset=128
                        local.set $m1
                        local.get $source
                        v128.load offset=256
                        local.set $m2
                        local.get $source
                        v128.load offset=384
                        local.set $m3
                        local.get $source
                        v128.load offset=512
                        local.set $m4
                        local.get $source
                        v128.load offset=640
                        local.set $m5
                        local.get $source
                        v128.load offset=768
                        local.set $m6
                        local.get $source
                        v128.load offset=896
                        local.set $m7
                        local.get $source
                        v128.load offset=1024
                        local.set $m8
                        local.get $source
                        v128.load offset=1152
                        local.set $m9
                        local.get $source
                        v128.load offset=1280
                        local.set $m10
                        local.get $source
                        v128.load offset=1408
                        local.set $m11
                        local.get $source
                        v128.load offset=1536
                        local.set $m12
                        local.get $source
                        v128.load offset=1664
                        local.set $m13
                        local.get $source
                        v128.load offset=1792
                        local.set $m14
                        local.get $source
                        v128.load offset=1920
                        local.set $m15
                        local.get $source
                        v128.load offset=2048
                        local.set $m16
                        local.get $source
                        v128.load offset=2176
                        local.set $m17
                        local.get $source
                        v128.load offset=2304
                        local.set $m18
                        local.get $source
                        v128.load offset=2432
                        local.set $m19
                        local.get $source
                        v128.load offset=2560
                        local.set $m20
                        local.get $source
                        v128.load offset=2688
                        local.set $m21
                        local.get $source
                        v128.load offset=2816
                        local.set $m22
                        local.get $source
                        v128.load offset=2944
                        local.set $m23
                        local.get $source
                        v128.load offset=3072
                        local.set $m24
                        local.get $source
                        v128.load offset=3200
                        local.set $m25
                        local.get $source
                        v128.load offset=3328
                        local.set $m26
                        local.get $source
                        v128.load offset=3456
                        local.set $m27
                        local.get $source
                        v128.load offset=3584
                        local.set $m28
                        local.get $source
                        v128.load offset=3712
                        local.set $m29
                        local.get $source
                        v128.load offset=3840
                        local.set $m30
                        local.get $source
                        v128.load offset=3968
                        local.set $m31
                        local.get $source
                        v128.load offset=4096
                        local.set $m32
                        local.get $source
                        v128.load offset=4224
                        local.set $m33
                        local.get $source
                        v128.load offset=4352
                        local.set $m34
                        local.get $source
                        v128.load offset=4480
                        local.set $m35
                        local.get $m0
                        local.get $m6
                        f32x4.add
                        local.get $m12
                        f32x4.add
                        local.get $m18
                        f32x4.add
                        local.get $m24
                        f32x4.add
                        local.set $s0
                        local.get $m1
                        local.get $m7
                        f32x4.add
                        local.get $m13
                        f32x4.add
                        local.get $m19
                        f32x4.add
                        local.get $m25
                        f32x4.add
                        local.set $s1
                        local.get $m2
                        local.get $m8
                        f32x4.add
                        local.get $m14
                        f32x4.add
                        local.get $m20
                        f32x4.add
                        local.get $m26
                        f32x4.add
                        local.set $s2
                        local.get $m3
                        local.get $m9
                        f32x4.add
                        local.get $m15
                        f32x4.add
                        local.get $m21
                        f32x4.add
                        local.get $m27
                        f32x4.add
                        local.set $s3
                        local.get $m4
                        local.get $m10
                        f32x4.add
                        local.get $m16
                        f32x4.add
                        local.get $m22
                        f32x4.add
                        local.get $m28
                        f32x4.add
                        local.set $s4
                        local.get $m5
                        local.get $m11
                        f32x4.add
                        local.get $m17
                        f32x4.add
                        local.get $m23
                        f32x4.add
                        local.get $m29
                        f32x4.add
                        local.set $s5
                        local.get $m6
                        local.get $m12
                        f32x4.sub
                        local.get $m18
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m24
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s6
                        local.get $m7
                        local.get $m13
                        f32x4.sub
                        local.get $m19
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m25
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s7
                        local.get $m8
                        local.get $m14
                        f32x4.sub
                        local.get $m20
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m26
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s8
                        local.get $m9
                        local.get $m15
                        f32x4.sub
                        local.get $m21
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m27
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s9
                        local.get $m10
                        local.get $m16
                        f32x4.sub
                        local.get $m22
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m28
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s10
                        local.get $m11
                        local.get $m17
                        f32x4.sub
                        local.get $m23
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $m29
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $s11
                        local.get $m6
                        local.get $m12
                        f32x4.add
                        local.get $m18
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m24
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s12
                        local.get $m7
                        local.get $m13
                        f32x4.add
                        local.get $m19
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m25
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s13
                        local.get $m8
                        local.get $m14
                        f32x4.add
                        local.get $m20
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m26
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s14
                        local.get $m9
                        local.get $m15
                        f32x4.add
                        local.get $m21
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m27
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s15
                        local.get $m10
                        local.get $m16
                        f32x4.add
                        local.get $m22
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m28
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s16
                        local.get $m11
                        local.get $m17
                        f32x4.add
                        local.get $m23
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $m29
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $s17
                        local.get $m6
                        local.get $m12
                        f32x4.sub
                        local.get $m18
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m24
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m30
                        f32x4.add
                        local.set $s18
                        local.get $m7
                        local.get $m13
                        f32x4.sub
                        local.get $m19
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m25
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m31
                        f32x4.add
                        local.set $s19
                        local.get $m8
                        local.get $m14
                        f32x4.sub
                        local.get $m20
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m26
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m32
                        f32x4.add
                        local.set $s20
                        local.get $m9
                        local.get $m15
                        f32x4.sub
                        local.get $m21
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m27
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m33
                        f32x4.add
                        local.set $s21
                        local.get $m10
                        local.get $m16
                        f32x4.sub
                        local.get $m22
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m28
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m34
                        f32x4.add
                        local.set $s22
                        local.get $m11
                        local.get $m17
                        f32x4.sub
                        local.get $m23
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $m29
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $m35
                        f32x4.add
                        local.set $s23
                        local.get $s0
                        local.get $s1
                        f32x4.add
                        local.get $s2
                        f32x4.add
                        local.get $s3
                        f32x4.add
                        local.get $s4
                        f32x4.add
                        local.set $y0
                        local.get $s1
                        local.get $s2
                        f32x4.sub
                        local.get $s3
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s4
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y1
                        local.get $s1
                        local.get $s2
                        f32x4.add
                        local.get $s3
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s4
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y2
                        local.get $s1
                        local.get $s2
                        f32x4.sub
                        local.get $s3
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s4
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s5
                        f32x4.add
                        local.set $y3
                        local.get $s6
                        local.get $s7
                        f32x4.add
                        local.get $s8
                        f32x4.add
                        local.get $s9
                        f32x4.add
                        local.get $s10
                        f32x4.add
                        local.set $y4
                        local.get $s7
                        local.get $s8
                        f32x4.sub
                        local.get $s9
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s10
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y5
                        local.get $s7
                        local.get $s8
                        f32x4.add
                        local.get $s9
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s10
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y6
                        local.get $s7
                        local.get $s8
                        f32x4.sub
                        local.get $s9
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s10
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s11
                        f32x4.add
                        local.set $y7
                        local.get $s12
                        local.get $s13
                        f32x4.add
                        local.get $s14
                        f32x4.add
                        local.get $s15
                        f32x4.add
                        local.get $s16
                        f32x4.add
                        local.set $y8
                        local.get $s13
                        local.get $s14
                        f32x4.sub
                        local.get $s15
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s16
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y9
                        local.get $s13
                        local.get $s14
                        f32x4.add
                        local.get $s15
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s16
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y10
                        local.get $s13
                        local.get $s14
                        f32x4.sub
                        local.get $s15
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s16
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s17
                        f32x4.add
                        local.set $y11
                        local.get $s18
                        local.get $s19
                        f32x4.add
                        local.get $s20
                        f32x4.add
                        local.get $s21
                        f32x4.add
                        local.get $s22
                        f32x4.add
                        local.set $y12
                        local.get $s19
                        local.get $s20
                        f32x4.sub
                        local.get $s21
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.add
                        local.get $s22
                        v128.const f32x4 2 2 2 2
                        f32x4.mul
                        f32x4.sub
                        local.set $y13
                        local.get $s19
                        local.get $s20
                        f32x4.add
                        local.get $s21
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.get $s22
                        v128.const f32x4 4 4 4 4
                        f32x4.mul
                        f32x4.add
                        local.set $y14
                        local.get $s19
                        local.get $s20
                        f32x4.sub
                        local.get $s21
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.add
                        local.get $s22
                        v128.const f32x4 8 8 8 8
                        f32x4.mul
                        f32x4.sub
                        local.get $s23
                        f32x4.add
                        local.set $y15
                        local.get $outputs
                        local.get $y0
                        local.get $biasVector
                        f32x4.add
                        v128.store
                        local.get $outputs
                        local.get $y1
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=16
                        local.get $outputs
                        local.get $y2
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=32
                        local.get $outputs
                        local.get $y3
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=48
                        local.get $outputs
                        local.get $y4
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=64
                        local.get $outputs
                        local.get $y5
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=80
                        local.get $outputs
                        local.get $y6
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=96
                        local.get $outputs
                        local.get $y7
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=112
                        local.get $outputs
                        local.get $y8
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=128
                        local.get $outputs
                        local.get $y9
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=144
                        local.get $outputs
                        local.get $y10
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=160
                        local.get $outputs
                        local.get $y11
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=176
                        local.get $outputs
                        local.get $y12
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=192
                        local.get $outputs
                        local.get $y13
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=208
                        local.get $outputs
                        local.get $y14
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=224
                        local.get $outputs
                        local.get $y15
                        local.get $biasVector
                        f32x4.add
                        v128.store offset=240
                        i32.const 0
                        local.set $lane
                        block
                          local.get $lane
                          i32.const 4
                          i32.ge_s
                          br_if 0
                          loop
                            local.get $where
                            local.get $quad
                            i32.const 4
                            i32.mul
                            local.get $lane
                            i32.add
                            i32.const 12
                            i32.mul
                            i32.add
                            local.set $source
                            local.get $source
                            i32.load offset=4
                            local.tee $rowsLeft
                            i32.const 0
                            i32.gt_s
                            if
                              local.get $source
                              i32.load offset=8
                              local.set $colsLeft
                              local.get $source
                              i32.load
                              local.get $plane
                              i32.add
                              local.set $target
                              local.get $outputs
                              local.get $lane
                              i32.const 4
                              i32.mul
                              i32.add
                              local.set $source
                              local.get $residual
                              i32.const 0
                              i32.ge_s
                              if
                                local.get $rowsLeft
                                i32.const 4
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 4
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=64
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=80
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=96
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=112
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=128
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=144
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=160
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=176
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=192
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=208
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=4
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=224
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=8
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=240
                                  local.set $value
                                  local.get $value
                                  local.get $residual
                                  local.get $added
                                  i32.add
                                  f32.load offset=12
                                  f32.add
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=64
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=80
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=96
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=112
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 2
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=128
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=144
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=160
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=176
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 3
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=192
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=208
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=4
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=224
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=8
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=240
                                      local.set $value
                                      local.get $value
                                      local.get $residual
                                      local.get $added
                                      i32.add
                                      f32.load offset=12
                                      f32.add
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                end
                              else
                                local.get $rowsLeft
                                i32.const 4
                                i32.ge_s
                                local.get $colsLeft
                                i32.const 4
                                i32.ge_s
                                i32.and
                                if
                                  local.get $target
                                  local.set $added
                                  local.get $source
                                  f32.load
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=16
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=32
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=48
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=64
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=80
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=96
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=112
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=128
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=144
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=160
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=176
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  local.get $source
                                  f32.load offset=192
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store
                                  local.get $source
                                  f32.load offset=208
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=4
                                  local.get $source
                                  f32.load offset=224
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=8
                                  local.get $source
                                  f32.load offset=240
                                  local.set $value
                                  local.get $c
                                  local.get $added
                                  i32.add
                                  local.get $value
                                  local.get $floor
                                  f32.max
                                  f32.store offset=12
                                else
                                  local.get $target
                                  local.set $added
                                  i32.const 0
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=16
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=32
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=48
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 1
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=64
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=80
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=96
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=112
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 2
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=128
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=144
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=160
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=176
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                  local.get $added
                                  local.get $OW
                                  i32.const 4
                                  i32.mul
                                  i32.add
                                  local.set $added
                                  i32.const 3
                                  local.get $rowsLeft
                                  i32.lt_s
                                  if
                                    i32.const 0
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=192
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store
                                    end
                                    i32.const 1
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=208
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=4
                                    end
                                    i32.const 2
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=224
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=8
                                    end
                                    i32.const 3
                                    local.get $colsLeft
                                    i32.lt_s
                                    if
                                      local.get $source
                                      f32.load offset=240
                                      local.set $value
                                      local.get $c
                                      local.get $added
                                      i32.add
                                      local.get $value
                                      local.get $floor
                                      f32.max
                                      f32.store offset=12
                                    end
                                  end
                                end
                              end
                            end
                            local.get $lane
                            i32.const 1
                            i32.add
                            local.tee $lane
                            i32.const 4
                            i32.lt_s
                            br_if 0
                          end
                        end
                        local.get $quad
                        i32.const 1
                        i32.add
                        local.tee $quad
                        i32.const 2
                        i32.lt_s
                        br_if 0
                      end
                    end
                  end
                  local.get $i
                  i32.const 1
                  i32.add
                  local.tee $i
                  i32.const 4
                  i32.lt_s
                  br_if 0
                end
              end
              local.get $t
              i32.const 1
              i32.add
              local.tee $t
              local.get $tileEnd
              i32.lt_s
              br_if 0
            end
          end
          local.get $p
          i32.const 1
          i32.add
          local.tee $p
          local.get $panels
          i32.lt_s
          br_if 0
        end
      end
    end
  )
  (func $maxPool2d (param $H i32) (param $W i32) (param $OH i32) (param $OW i32) (param $kernel i32) (param $stride i32) (param $padding i32) (param $input i32) (param $output i32) (param $planeStart i32) (param $planeEnd i32)
    (local $plane i32)
    (local $base i32)
    (local $out i32)
    (local $oy i32)
    (local $ox i32)
    (local $y0 i32)
    (local $y1 i32)
    (local $x0 i32)
    (local $x1 i32)
    (local $iy i32)
    (local $ix i32)
    (local $best f32)
    (local $window v128)
    local.get $planeStart
    local.set $plane
    block
      local.get $plane
      local.get $planeEnd
      i32.ge_s
      br_if 0
      loop
        local.get $input
        local.get $plane
        local.get $H
        i32.mul
        local.get $W
        i32.mul
        i32.const 4
        i32.mul
        i32.add
        local.set $base
        local.get $output
        local.get $plane
        local.get $OH
        i32.mul
        local.get $OW
        i32.mul
        i32.const 4
        i32.mul
        i32.add
        local.set $out
        i32.const 0
        local.set $oy
        block
          local.get $oy
          local.get $OH
          i32.ge_s
          br_if 0
          loop
            local.get $oy
            local.get $stride
            i32.mul
            local.get $padding
            i32.sub
            local.set $y0
            local.get $y0
            i32.const 0
            i32.lt_s
            if
              i32.const 0
              local.set $y0
            end
            local.get $oy
            local.get $stride
            i32.mul
            local.get $padding
            i32.sub
            local.get $kernel
            i32.add
            local.set $y1
            local.get $y1
            local.get $H
            i32.gt_s
            if
              local.get $H
              local.set $y1
            end
            i32.const 0
            local.set $ox
            block
              loop
                local.get $ox
                local.get $OW
                i32.ge_s
                br_if 1
                local.get $ox
                local.get $stride
                i32.mul
                local.get $padding
                i32.sub
                local.set $x0
                local.get $kernel
                i32.const 3
                i32.eq
                local.get $stride
                i32.const 2
                i32.eq
                i32.and
                local.get $y1
                local.get $y0
                i32.sub
                i32.const 3
                i32.eq
                i32.and
                local.get $x0
                i32.const 0
                i32.ge_s
                i32.and
                local.get $x0
                i32.const 9
                i32.add
                local.get $W
                i32.le_s
                i32.and
                local.get $ox
                i32.const 4
                i32.add
                local.get $OW
                i32.le_s
                i32.and
                if
                  local.get $base
                  local.get $y0
                  local.get $W
                  i32.mul
                  local.get $x0
                  i32.add
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $iy
                  local.get $iy
                  v128.load
                  local.get $iy
                  v128.load offset=16
                  i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                  local.get $iy
                  v128.load
                  local.get $iy
                  v128.load offset=16
                  i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                  f32x4.max
                  local.get $iy
                  v128.load offset=8
                  local.get $iy
                  v128.load offset=24
                  i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                  f32x4.max
                  local.set $window
                  local.get $iy
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $iy
                  local.get $iy
                  v128.load
                  local.get $iy
                  v128.load offset=16
                  i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                  local.get $iy
                  v128.load
                  local.get $iy
                  v128.load offset=16
                  i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                  f32x4.max
                  local.get $iy
                  v128.load offset=8
                  local.get $iy
                  v128.load offset=24
                  i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                  f32x4.max
                  local.get $window
                  f32x4.max
                  local.set $window
                  local.get $iy
                  local.get $W
                  i32.const 4
                  i32.mul
                  i32.add
                  local.set $iy
                  local.get $iy
                  v128.load
                  local.get $iy
                  v128.load offset=16
                  i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                  local.get $iy
                  v128.load
                  local.get $iy
                  v128.load offset=16
                  i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
                  f32x4.max
                  local.get $iy
                  v128.load offset=8
                  local.get $iy
                  v128.load offset=24
                  i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
                  f32x4.max
                  local.get $window
                  f32x4.max
                  local.set $window
                  local.get $out
                  local.get $window
                  v128.store
                  local.get $out
                  i32.const 16
                  i32.add
                  local.set $out
                  local.get $ox
                  i32.const 4
                  i32.add
                  local.set $ox
                else
                  local.get $ox
                  local.get $stride
                  i32.mul
                  local.get $padding
                  i32.sub
                  local.set $x0
                  local.get $x0
                  i32.const 0
                  i32.lt_s
                  if
                    i32.const 0
                    local.set $x0
                  end
                  local.get $ox
                  local.get $stride
                  i32.mul
                  local.get $padding
                  i32.sub
                  local.get $kernel
                  i32.add
                  local.set $x1
                  local.get $x1
                  local.get $W
                  i32.gt_s
                  if
                    local.get $W
                    local.set $x1
                  end
                  local.get $kernel
                  i32.const 3
                  i32.eq
                  local.get $y1
                  local.get $y0
                  i32.sub
                  i32.const 3
                  i32.eq
                  i32.and
                  local.get $x1
                  local.get $x0
                  i32.sub
                  i32.const 3
                  i32.eq
                  i32.and
                  if
                    local.get $base
                    local.get $y0
                    local.get $W
                    i32.mul
                    local.get $x0
                    i32.add
                    i32.const 4
                    i32.mul
                    i32.add
                    local.set $iy
                    local.get $iy
                    f32.load
                    local.set $best
                    local.get $best
                    local.get $iy
                    f32.load offset=4
                    f32.max
                    local.set $best
                    local.get $best
                    local.get $iy
                    f32.load offset=8
                    f32.max
                    local.set $best
                    local.get $iy
                    local.get $W
                    i32.const 4
                    i32.mul
                    i32.add
                    local.set $iy
                    local.get $best
                    local.get $iy
                    f32.load
                    f32.max
                    local.set $best
                    local.get $best
                    local.get $iy
                    f32.load offset=4
                    f32.max
                    local.set $best
                    local.get $best
                    local.get $iy
                    f32.load offset=8
                    f32.max
                    local.set $best
                    local.get $iy
                    local.get $W
                    i32.const 4
                    i32.mul
                    i32.add
                    local.set $iy
                    local.get $best
                    local.get $iy
                    f32.load
                    f32.max
                    local.set $best
                    local.get $best
                    local.get $iy
                    f32.load offset=4
                    f32.max
                    local.set $best
                    local.get $best
                    local.get $iy
                    f32.load offset=8
                    f32.max
                    local.set $best
                  else
                    f32.const -Infinity
                    local.set $best
                    local.get $y0
                    local.set $iy
                    block
                      local.get $iy
                      local.get $y1
                      i32.ge_s
                      br_if 0
                      loop
                        local.get $x0
                        local.set $ix
                        block
                          local.get $ix
                          local.get $x1
                          i32.ge_s
                          br_if 0
                          loop
                            local.get $best
                            local.get $base
                            local.get $iy
                            local.get $W
                            i32.mul
                            local.get $ix
                            i32.add
                            i32.const 4
                            i32.mul
                            i32.add
                            f32.load
                            f32.max
                            local.set $best
                            local.get $ix
                            i32.const 1
                            i32.add
                            local.tee $ix
                            local.get $x1
                            i32.lt_s
                            br_if 0
                          end
                        end
                        local.get $iy
                        i32.const 1
                        i32.add
                        local.tee $iy
                        local.get $y1
                        i32.lt_s
                        br_if 0
                      end
                    end
                  end
                  local.get $out
                  local.get $best
                  f32.store
                  local.get $out
                  i32.const 4
                  i32.add
                  local.set $out
                  local.get $ox
                  i32.const 1
                  i32.add
                  local.set $ox
                end
                br 0
              end
            end
            local.get $oy
            i32.const 1
            i32.add
            local.tee $oy
            local.get $OH
            i32.lt_s
            br_if 0
          end
        end
        local.get $plane
        i32.const 1
        i32.add
        local.tee $plane
        local.get $planeEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $globalAvgPool (param $planeSize i32) (param $input i32) (param $output i32) (param $planeStart i32) (param $planeEnd i32)
    (local $plane i32)
    (local $at i32)
    (local $i i32)
    (local $sum f32)
    local.get $planeStart
    local.set $plane
    block
      local.get $plane
      local.get $planeEnd
      i32.ge_s
      br_if 0
      loop
        local.get $input
        local.get $plane
        local.get $planeSize
        i32.mul
        i32.const 4
        i32.mul
        i32.add
        local.set $at
        f32.const 0
        local.set $sum
        i32.const 0
        local.set $i
        block
          local.get $i
          local.get $planeSize
          i32.ge_s
          br_if 0
          loop
            local.get $sum
            local.get $at
            f32.load
            f32.add
            local.set $sum
            local.get $at
            i32.const 4
            i32.add
            local.set $at
            local.get $i
            i32.const 1
            i32.add
            local.tee $i
            local.get $planeSize
            i32.lt_s
            br_if 0
          end
        end
        local.get $output
        local.get $plane
        i32.const 4
        i32.mul
        i32.add
        local.get $sum
        local.get $planeSize
        f32.convert_i32_s
        f32.div
        f32.store
        local.get $plane
        i32.const 1
        i32.add
        local.tee $plane
        local.get $planeEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $linear (param $batch i32) (param $K i32) (param $M i32) (param $x i32) (param $weight i32) (param $bias i32) (param $y i32) (param $rowStart i32) (param $rowEnd i32)
    (local $m i32)
    (local $n i32)
    (local $k i32)
    (local $wRow i32)
    (local $xRow i32)
    (local $whole i32)
    (local $partial v128)
    (local $sum f32)
    local.get $K
    i32.const -4
    i32.and
    local.set $whole
    local.get $rowStart
    local.set $m
    block
      local.get $m
      local.get $rowEnd
      i32.ge_s
      br_if 0
      loop
        local.get $weight
        local.get $m
        local.get $K
        i32.mul
        i32.const 4
        i32.mul
        i32.add
        local.set $wRow
        i32.const 0
        local.set $n
        block
          local.get $n
          local.get $batch
          i32.ge_s
          br_if 0
          loop
            local.get $x
            local.get $n
            local.get $K
            i32.mul
            i32.const 4
            i32.mul
            i32.add
            local.set $xRow
            v128.const f32x4 0 0 0 0
            local.set $partial
            i32.const 0
            local.set $k
            block
              local.get $k
              local.get $whole
              i32.ge_s
              br_if 0
              loop
                local.get $partial
                local.get $xRow
                local.get $k
                i32.const 4
                i32.mul
                i32.add
                v128.load
                local.get $wRow
                local.get $k
                i32.const 4
                i32.mul
                i32.add
                v128.load
                f32x4.mul
                f32x4.add
                local.set $partial
                local.get $k
                i32.const 4
                i32.add
                local.tee $k
                local.get $whole
                i32.lt_s
                br_if 0
              end
            end
            local.get $partial
            f32x4.extract_lane 0
            local.get $partial
            f32x4.extract_lane 1
            f32.add
            local.get $partial
            f32x4.extract_lane 2
            f32.add
            local.get $partial
            f32x4.extract_lane 3
            f32.add
            local.set $sum
            local.get $whole
            local.set $k
            block
              local.get $k
              local.get $K
              i32.ge_s
              br_if 0
              loop
                local.get $sum
                local.get $xRow
                local.get $k
                i32.const 4
                i32.mul
                i32.add
                f32.load
                local.get $wRow
                local.get $k
                i32.const 4
                i32.mul
                i32.add
                f32.load
                f32.mul
                f32.add
                local.set $sum
                local.get $k
                i32.const 1
                i32.add
                local.tee $k
                local.get $K
                i32.lt_s
                br_if 0
              end
            end
            local.get $bias
            i32.const 0
            i32.ge_s
            if
              local.get $sum
              local.get $bias
              local.get $m
              i32.const 4
              i32.mul
              i32.add
              f32.load
              f32.add
              local.set $sum
            end
            local.get $y
            local.get $n
            local.get $M
            i32.mul
            local.get $m
            i32.add
            i32.const 4
            i32.mul
            i32.add
            local.get $sum
            f32.store
            local.get $n
            i32.const 1
            i32.add
            local.tee $n
            local.get $batch
            i32.lt_s
            br_if 0
          end
        end
        local.get $m
        i32.const 1
        i32.add
        local.tee $m
        local.get $rowEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $relu (param $input i32) (param $output i32) (param $start i32) (param $end i32)
    (local $i i32)
    (local $x f32)
    local.get $start
    local.set $i
    block
      local.get $i
      local.get $end
      i32.ge_s
      br_if 0
      loop
        local.get $input
        local.get $i
        i32.const 4
        i32.mul
        i32.add
        f32.load
        local.set $x
        local.get $x
        f32.const 0
        f32.lt
        if
          f32.const 0
          local.set $x
        end
        local.get $output
        local.get $i
        i32.const 4
        i32.mul
        i32.add
        local.get $x
        f32.store
        local.get $i
        i32.const 1
        i32.add
        local.tee $i
        local.get $end
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $add (param $a i32) (param $b i32) (param $output i32) (param $start i32) (param $end i32)
    (local $i i32)
    (local $at i32)
    local.get $start
    local.set $i
    block
      local.get $i
      local.get $end
      i32.ge_s
      br_if 0
      loop
        local.get $i
        i32.const 4
        i32.mul
        local.set $at
        local.get $output
        local.get $at
        i32.add
        local.get $a
        local.get $at
        i32.add
        f32.load
        local.get $b
        local.get $at
        i32.add
        f32.load
        f32.add
        f32.store
        local.get $i
        i32.const 1
        i32.add
        local.tee $i
        local.get $end
        i32.lt_s
        br_if 0
      end
    end
  )
  (func $batchNorm (param $channels i32) (param $planeSize i32) (param $input i32) (param $output i32) (param $scale i32) (param $shift i32) (param $planeStart i32) (param $planeEnd i32)
    (local $plane i32)
    (local $i i32)
    (local $at i32)
    (local $s f32)
    (local $t f32)
    local.get $planeStart
    local.set $plane
    block
      local.get $plane
      local.get $planeEnd
      i32.ge_s
      br_if 0
      loop
        local.get $scale
        local.get $plane
        local.get $channels
        i32.rem_s
        i32.const 4
        i32.mul
        local.tee $at
        i32.add
        f32.load
        local.set $s
        local.get $shift
        local.get $at
        i32.add
        f32.load
        local.set $t
        local.get $plane
        local.get $planeSize
        i32.mul
        local.set $i
        block
          local.get $i
          local.get $plane
          i32.const 1
          i32.add
          local.get $planeSize
          i32.mul
          i32.ge_s
          br_if 0
          loop
            local.get $i
            i32.const 4
            i32.mul
            local.set $at
            local.get $output
            local.get $at
            i32.add
            local.get $input
            local.get $at
            i32.add
            f32.load
            local.get $s
            f32.mul
            local.get $t
            f32.add
            f32.store
            local.get $i
            i32.const 1
            i32.add
            local.tee $i
            local.get $plane
            i32.const 1
            i32.add
            local.get $planeSize
            i32.mul
            i32.lt_s
            br_if 0
          end
        end
        local.get $plane
        i32.const 1
        i32.add
        local.tee $plane
        local.get $planeEnd
        i32.lt_s
        br_if 0
      end
    end
  )
  (export "gemm" (func $gemm))
  (export "im2col" (func $im2col))
  (export "winogradFilters2" (func $winogradFilters2))
  (export "winogradFilters4" (func $winogradFilters4))
  (export "winogradInput2" (func $winogradInput2))
  (export "winogradGemm2" (func $winogradGemm2))
  (export "winogradInput4" (func $winogradInput4))
  (export "winogradGemm4" (func $winogradGemm4))
  (export "maxPool2d" (func $maxPool2d))
  (export "globalAvgPool" (func $globalAvgPool))
  (export "linear" (func $linear))
  (export "relu" (func $relu))
  (export "add" (func $add))
  (export "batchNorm" (func $batchNorm))
)
