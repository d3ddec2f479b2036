# shellcheck shell=bash
# Helpers shared by compare-with-nginx.sh: messages, numbers, ports, processes.
# Sourced, never run. Only bash, coreutils, mawk-compatible awk and /proc are used,
# so that a fresh Debian machine needs nothing else.

# Progress goes to stderr, so that stdout holds only results and its last line stays the ratio.
note() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Microseconds since the epoch, without forking (bash 5's EPOCHREALTIME).
now_us() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local t=${EPOCHREALTIME/[.,]/}
    echo "$t"
  else
    echo $(($(date +%s%N) / 1000))
  fi
}

# "10", "10s" or "2m" -> whole seconds.
to_seconds() {
  case "$1" in
    *[!0-9smh]* | '' | [smh]*) die "not a duration: '$1' (use e.g. 10 or 10s)" ;;
    *m) echo $((${1%m} * 60)) ;;
    *h) echo $((${1%h} * 3600)) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

# Median of the numbers on stdin ("-" when there are none).
median() {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "-"; exit }
      if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2
    }'
}

# a / b with 2 decimals ("-" when either is missing or b is 0); below 0.1 with 2 significant
# digits instead, so that a small ratio does not print as 0.00.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {
    if (a == "-" || b == "-" || a == "" || b == "" || b + 0 == 0) { print "-"; exit }
    r = a / b
    if (r >= 0.1 || r == 0) printf "%.2f\n", r; else printf "%.2g\n", r }'
}

# A TCP port on which nothing listens or connects now. Picked below the kernel's ephemeral range,
# so that wrk's and curl's own client ports never take it between the pick and the server's bind.
PORTS_HANDED_OUT=" "
free_port() {
  local low=20000 high=32000 port hex tries
  for ((tries = 0; tries < 200; tries++)); do
    port=$((low + RANDOM % (high - low)))
    case "$PORTS_HANDED_OUT" in *" $port "*) continue ;; esac
    printf -v hex ':%04X ' "$port"
    if ! cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | grep -q "$hex"; then
      PORTS_HANDED_OUT+="$port "
      echo "$port"
      return 0
    fi
  done
  die "no free TCP port found in $low-$high"
}

# True while the process exists and is not a zombie (a child that exited but was not yet
# reaped still answers kill -0, so /proc is read instead).
alive() {
  local state
  state=$(awk '{ sub(/^.*\) /, ""); print $1 }' "/proc/$1/stat" 2>/dev/null) || return 1
  [ -n "$state" ] && [ "$state" != Z ]
}

# Child process ids of a process (e.g. nginx workers of the master), from /proc.
children_of() {
  local parent=$1 f line rest
  local -a fields
  for f in /proc/[0-9]*/stat; do
    { read -r line <"$f"; } 2>/dev/null || continue
    rest=${line##*) }             # the command name may hold spaces: skip past its ")"
    read -r -a fields <<<"$rest"  # fields[0]=state, fields[1]=ppid
    if [ "${fields[1]:-}" = "$parent" ]; then
      f=${f#/proc/}
      echo "${f%/stat}"
    fi
  done
}

# User+system CPU ticks used so far by the given processes (summed; gone processes count 0).
cpu_ticks() {
  local total=0 pid t
  for pid in "$@"; do
    t=$(awk '{ s = $0; sub(/^.*\) /, "", s); split(s, f, " "); print f[12] + f[13] }' "/proc/$pid/stat" 2>/dev/null) || t=0
    total=$((total + ${t:-0}))
  done
  echo "$total"
}

# Busy CPU ticks of the whole machine (all cores, everything but idle and iowait).
machine_busy_ticks() {
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat
}

# Resident memory of the given processes in MB (VmRSS summed; shared pages count per process).
rss_mb() {
  local kb=0 pid v
  for pid in "$@"; do
    v=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) || v=0
    kb=$((kb + ${v:-0}))
  done
  awk -v k="$kb" 'BEGIN { printf "%.1f\n", k / 1024 }'
}

# Seconds of user+system CPU of this shell's finished children so far (bash's `times`).
children_cpu_seconds() {
  times | awk 'NR == 2 {
    t = 0
    for (i = 1; i <= 2; i++) { split($i, p, "m"); sub(/s$/, "", p[2]); t += p[1] * 60 + p[2] }
    printf "%.3f\n", t }'
}

# --- processes we start -------------------------------------------------------------------------
# Every server started goes into STARTED_PIDS; the EXIT trap stops whatever is still in it.
STARTED_PIDS=()

# launch LOG DIR CMD... : run CMD in DIR in the background, output to LOG; sets LAUNCHED_PID.
# The subshell execs CMD, so $! is CMD's own pid (java, nginx master), not a wrapper's.
launch() {
  local log=$1 dir=$2
  shift 2
  (cd "$dir" && exec "$@") >"$log" 2>&1 </dev/null &
  LAUNCHED_PID=$!
  STARTED_PIDS+=("$LAUNCHED_PID")
}

forget_pid() {
  local keep=() p
  for p in ${STARTED_PIDS[@]+"${STARTED_PIDS[@]}"}; do
    [ "$p" = "$1" ] || keep+=("$p")
  done
  STARTED_PIDS=(${keep[@]+"${keep[@]}"})
}

# Stop one process we started: TERM (Spring Boot and nginx both shut down cleanly on it),
# wait at most STOP_TIMEOUT seconds, then KILL as the last resort. Always reaps it.
stop_pid() {
  local pid=$1 waited=0 limit=$((${STOP_TIMEOUT:-30} * 10))
  if alive "$pid"; then
    kill -TERM "$pid" 2>/dev/null || true
    while alive "$pid" && [ "$waited" -lt "$limit" ]; do
      sleep 0.1
      waited=$((waited + 1))
    done
    if alive "$pid"; then
      warn "pid $pid still running ${STOP_TIMEOUT:-30}s after TERM: killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  wait "$pid" 2>/dev/null || true
  forget_pid "$pid"
}

stop_all_started() {
  local p
  for p in ${STARTED_PIDS[@]+"${STARTED_PIDS[@]}"}; do
    stop_pid "$p"
  done
}
