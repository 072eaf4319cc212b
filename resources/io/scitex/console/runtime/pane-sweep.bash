# Args: SOCKET LINES then NAME=HASH for each pane the console already has. For every sac-* session:
# SAC-PANE<TAB>name<TAB>same<TAB>hash, or SAC-PANE<TAB>name<TAB>new<TAB>hash<TAB>text, or SAC-PANE<TAB>name<TAB>gone;
# SAC-NOSERVER<TAB>error when the tmux server is not running; SAC-HOOK lines (below); then SAC-END.
# A fixed number of processes whatever the number of panes: one tmux client captures many panes (separated by a
# random marker line), one md5sum hashes them all (docs/decisions/0504).
sock=$1 lines=$2
shift 2
declare -A known=() text=() gone=() sums=()
for kv in "$@"; do
  known[${kv%%=*}]=${kv#*=}
done
# The hook marks of each session's pane (docs/decisions/0800) come with the same listing: no extra process.
# "|" separates (tmux prints a tab as "_"); names, marks and base64 details hold none.
if ! list=$(tmux -L "$sock" list-sessions -F "#{session_name}|#{@sac_state}|#{@sac_detail}" 2>&1); then
  printf "SAC-NOSERVER\t%s\n" "$(sac_esc "$list")"
  printf "SAC-END\n"
  exit 0
fi
names=()
hooks=()
while IFS='|' read -r s mark detail; do
  [[ $s == sac-* ]] || continue
  names+=("${s#sac-}")
  # SAC-HOOK<TAB>name<TAB>event epoch<TAB>detail: the detail only of the events that need the user
  if [[ -n $mark ]]; then
    [[ $mark == PermissionRequest* || $mark == StopFailure* || $mark == Notification* ]] || detail=""
    hooks+=("SAC-HOOK	${s#sac-}	$mark	$detail")
  fi
done <<<"$list"
# The last LINES lines of a capture, trailing blank lines dropped (as $(...) drops them), joined by newlines.
sac_keep() {
  local n=${#rows[@]} t=""
  while ((n > 0)) && [[ -z ${rows[n - 1]} ]]; do
    n=$((n - 1))
  done
  local from=$((n > lines ? n - lines : 0))
  if ((n > 0)); then
    printf -v t "%s\n" "${rows[@]:from:n-from}"
    t=${t%$'\n'}
  fi
  text[$1]=$t
}
# One temporary folder for the captures and the hashes. A capture goes to a file, never through a pipe: bash's
# mapfile reads a pipe one byte per read(2), ~75 ms of system time for 50 panes (docs/decisions/0707).
d=$(mktemp -d) || exit 1
trap 'rm -rf -- "$d"' EXIT
sep="SAC-SEP-$RANDOM$RANDOM$RANDOM$$"
i=0
while ((i < ${#names[@]})); do
  # tmux refuses a command line over 16 KB: capture in chunks; a session gone mid-chain stops the chain there.
  args=() start=$i size=0
  while ((i < ${#names[@]} && size < 6000)); do
    ((${#args[@]})) && args+=(";")
    args+=(capture-pane -p -t "=sac-${names[i]}:" -S "-$lines" ";" display-message -p "$sep")
    size=$((size + ${#names[i]} + 80))
    i=$((i + 1))
  done
  tmux -L "$sock" "${args[@]}" >"$d/capture" 2>/dev/null
  mapfile -t out <"$d/capture"
  k=$start
  rows=()
  for line in "${out[@]}"; do
    if [[ $line == "$sep" ]]; then
      sac_keep "${names[k]}"
      k=$((k + 1))
      rows=()
    else
      rows+=("$line")
    fi
  done
  if ((k < i)); then
    gone[${names[k]}]=1
    i=$((k + 1))
  fi
done
rm -f -- "$d/capture"
if ((${#text[@]})); then
  j=0
  declare -A file=()
  for n in "${names[@]}"; do
    [[ -v text[$n] ]] || continue
    printf "%s" "${text[$n]}" >"$d/$j"
    file[$j]=$n
    j=$((j + 1))
  done
  while read -r sum f; do
    sums[${file[$f]}]=$sum
  done < <(cd "$d" && md5sum -- *)
fi
for n in "${names[@]}"; do
  if [[ -n ${gone[$n]-} ]]; then
    printf "SAC-PANE\t%s\tgone\n" "$n"
    continue
  fi
  sum=${sums[$n]-}
  if [[ -z $sum ]]; then
    printf "md5sum gave no hash for %s\n" "$n" >&2
    exit 1
  fi
  if [[ ${known[$n]-} == "$sum" ]]; then
    printf "SAC-PANE\t%s\tsame\t%s\n" "$n" "$sum"
  else
    # no "$(sac_esc ...)": a subshell per new pane cost ~20 ms each under load (docs/decisions/0704)
    sac_esc_to esc "${text[$n]}"
    printf "SAC-PANE\t%s\tnew\t%s\t%s\n" "$n" "$sum" "$esc"
  fi
done
((${#hooks[@]})) && printf "%s\n" "${hooks[@]}"
printf "SAC-END\n"
