# Args: SOCKET NAME then steps: key:<tmux key name> | paste | sleep:<seconds>. "paste" pastes this command's stdin
# through a named tmux buffer as a bracketed paste: the text never becomes shell words or key names.
# Prints SAC-END when every step ran; exits 3 when the agent has no session.
sock=$1 name=$2
shift 2
target="=sac-$name:"
if ! tmux -L "$sock" has-session -t "=sac-$name" 2>/dev/null; then
  printf "no tmux session sac-%s\n" "$name" >&2
  exit 3
fi
buf="sac-input-$$"
for step in "$@"; do
  case $step in
    key:*) tmux -L "$sock" send-keys -t "$target" "${step#key:}" || exit 1 ;;
    paste) { tmux -L "$sock" load-buffer -b "$buf" - && tmux -L "$sock" paste-buffer -p -d -b "$buf" -t "$target"; } || exit 1 ;;
    sleep:*) sleep "${step#sleep:}" ;;
    *) printf "unknown step %s\n" "$step" >&2; exit 2 ;;
  esac
done
printf "SAC-END\n"
