# Attach a terminal to a tmux session inside a job, and leave no srun step behind when the terminal is cut off.
# $1 job id, $2 tmux socket, $3 session target (=sac-<name>), $4 a token unique to this terminal,
# $5 interactive or watch.
# Sizes (decision 0602): an interactive client first sets the session's window to take the size of its LARGEST
# client, so a small or hidden terminal never shrinks the agent for the others; a watching client attaches with
# -r (read-only and ignore-size): its keys never reach the agent and its size never counts.
# A step's tmux client never sees this side hang up (the node's pty stays open), and srun ignores it, so the
# client runs named by the token; on a hang-up, or any abnormal end, a second step sends it SIGHUP.
job=$1 sock=$2 target=$3 token=$4 mode=${5:-interactive}
trap 'hup=1; kill -TERM "$pid" 2>/dev/null' HUP TERM
# in the background so the traps run at once; an explicit stdin keeps the terminal (not /dev/null);
# the step is named tmux, as a plain srun ... tmux attach step is, so squeue -s shows what it is
srun --jobid="$job" --overlap --nodes=1 --ntasks=1 --job-name=tmux --pty \
  bash -c 'if [ "$3" = watch ]; then exec -a "$0" tmux -u -L "$1" attach -r -t "$2"; fi
    tmux -L "$1" set-option -w -t "$2:" window-size largest 2>/dev/null
    exec -a "$0" tmux -u -L "$1" attach -t "$2"' "$token" "$sock" "$target" "$mode" <&0 &
pid=$!
while :; do
  wait "$pid"; rc=$?
  kill -0 "$pid" 2>/dev/null || break
done
if [ -n "${hup:-}" ] || [ "$rc" -ne 0 ]; then
  trap '' HUP TERM
  srun --jobid="$job" --overlap --nodes=1 --ntasks=1 --job-name=sac-detach pkill -HUP -f "^$token( |\$)" </dev/null >/dev/null 2>&1
fi
exit "$rc"
