# shellcheck shell=bash
# Running wrk and reading its text report. Sourced by compare-with-nginx.sh.
# Needs: THREADS, WRK_TIMEOUT, CLK_TCK, NCPU (set by the main script) and common.sh.

# Turn one `wrk --latency` report into one tab-separated line:
#   rps  p50_ms  p99_ms  non2xx3xx  socket_errors  requests  bytes_per_response
# wrk prints latencies with a unit (us, ms, s; m and h for absurd cases) and sizes in binary units
# (B, KB = 1024 B, MB, GB, TB): both are normalised here. A report with no completed request
# gives rps 0 and "-" latencies rather than wrk's 0.00us.
parse_wrk() {
  awk '
    function ms(v,   n, u) {
      n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
      if (u == "us") return n / 1000
      if (u == "ms") return n
      if (u == "s")  return n * 1000
      if (u == "m")  return n * 60000
      if (u == "h")  return n * 3600000
      return -1
    }
    function bytes(v,   n, u) {
      n = v; sub(/[A-Za-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u)
      if (u == "B")  return n
      if (u == "KB") return n * 1024
      if (u == "MB") return n * 1024 * 1024
      if (u == "GB") return n * 1024 * 1024 * 1024
      if (u == "TB") return n * 1024 * 1024 * 1024 * 1024
      return -1
    }
    /Latency Distribution/ { in_dist = 1; next }
    in_dist && $1 == "50%" { p50 = ms($2) }
    in_dist && $1 == "99%" { p99 = ms($2); in_dist = 0 }
    / requests in / { requests = $1; read = $5; sub(/,$/, "", read); sub(/ read$/, "", read); total = bytes(read) }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ {
      # Socket errors: connect A, read B, write C, timeout D
      for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) { v = $i; sub(/,$/, "", v); sock += v }
    }
    /^Requests\/sec:/ { rps = $2 }
    END {
      if (requests + 0 == 0) { p50 = "-"; p99 = "-"; bpr = "-" } else bpr = sprintf("%.0f", total / requests)
      printf "%s\t%s\t%s\t%d\t%d\t%d\t%s\n", (rps == "" ? 0 : rps), p50, p99, non2xx, sock, requests, bpr
    }'
}

# run_wrk OUTFILE SECONDS CONNECTIONS URL SERVER_PIDS HEADER...
# Runs wrk once and keeps its report in OUTFILE. Sets WRK_LINE (rather than printing: call it
# directly, not in $(...), so that a TERM reaches the script's trap right after the wrk run) to the
# parsed line followed by two columns:
#   server CPU microseconds per request  and  "other" cores: the machine's busy CPU during the run
#   minus the server's and wrk's own, in cores (0.00 on a quiet machine; loopback networking in
#   the kernel is counted here too). A high "other" marks a run disturbed by something else.
# SERVER_PIDS is a space-separated list (the JVM, or nginx master and workers).
run_wrk() {
  local out=$1 secs=$2 conns=$3 url=$4 pids=$5
  shift 5
  local cmd=(wrk -t "$THREADS" -c "$conns" -d "${secs}s" --latency --timeout "$WRK_TIMEOUT")
  local h
  for h in "$@"; do cmd+=(-H "$h"); done
  cmd+=("$url")

  local s0 s1 m0 m1 w0 w1 t0 t1
  # shellcheck disable=SC2086 # pids is a list on purpose
  s0=$(cpu_ticks $pids)
  m0=$(machine_busy_ticks)
  w0=$(children_cpu_seconds)
  t0=$(now_us)
  # --foreground: Ctrl-C reaches wrk at once; the timeout only guards against a hung wrk.
  if ! timeout --foreground $((secs + 60)) "${cmd[@]}" >"$out" 2>&1; then
    cat "$out" >&2
    die "wrk failed against $url"
  fi
  t1=$(now_us)
  w1=$(children_cpu_seconds)
  m1=$(machine_busy_ticks)
  # shellcheck disable=SC2086
  s1=$(cpu_ticks $pids)

  local parsed
  parsed=$(parse_wrk <"$out")
  # shellcheck disable=SC2034 # read by the caller
  WRK_LINE=$(awk -v line="$parsed" -v s=$((s1 - s0)) -v m=$((m1 - m0)) -v w0="$w0" -v w1="$w1" \
    -v el=$((t1 - t0)) -v tck="$CLK_TCK" 'BEGIN {
      split(line, f, "\t"); req = f[6]
      srv_s = s / tck; wrk_s = w1 - w0; busy_s = m / tck; elapsed = el / 1e6
      cpu = (req > 0) ? sprintf("%.0f", srv_s * 1e6 / req) : "-"
      other = (busy_s - srv_s - wrk_s) / elapsed; if (other < 0) other = 0
      printf "%s\t%s\t%.2f\n", line, cpu, other }')
}
