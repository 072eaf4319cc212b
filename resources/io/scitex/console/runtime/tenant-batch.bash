# Args: SOCKET then OP NAME COMMAND PIPE per agent (OP: start, force or stop; PIPE: the pipe-pane command of the
# agent's output log, docs/decisions/0510). One SAC-RESULT line per agent:
# SAC-RESULT<TAB>name<TAB>status<TAB>stdout<TAB>stderr, then SAC-END.
sock=$1
shift
sac_result() {
  printf "SAC-RESULT\t%s\t%s\t%s\t%s\n" "$1" "$2" "$(sac_esc "${3-}")" "$(sac_esc "${4-}")"
}
errf=$(mktemp) || exit 1
trap 'rm -f "$errf"' EXIT
server=1
tmux -L "$sock" list-sessions >/dev/null 2>&1 || server=0
while (($# >= 4)); do
  op=$1 name=$2 cmd=$3 pipe=$4
  shift 4
  s="sac-$name"
  if ((server == 0)); then
    if [[ $op == stop ]]; then
      sac_result "$name" absent "" "no tmux server \"$sock\" in job ${SLURM_JOB_ID:-?}"
    else
      sac_result "$name" failed "" "no tmux server \"$sock\" in job ${SLURM_JOB_ID:-?} (was the reservation booked with a tmux server, and is its _root session alive?)"
    fi
    continue
  fi
  there=0
  tmux -L "$sock" has-session -t "=$s" 2>/dev/null && there=1
  case $op in
    stop)
      if ((there == 0)); then
        sac_result "$name" absent
      elif out=$(tmux -L "$sock" kill-session -t "=$s" 2>"$errf"); then
        sac_result "$name" stopped
      else
        sac_result "$name" failed "$out" "$(<"$errf")"
      fi
      ;;
    start | force)
      if ((there)) && [[ $op == start ]]; then
        sac_result "$name" exists
        continue
      fi
      status=started
      if ((there)); then
        tmux -L "$sock" kill-session -t "=$s" 2>/dev/null || true
        status=restarted
      fi
      if out=$(tmux -L "$sock" new-session -d -s "$s" "$cmd" \; pipe-pane -t "=$s:" "$pipe" 2>"$errf"); then
        sac_result "$name" "$status" "$out"
      else
        sac_result "$name" failed "$out" "$(<"$errf")"
      fi
      ;;
    *)
      sac_result "$name" failed "" "unknown operation $op"
      ;;
  esac
done
printf "SAC-END\n"
