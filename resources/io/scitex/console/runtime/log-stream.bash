# Streams agents' output logs (docs/decisions/0510). Run in a PTY: closing the channel hangs it up.
# Args: MARKER then ID PATH FROM OFFSET per log. PATH is relative to $HOME unless absolute. FROM is the inode of the
# file OFFSET counts in (resume), or: all (from the oldest byte kept, PATH.1 first), tail (the last OFFSET bytes),
# lines (the last OFFSET lines), new (from the start of the file once it exists).
# Prints MARKER, then per chunk (length 0: where a FROM other than an inode starts): SAC-LOG<TAB>id<TAB>inode<TAB>offset<TAB>length<LF> and exactly length bytes; and
# SAC-LOG-GAP<TAB>id<LF> when bytes were rotated away before they could be read; once, when every log was read to its
# end: SAC-LOG-SYNC<TAB>ids of logs that do not exist (space-separated)<LF>.
stty raw -echo 2>/dev/null
marker=$1
shift
declare -A P INO OFF I S
ids=() files=()
while (($# >= 4)); do
  p=$2
  [[ $p == /* ]] || p="$HOME/$p"
  ids+=("$1") files+=("$p" "$p.1") P[$1]=$p INO[$1]=$3 OFF[$1]=$4
  shift 4
done
printf '%s\n' "$marker"
emit() { # ID PATH INODE OFFSET LENGTH
  local got
  exec 3<"$2" || return 1
  got=$(stat -L -c %i /dev/fd/3) || got=
  if [[ $got != "$3" ]]; then
    exec 3<&-
    return 1
  fi
  printf 'SAC-LOG\t%s\t%s\t%s\t%s\n' "$1" "$3" "$4" "$5"
  busy=1
  dd bs=64K iflag=skip_bytes,count_bytes,fullblock skip="$4" count="$5" status=none <&3
  exec 3<&-
  OFF[$1]=$(($4 + $5))
}
look() {
  local k f ci cs ri rs n
  for k in "${ids[@]}"; do
    f=${P[$k]} ci=${I[${P[$k]}]-} cs=${S[${P[$k]}]-0} ri=${I[${P[$k]}.1]-} rs=${S[${P[$k]}.1]-0}
    n=${INO[$k]}
    case $n in
      all) if [[ -n $ri ]]; then INO[$k]=$ri OFF[$k]=0; elif [[ -n $ci ]]; then INO[$k]=$ci OFF[$k]=0; fi ;;
      tail) if [[ -n $ci ]]; then INO[$k]=$ci OFF[$k]=$((cs > OFF[$k] ? cs - OFF[$k] : 0)); else INO[$k]=new; fi ;;
      lines) if [[ -n $ci ]]; then
          n=$(head -c "$cs" -- "$f" | tail -n "${OFF[$k]}" | wc -c)
          INO[$k]=$ci OFF[$k]=$((cs - n))
        else INO[$k]=new; fi ;;
      new) [[ -n $ci ]] && INO[$k]=$ci OFF[$k]=0 ;;
    esac
    if [[ $n != "${INO[$k]}" && ${INO[$k]} != new ]]; then
      printf 'SAC-LOG\t%s\t%s\t%s\t0\n' "$k" "${INO[$k]}" "${OFF[$k]}"
    fi
    case ${INO[$k]} in
      all | new) ;;
      "$ci")
        if ((cs > OFF[$k])); then
          n=$((cs - OFF[$k]))
          emit "$k" "$f" "$ci" "${OFF[$k]}" $((n > 1048576 ? 1048576 : n))
        elif ((cs < OFF[$k])); then
          printf 'SAC-LOG-GAP\t%s\n' "$k"
          OFF[$k]=0
        fi ;;
      "$ri")
        if ((rs > OFF[$k])); then
          n=$((rs - OFF[$k]))
          emit "$k" "$f.1" "$ri" "${OFF[$k]}" $((n > 1048576 ? 1048576 : n))
        elif [[ -n $ci ]]; then
          INO[$k]=$ci OFF[$k]=0
          ((cs > 0)) && emit "$k" "$f" "$ci" 0 $((cs > 1048576 ? 1048576 : cs))
        fi ;;
      *)
        printf 'SAC-LOG-GAP\t%s\n' "$k"
        INO[$k]=all ;;
    esac
  done
}
synced=0
while :; do
  I=() S=() busy=0
  while read -r ino size name; do
    I[$name]=$ino S[$name]=$size
  done < <(stat -L -c '%i %s %n' -- "${files[@]}" 2>/dev/null)
  look
  if ((!synced && !busy)); then
    synced=1 missing=()
    for k in "${ids[@]}"; do [[ ${INO[$k]} == all || ${INO[$k]} == new ]] && missing+=("$k"); done
    printf 'SAC-LOG-SYNC\t%s\n' "${missing[*]}"
  fi
  read -r -t 0.25 _ || true
done
