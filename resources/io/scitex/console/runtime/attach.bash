# Attach a terminal to a tmux session inside a job, and leave no srun step behind when the terminal is cut off.
# $1 job id, $2 tmux socket, $3 session target (=sac-<name>), $4 a token unique to this terminal.
# A step's tmux client never sees this side hang up (the node's pty stays open), and srun ignores it, so the
# client runs named by the token; on a hang-up, or any abnormal end, a second step sends it SIGHUP.
job=$1 sock=$2 target=$3 token=$4
trap 'hup=1; kill -TERM "$pid" 2>/dev/null' HUP TERM
# in the background so the traps run at once; an explicit stdin keeps the terminal (not /dev/null);
# the step is named tmux, as a plain srun ... tmux attach step is, so squeue -s shows what it is
srun --jobid="$job" --overlap --nodes=1 --ntasks=1 --job-name=tmux --pty \
  bash -c 'exec -a "$0" tmux -L "$1" attach -t "$2"' "$token" "$sock" "$target" <&0 &
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
