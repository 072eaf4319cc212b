# The first pane sweep (one tmux and one md5sum per pane), kept as the reference the faster one must match.
# Args: SOCKET LINES then NAME=HASH for each pane the console already has. For every sac-* session:
# SAC-PANE<TAB>name<TAB>same<TAB>hash, or SAC-PANE<TAB>name<TAB>new<TAB>hash<TAB>text, or SAC-PANE<TAB>name<TAB>gone;
# SAC-NOSERVER<TAB>error when the tmux server is not running; then SAC-END.
sock=$1 lines=$2
shift 2
declare -A known=()
for kv in "$@"; do
  known[${kv%%=*}]=${kv#*=}
done
if ! list=$(tmux -L "$sock" list-sessions -F "#{session_name}" 2>&1); then
  printf "SAC-NOSERVER\t%s\n" "$(sac_esc "$list")"
  printf "SAC-END\n"
  exit 0
fi
while IFS= read -r s; do
  [[ $s == sac-* ]] || continue
  name=${s#sac-}
  if ! text=$(tmux -L "$sock" capture-pane -p -t "=$s:" -S "-$lines" 2>/dev/null); then
    printf "SAC-PANE\t%s\tgone\n" "$name"
    continue
  fi
  mapfile -t rows <<<"$text"
  if ((${#rows[@]} > lines)); then
    text=$(printf "%s\n" "${rows[@]: -lines}")
  fi
  sum=$(printf "%s" "$text" | md5sum)
  sum=${sum%% *}
  if [[ ${known[$name]-} == "$sum" ]]; then
    printf "SAC-PANE\t%s\tsame\t%s\n" "$name" "$sum"
  else
    printf "SAC-PANE\t%s\tnew\t%s\t%s\n" "$name" "$sum" "$(sac_esc "$text")"
  fi
done <<<"$list"
printf "SAC-END\n"
