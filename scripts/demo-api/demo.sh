# Sourced by scripts/demo when no cluster is configured (docs/decisions/0802): the demo API, the demo agents'
# claude pointed at it, and the two demo agents (samples/demo-agents) booked, started and given a prompt each, in
# the background while the window opens. demo_stop puts everything back: call it when the console exits.
demo_dir=$SAC_CONSOLE_HOME/demo
demo_api_pid=
demo_driver_pid=
demo_url=
# the demo agents' workdirs on the cluster (samples/demo-agents)
demo_settings='w=$HOME/.scitex/agent-container/workspaces'

demo_sac() { java -jar "$demo_jar" "$@"; }
demo_ssh() { ssh -F "$SAC_SSH_CONFIG" -o BatchMode=yes "$SCITEX_HPC_HOST" "$1"; }

# demo_start JAR: the API on an ephemeral port of 127.0.0.1 (the local cluster's node shares it), then the agents
demo_start() {
  demo_jar=$1
  mkdir -p "$demo_dir"
  rm -f "$demo_dir/port"
  java -cp "$demo_jar" "$repo/scripts/demo-api/DemoApi.java" "$demo_dir/port" >"$demo_dir/api.log" 2>&1 &
  demo_api_pid=$!
  for _ in $(seq 150); do [[ -s $demo_dir/port ]] && break; sleep 0.2; done
  [[ -s $demo_dir/port ]] || { echo "demo: the demo API did not start; see $demo_dir/api.log" >&2; return 1; }
  demo_url=http://127.0.0.1:$(cat "$demo_dir/port")
  echo "demo: API at $demo_url; agents demo-writer and demo-builder start in the background ($demo_dir/agents.log)"
  # the API named in the demo agents' project settings (<workdir>/.claude/settings.json), which outrank the
  # account's ~/.claude/settings.json: the account's own file is left alone
  printf '{"env": {"ANTHROPIC_BASE_URL": "%s", "ANTHROPIC_API_KEY": "sk-ant-dummy-key-0000000000", "DISABLE_AUTOUPDATER": "1", "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1"}}\n' "$demo_url" \
    | demo_ssh "$demo_settings"'; mkdir -p "$w/demo-writer/.claude" "$w/demo-builder/.claude" && cat > "$w/demo-writer/.claude/settings.json" && cp "$w/demo-writer/.claude/settings.json" "$w/demo-builder/.claude/settings.json"'
  demo_agents >"$demo_dir/agents.log" 2>&1 &
  demo_driver_pid=$!
}

# demo_wait AGENT STATE SECONDS
demo_wait() {
  local end=$((SECONDS + $3))
  until demo_sac show-status "$1" --json 2>/dev/null | grep -q "\"state\" *: *\"$2\""; do
    ((SECONDS < end)) || { echo "demo: $1 not $2 after $3 s"; return 1; }
    sleep 2
  done
}

demo_agents() {
  demo_sac reservations book demo-pool --cpus 1 --mem 2000M --time 02:00:00 --tmux-server sac || true
  demo_sac start demo-writer demo-builder
  # each agent gets its prompt as soon as it waits at its prompt
  (demo_wait demo-builder waiting 120 && demo_sac send demo-builder -m "Please run the build step in this workspace.") &
  (demo_wait demo-writer waiting 120 && demo_sac send demo-writer -m "What is this demo about?") &
  wait
}

demo_stop() {
  set +e # a step that fails (the driver already done) must not skip the others
  [[ -n $demo_driver_pid ]] && kill "$demo_driver_pid" 2>/dev/null
  echo "demo: stopping the demo agents, releasing demo-pool, stopping the demo API"
  demo_sac stop demo-writer demo-builder >/dev/null 2>&1 || true
  demo_sac reservations release demo-pool >/dev/null 2>&1 || true
  demo_ssh "$demo_settings"'; rm -f "$w/demo-writer/.claude/settings.json" "$w/demo-builder/.claude/settings.json"' || true
  [[ -n $demo_api_pid ]] && kill "$demo_api_pid" 2>/dev/null
  return 0
}
