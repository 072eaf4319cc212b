# Streams agents' output logs (docs/decisions/0510). Run in a PTY: closing the channel hangs it up.
# A log is PATH.0, PATH.1, ... (generations, the newest written, two kept) or, when PATH itself is a file (a job's
# output file), that file alone as generation 0. PATH is relative to $HOME unless absolute.
# Args: MARKER then ID PATH FROM OFFSET per log. FROM is the generation OFFSET counts in (resume), or: all (from the
# oldest byte kept), tail (the last OFFSET bytes), lines (the last OFFSET lines), new (from the start once it exists).
# Prints MARKER, then per chunk (length 0: where a FROM other than a generation starts):
# SAC-LOG<TAB>id<TAB>generation<TAB>offset<TAB>length<LF> and exactly length bytes; SAC-LOG-GAP<TAB>id<LF> when bytes
# were rotated away before they could be read; once, when every log was read to its end:
# SAC-LOG-SYNC<TAB>ids of logs that do not exist (space-separated)<LF>.
# Each log keeps one fd open; a log already followed is read with bash's read, no fork (docs/decisions/0513).
stty raw -echo 2>/dev/null
export LC_ALL=C # ${#x} counts bytes, read takes any byte
marker=$1
shift
declare -A P GEN OFF S LO HI FD FG FP PLAIN NULS
ids=()
while (($# >= 4)); do
  p=$2
  [[ $p == /* ]] || p="$HOME/$p"
  ids+=("$1") P[$1]=$p GEN[$1]=$3 OFF[$1]=$4
  shift 4
done
ulimit -n "$(ulimit -Hn)" 2>/dev/null # one fd per log is kept open
printf '%s\n' "$marker"
exec 2>/dev/null # the PTY merges stderr into the frames: no shell message may land there
file() { # ID GENERATION: the file's path in F (no $(...): a fork per log per look made 50 logs lag by seconds)
  if [[ -f ${P[$1]} ]]; then F=${P[$1]}; else F=${P[$1]}.$2; fi
}
emit() { # ID GENERATION OFFSET SIZE: the new bytes from OFFSET, through the log's open file (FD/FG/FP)
  local k=$1 g=$2 at=$3 n=$(($4 - $3)) fd=${FD[$1]-}
  if [[ ${FG[$k]-} != "$g" ]] || ((FP[$k] > at)); then
    reopen "$k" "$g" || return 1
    fd=${FD[$k]}
  fi
  busy=1
  if ((FP[$k] == at && n <= 65536)) && [[ -z ${NULS[$k]-} ]]; then
    drain "$k" "$g"
    return
  fi
  # a backlog (or a first read from an offset): one dd, at most 1 MiB; skip is relative to the fd's position
  ((n > 1048576)) && n=1048576
  printf 'SAC-LOG\t%s\t%s\t%s\t%s\n' "$k" "$g" "$at" "$n"
  dd bs=64K iflag=skip_bytes,count_bytes,fullblock skip=$((at - FP[$k])) count="$n" status=none <&"$fd"
  FP[$k]=$((at + n)) OFF[$k]=$((at + n))
}
reopen() { # ID GENERATION: the log's fd on that generation, at its first byte
  local fd=${FD[$1]-}
  [[ -n $fd ]] && exec {fd}<&-
  unset "FD[$1]" "FG[$1]"
  file "$1" "$2"
  exec {fd}<"$F" || return 1
  FD[$1]=$fd FG[$1]=$2 FP[$1]=0
}
drain() { # ID GENERATION: from the fd's position (= OFF) to the file's end with bash's read, no fork; read -d ''
  # stops at a NUL byte, which is sent too (a NUL-free log is one chunk). A log with many NULs (binary output)
  # would cost a frame per NUL: after 64 it is left to dd (NULS), from where this read stopped
  local k=$1 at=${OFF[$1]} x nuls=0
  while IFS= read -r -d '' -u "${FD[$k]}" x; do
    printf 'SAC-LOG\t%s\t%s\t%s\t%s\n%s\0' "$k" "$2" "$at" $((${#x} + 1)) "$x"
    at=$((at + ${#x} + 1))
    if ((++nuls == 64)); then
      NULS[$k]=1 x=
      break
    fi
  done
  if ((${#x})); then
    printf 'SAC-LOG\t%s\t%s\t%s\t%s\n%s' "$k" "$2" "$at" "${#x}" "$x"
    at=$((at + ${#x}))
  fi
  ((at > OFF[$k])) && busy=1
  FP[$k]=$at OFF[$k]=$at
}
follow() { # ID: a log whose fd stands at its position: what is new, then the next generation once it exists
  local k=$1 g=${GEN[$1]}
  drain "$k" "$g"
  [[ -n ${PLAIN[$k]-} ]] && return
  if [[ ! -f ${P[$k]}.$((g + 1)) ]]; then
    [[ -f ${P[$k]}.$g ]] || unset "FG[$k]" # deleted under us: the next look goes by the sizes (a gap)
    return
  fi
  drain "$k" "$g" # the writer made g+1 after its last byte to g: what is left of g now is all of it
  g=$((g + 1))
  GEN[$k]=$g OFF[$k]=0
  printf 'SAC-LOG\t%s\t%s\t0\t0\n' "$k" "$g"
  reopen "$k" "$g" && drain "$k" "$g"
}
scan() { # IDS: sizes of every generation of these logs, and each one's oldest and newest generation
  local k f g files=()
  S=() LO=() HI=()
  for k; do
    if [[ -f ${P[$k]} ]]; then
      files+=("${P[$k]}") LO[$k]=0 HI[$k]=0 PLAIN[$k]=1
      continue
    fi
    for f in "${P[$k]}".*; do
      g=${f/"${P[$k]}."/}
      [[ -f $f && $g =~ ^[0-9]+$ ]] || continue
      files+=("$f")
      if [[ -z ${LO[$k]-} ]] || ((g < LO[$k])); then LO[$k]=$g; fi
      if [[ -z ${HI[$k]-} ]] || ((g > HI[$k])); then HI[$k]=$g; fi
    done
  done
  ((${#files[@]})) || return 0
  while read -r size name; do
    S[$name]=$size
  done < <(stat -c '%s %n' -- "${files[@]}" 2>/dev/null)
}
look() { # IDS: what is new in these logs, by the sizes scan found
  local k g f size hi was n
  for k; do
    hi=${HI[$k]-}
    was=${GEN[$k]}
    if [[ -n $hi ]]; then
      file "$k" "$hi"
      f=$F size=${S[$F]-0}
      case $was in
        all) GEN[$k]=${LO[$k]} OFF[$k]=0 ;;
        new) GEN[$k]=$hi OFF[$k]=0 ;;
        tail) GEN[$k]=$hi OFF[$k]=$((size > OFF[$k] ? size - OFF[$k] : 0)) ;;
        lines) n=$(head -c "$size" -- "$f" | tail -n "${OFF[$k]}" | wc -c)
          GEN[$k]=$hi OFF[$k]=$((size - n)) ;;
      esac
      if [[ $was != "${GEN[$k]}" ]]; then
        printf 'SAC-LOG\t%s\t%s\t%s\t0\n' "$k" "${GEN[$k]}" "${OFF[$k]}"
      fi
    elif [[ $was == tail || $was == lines ]]; then
      GEN[$k]=new
    fi
    [[ ${GEN[$k]} =~ ^[0-9]+$ ]] || continue
    g=${GEN[$k]}
    file "$k" "$g"
    f=$F
    if [[ -z ${S[$f]-} ]]; then
      if [[ -n $hi ]]; then
        printf 'SAC-LOG-GAP\t%s\n' "$k"
        GEN[$k]=${LO[$k]} OFF[$k]=0 busy=1
        printf 'SAC-LOG\t%s\t%s\t0\t0\n' "$k" "${LO[$k]}"
      fi
      continue
    fi
    size=${S[$f]}
    if ((size > OFF[$k])); then
      emit "$k" "$g" "${OFF[$k]}" "$size"
    elif ((size < OFF[$k])); then
      printf 'SAC-LOG-GAP\t%s\n' "$k"
      OFF[$k]=0
    elif ((g < hi)); then
      g=$((g + 1))
      GEN[$k]=$g OFF[$k]=0
      file "$k" "$g"
      f=$F
      printf 'SAC-LOG\t%s\t%s\t0\t0\n' "$k" "$g"
      ((${S[$f]-0} > 0)) && emit "$k" "$g" 0 "${S[$f]}"
    fi
  done
}
synced=0 looks=0
while :; do
  busy=0 slow=()
  # a log whose fd stands at its position is followed with builtins only; the others (and every log every 5 s:
  # a file that shrank is a gap) are looked at by their sizes: one stat for them all
  for k in "${ids[@]}"; do
    if ((looks % 20)) && [[ ${FG[$k]-} == "${GEN[$k]}" && -z ${NULS[$k]-} ]] && ((FP[$k] == OFF[$k])); then
      follow "$k"
    else
      slow+=("$k")
    fi
  done
  looks=$((looks + 1))
  if ((${#slow[@]})); then
    scan "${slow[@]}"
    look "${slow[@]}"
  fi
  if ((!synced && !busy)); then
    synced=1 missing=()
    for k in "${ids[@]}"; do [[ ${GEN[$k]} =~ ^[0-9]+$ ]] || missing+=("$k"); done
    printf 'SAC-LOG-SYNC\t%s\n' "${missing[*]}"
  fi
  # a timeout returns > 128; 1 is end of input: the PTY is gone (the client's session died without a hangup
  # reaching us, e.g. its JVM killed) - end here rather than loop on a dead terminal forever
  read -r -t 0.25 _
  (($? == 1)) && exit 0
done
