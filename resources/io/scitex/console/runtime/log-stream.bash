# Streams agents' output logs (docs/decisions/0510). Run in a PTY: closing the channel hangs it up.
# A log is PATH.0, PATH.1, ... (generations, the newest written, two kept) or, when PATH itself is a file (a job's
# output file), that file alone as generation 0. PATH is relative to $HOME unless absolute.
# Args: MARKER then ID PATH FROM OFFSET per log. FROM is the generation OFFSET counts in (resume), or: all (from the
# oldest byte kept), tail (the last OFFSET bytes), lines (the last OFFSET lines), new (from the start once it exists).
# Prints MARKER, then per chunk (length 0: where a FROM other than a generation starts):
# SAC-LOG<TAB>id<TAB>generation<TAB>offset<TAB>length<LF> and exactly length bytes; SAC-LOG-GAP<TAB>id<LF> when bytes
# were rotated away before they could be read; once, when every log was read to its end:
# SAC-LOG-SYNC<TAB>ids of logs that do not exist (space-separated)<LF>.
stty raw -echo 2>/dev/null
export LC_ALL=C # ${#x} counts bytes, read takes any byte
marker=$1
shift
declare -A P GEN OFF S LO HI FD FG FP
ids=()
while (($# >= 4)); do
  p=$2
  [[ $p == /* ]] || p="$HOME/$p"
  ids+=("$1") P[$1]=$p GEN[$1]=$3 OFF[$1]=$4
  shift 4
done
printf '%s\n' "$marker"
file() { # ID GENERATION: the file's path in F (no $(...): a fork per log per look made 50 logs lag by seconds)
  if [[ -f ${P[$1]} ]]; then F=${P[$1]}; else F=${P[$1]}.$2; fi
}
emit() { # ID GENERATION OFFSET SIZE: the new bytes from OFFSET, through the log's open file (FD/FG/FP)
  local k=$1 g=$2 at=$3 n=$(($4 - $3)) fd=${FD[$1]-} x
  if [[ ${FG[$k]-} != "$g" ]] || ((FP[$k] > at)); then
    [[ -n $fd ]] && exec {fd}<&-
    file "$k" "$g"
    exec {fd}<"$F" || { unset "FD[$k]" "FG[$k]"; return 1; }
    FD[$k]=$fd FG[$k]=$g FP[$k]=0
  fi
  busy=1
  if ((FP[$k] == at && n <= 65536)); then
    # the fd stands at OFFSET: builtin reads to the end (no fork); -d '' stops at a NUL byte, which is sent too
    while IFS= read -r -d '' -u "$fd" x; do
      printf 'SAC-LOG\t%s\t%s\t%s\t%s\n%s\0' "$k" "$g" "$at" $((${#x} + 1)) "$x"
      at=$((at + ${#x} + 1))
    done
    if ((${#x})); then
      printf 'SAC-LOG\t%s\t%s\t%s\t%s\n%s' "$k" "$g" "$at" "${#x}" "$x"
      at=$((at + ${#x}))
    fi
  else
    # a backlog (or a first read from an offset): one dd, at most 1 MiB; skip is relative to the fd's position
    ((n > 1048576)) && n=1048576
    printf 'SAC-LOG\t%s\t%s\t%s\t%s\n' "$k" "$g" "$at" "$n"
    dd bs=64K iflag=skip_bytes,count_bytes,fullblock skip=$((at - FP[$k])) count="$n" status=none <&"$fd"
    at=$((at + n))
  fi
  FP[$k]=$at OFF[$k]=$at
}
scan() { # sizes of every generation of every log, and each log's oldest and newest generation
  local k f g files=()
  S=() LO=() HI=()
  for k in "${ids[@]}"; do
    if [[ -f ${P[$k]} ]]; then
      files+=("${P[$k]}") LO[$k]=0 HI[$k]=0
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
look() {
  local k g f size hi was n
  for k in "${ids[@]}"; do
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
synced=0
while :; do
  busy=0
  scan
  look
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
