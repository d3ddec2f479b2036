#!/usr/bin/env bash
# A local cluster on loopback: one private PostgreSQL, two instances of the packaged jar on the postgres
# profile, nginx in front terminating TLS with a self-signed certificate for localhost (ops/nginx.conf).
#   ops/cluster.sh           run until Ctrl-C, then stop everything
#   ops/cluster.sh --check   drive requests through nginx, kill -9 one instance halfway, count failures,
#                            restart it and time until it answers 200 again; drive them again while the
#                            other instance stops gracefully (SIGTERM); then stop everything.
#                            Exits non-zero if any request did not get a 200.
# Needs: java 17, postgresql (server), nginx, openssl, curl, python3. Run as root (PostgreSQL runs as user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
requests=${REQUESTS:-2000}
parallel=${PARALLEL:-4}
startup_timeout=${STARTUP_TIMEOUT:-600}   # seconds; a small, loaded machine needs minutes
page=/compare/call-center-agent-vs-project-manager

log() { printf '== %s\n' "$*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
now_ms() { date +%s%3N; }

work=$(mktemp -d /tmp/rolecompare-cluster.XXXXXX)
chmod 755 "$work"
declare -A app_pid app_port
pg_pid='' nginx_pid='' idle_pid=''

stop_all() {
  set +e
  [ -n "$idle_pid" ] && kill "$idle_pid" 2>/dev/null
  for n in "${!app_pid[@]}"; do
    kill -TERM "${app_pid[$n]}" 2>/dev/null
  done
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null
  for n in "${!app_pid[@]}"; do
    for _ in $(seq 1 100); do kill -0 "${app_pid[$n]}" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "${app_pid[$n]}" 2>/dev/null
  done
  if [ -n "$pg_pid" ]; then
    kill -INT "$pg_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pg_pid" 2>/dev/null || break; sleep 0.2; done
  fi
  if [ "${KEEP_LOGS:-}" = true ]; then log "logs kept in $work"; else rm -rf "$work"; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

jar=$(ls target/rolecompare-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/rolecompare-*.jar | head -n 1)
fi

log "PostgreSQL"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_port=$(free_port)
pg_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mkdir "$work/pg" && chown postgres "$work/pg"
printf '%s\n' "$pg_password" > "$work/pg/pw" && chown postgres "$work/pg/pw"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=scram-sha-256 \
  --pwfile="$work/pg/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work/pg" start >/dev/null
pg_pid=$(head -n 1 "$work/pg/data/postmaster.pid")
PGPASSWORD="$pg_password" psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "create role rolecompare login password '$pg_password'" \
  -c "create database rolecompare owner rolecompare encoding 'UTF8'"

server_name=localhost
tls_port=$(free_port)
public_url="https://$server_name:$tls_port"

start_instance() { # n
  local n=$1
  [ -n "${app_port[$n]:-}" ] || app_port[$n]=$(free_port)
  SPRING_PROFILES_ACTIVE=postgres \
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/rolecompare" \
  SPRING_DATASOURCE_USERNAME=rolecompare SPRING_DATASOURCE_PASSWORD="$pg_password" \
    ops/start.sh "$jar" --server.address=127.0.0.1 --server.port="${app_port[$n]}" \
    --rolecompare.public-url="$public_url" \
    >>"$work/app$n.log" 2>&1 &
  app_pid[$n]=$!
}

wait_for_200() { # url timeout-seconds
  local deadline=$(( $(date +%s) + $2 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ]; do
    if [ "$(date +%s)" -ge "$deadline" ]; then return 1; fi
    sleep 0.1
  done
}

log "extracting $jar and training its class cache once (ops/start.sh --prepare)"
ops/start.sh --prepare "$jar"
log "two instances of $jar, started by ops/start.sh"
start_instance 1
start_instance 2
for n in 1 2; do
  wait_for_200 "http://127.0.0.1:${app_port[$n]}/actuator/health/readiness" "$startup_timeout" \
    || { log "instance $n did not become ready; its log:"; tail -n 40 "$work/app$n.log" >&2; exit 1; }
done

log "nginx with TLS (self-signed certificate for $server_name)"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$server_name" \
  -addext "subjectAltName=DNS:$server_name,IP:127.0.0.1" -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null
nginx_port=$(free_port)
sed -e "s#@WORK@#$work#g" -e "s#@PORT@#$nginx_port#g" -e "s#@TLS_PORT@#$tls_port#g" -e "s#@SERVER_NAME@#$server_name#g" \
    -e "s#@APP1_PORT@#${app_port[1]}#g" -e "s#@APP2_PORT@#${app_port[2]}#g" ops/nginx.conf > "$work/nginx.conf"
nginx -e "$work/nginx-error.log" -p "$work" -c "$work/nginx.conf" &
nginx_pid=$!
url="$public_url"
export CURL_CA_BUNDLE="$work/tls.crt"
wait_for_200 "$url$page" 30 || { log "nginx does not answer"; cat "$work/nginx-error.log" >&2; exit 1; }

echo "RoleCompare: $url/  (HTTP on port $nginx_port redirects there; instances on ports ${app_port[1]} pid ${app_pid[1]}," \
     "${app_port[2]} pid ${app_pid[2]}; PostgreSQL on port $pg_port pid $pg_pid; nginx pid $nginx_pid)"
echo "headers (through nginx, over TLS):"
curl -s -D - -o /dev/null "$url$page?lang=en" | tr -d '\r' | grep -iE '^(strict-transport-security|content-security-policy|x-content-type-options|referrer-policy|permissions-policy|cross-origin-opener-policy):' | sed 's/^/  /'
echo "forged:   a request with Host: evil.example got $(curl -s -H 'Host: evil.example' "$url$page?lang=en" | grep -c 'evil.example' || true) mentions of it"
echo "http:     $(curl -s -o /dev/null -w '%{http_code} to %{redirect_url}' "http://127.0.0.1:$nginx_port$page")"

if [ "$mode" != --check ]; then
  log "running; Ctrl-C stops everything"
  sleep infinity &
  idle_pid=$!
  wait "$idle_pid"   # unlike a foreground sleep, wait returns at once when a signal arrives
fi

# drive COUNT SIGNAL N: COUNT GETs through nginx, $parallel at a time; halfway, send SIGNAL to instance N.
# Prints "<answered> <with 200> <answered before the signal> <ms>"; the status codes go to $work/codes.
drive() {
  local count=$1 signal=$2 n=$3 codes="$work/codes" started load_pid at
  : > "$codes"
  for _ in $(seq 1 "$count"); do printf 'url = "%s%s?lang=en"\noutput = "/dev/null"\n' "$url" "$page"; done > "$work/urls"
  started=$(now_ms)
  curl -s --parallel --parallel-max "$parallel" --max-time 15 -K "$work/urls" -w '%{http_code}\n' >"$codes" 2>/dev/null &
  load_pid=$!
  while [ "$(wc -l < "$codes")" -lt $(( count / 2 )) ] && kill -0 "$load_pid" 2>/dev/null; do sleep 0.05; done
  kill "-$signal" "${app_pid[$n]}"
  at=$(wc -l < "$codes")
  log "sent SIG$signal to instance $n (pid ${app_pid[$n]}) after $at responses"
  wait "$load_pid" || true
  echo "$(wc -l < "$codes") $(grep -c '^200$' "$codes" || true) $at $(( $(now_ms) - started ))"
}
status_counts() { sort "$work/codes" | uniq -c | awk '{printf "%s×%s ", $2, $1}'; }

log "check 1: $requests GETs of $page through nginx, $parallel at a time; kill -9 instance 1 halfway"
read -r total ok at elapsed < <(drive "$requests" KILL 1)
echo "crash:    $requests sent, $total answered, $ok with 200, $(( requests - ok )) failed" \
     "(instance 1 killed with -9 after $at), in $elapsed ms; statuses: $(status_counts)"
failed=$(( requests - ok ))

log "restarting instance 1 on port ${app_port[1]}"
restart=$(now_ms)
start_instance 1
wait_for_200 "http://127.0.0.1:${app_port[1]}$page" "$startup_timeout" || { log "instance 1 did not come back"; exit 1; }
echo "restart:  instance 1 answered 200 again $(( $(now_ms) - restart )) ms after it was started"

log "check 2: the same, stopping instance 2 gracefully (SIGTERM) halfway"
read -r total ok at elapsed < <(drive "$requests" TERM 2)
echo "shutdown: $requests sent, $total answered, $ok with 200, $(( requests - ok )) failed" \
     "(instance 2 stopped with SIGTERM after $at), in $elapsed ms; statuses: $(status_counts)"
failed=$(( failed + requests - ok ))
wait "${app_pid[2]}" || true

echo "machine:  $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$failed" -eq 0 ]
