#!/usr/bin/env bash
# How long a search takes: starts the jar on a free port, warms up, then asks a fixed list of queries many times with
# curl (one connection per query kind, as a browser keeps one) and prints p50/p95 per query kind for each round and
# the median of the rounds. Only loopback traffic; every loop is bounded.
#
#   bench/search.sh                        # builds the jar with ./mvnw -B -DskipTests package
#   bench/search.sh target/rolecompare-0.1.0-SNAPSHOT.jar
#   WARMUP=30 ROUNDS=5 REQUESTS=200 bench/search.sh target/*.jar
#   QUICK=1 bench/search.sh target/*.jar   # 3 s warm-up, 2 rounds of 20: a smoke run, numbers meaningless
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/common.sh
. bench/lib/common.sh

JAR=${1:-${JAR:-}}
WARMUP=${WARMUP:-30}
ROUNDS=${ROUNDS:-5}
REQUESTS=${REQUESTS:-200}
if [ -n "${QUICK:-}" ]; then WARMUP=3; ROUNDS=2; REQUESTS=20; fi
command -v curl >/dev/null || die "curl is needed (apt-get install -y curl)"
command -v java >/dev/null || die "Java 17 is needed"
if [ -z "$JAR" ]; then
  note "building the jar"
  ./mvnw -B -q -DskipTests package >&2
  JAR=$(ls target/rolecompare-*.jar | head -1)
fi
[ -f "$JAR" ] || die "no jar at $JAR"

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
LOG=$(mktemp /tmp/search-bench.XXXXXX.log)
note "starting $JAR on port $PORT (log: $LOG)"
java -jar "$JAR" --server.port="$PORT" --rolecompare.request-log.enabled=false --logging.level.root=WARN \
  --logging.level.com.rolecompare.search=INFO >"$LOG" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true' EXIT
for ((i = 0; i < 120; i++)); do
  curl -fs -o /dev/null "$BASE/actuator/health/readiness" && break
  alive "$APP" || die "the application stopped; see $LOG"
  sleep 1
done
curl -fs -o /dev/null "$BASE/actuator/health/readiness" || die "not ready after 120 s; see $LOG"

# kind<TAB>address (already encoded). The search page is asked in both languages; suggestions as a box sends them.
QUERIES=$(cat <<'LIST'
role name zh	/search?lang=zh-CN&q=%E5%9D%90%E5%B8%AD
role name zh	/search?lang=zh-CN&q=%E4%BA%A7%E5%93%81%E7%BB%8F%E7%90%86
role name en	/search?lang=en&q=PM
role name en	/search?lang=en&q=scrum+master
typo en	/search?lang=en&q=scrum+mastr
typo en	/search?lang=en&q=projet+manager
two roles	/search?lang=zh-CN&q=%E5%AE%A2%E6%9C%8D+%E9%A1%B9%E7%9B%AE%E7%BB%8F%E7%90%86
two roles	/search?lang=en&q=agent+vs+pm
words in text	/search?lang=en&q=career+path
words in text	/search?lang=zh-CN&q=%E6%99%8B%E5%8D%87
metric	/search?lang=en&q=AHT
nothing to search	/search?lang=en&q=%21%21%21
1,000 terms	/search?lang=en&q=MANY
suggest	/search/suggest?lang=en&q=scr
suggest	/search/suggest?lang=zh-CN&q=%E5%9D%90
LIST
)
MANY=$(printf 'manager+%.0s' $(seq 1 1000))
QUERIES=${QUERIES//MANY/$MANY}

# Times (ms) of $2 requests to one address over one connection.
times_ms() {
  local url=$1 n=$2 i
  for ((i = 0; i < n; i++)); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url"; done \
    | curl -s --compressed -w '%{time_total}\n' -K - | awk '{ printf "%.3f\n", $1 * 1000 }'
}

# The p-th percentile (0-100) of the numbers on stdin, nearest rank.
percentile() {
  sort -g | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; print v[i] }'
}

note "warming up for ${WARMUP}s"
END=$(($(date +%s) + WARMUP))
while [ "$(date +%s)" -lt "$END" ]; do
  while IFS=$'\t' read -r _ path; do times_ms "$BASE$path" 5 >/dev/null; done <<<"$QUERIES"
done

RESULTS=$(mktemp /tmp/search-bench.XXXXXX.tsv)
for ((round = 1; round <= ROUNDS; round++)); do
  note "round $round of $ROUNDS: $REQUESTS requests per address"
  while IFS=$'\t' read -r kind path; do
    times_ms "$BASE$path" "$REQUESTS" | awk -v k="$kind" -v r="$round" '{ print r "\t" k "\t" $1 }' >>"$RESULTS"
  done <<<"$QUERIES"
done

printf '%s\n' "Search latency, ms (client side, curl over one kept-alive connection, gzip): $JAR"
printf '%s\n' "warm-up ${WARMUP}s, $ROUNDS rounds x $REQUESTS requests per address; $(nproc) cores; $(java -version 2>&1 | head -1)"
printf '| %-17s | %s | %s |\n' "kind" "p50 per round" "p95 per round"
KINDS=$(cut -f1 <<<"$QUERIES" | awk '!seen[$0]++')
ALL50=()
while IFS= read -r kind; do
  p50s=() p95s=()
  for ((round = 1; round <= ROUNDS; round++)); do
    p50s+=("$(awk -F'\t' -v k="$kind" -v r="$round" '$1 == r && $2 == k { print $3 }' "$RESULTS" | percentile 50)")
    p95s+=("$(awk -F'\t' -v k="$kind" -v r="$round" '$1 == r && $2 == k { print $3 }' "$RESULTS" | percentile 95)")
  done
  m50=$(printf '%s\n' "${p50s[@]}" | median)
  m95=$(printf '%s\n' "${p95s[@]}" | median)
  ALL50+=("$m50")
  printf '| %-17s | %s (median %s) | %s (median %s) |\n' "$kind" "${p50s[*]}" "$m50" "${p95s[*]}" "$m95"
done <<<"$KINDS"
OVERALL=$(for ((round = 1; round <= ROUNDS; round++)); do
  awk -F'\t' -v r="$round" '$1 == r && $2 != "suggest" { print $3 }' "$RESULTS" | percentile 50
done | median)
rm -f "$RESULTS"
grep -h "Search index" "$LOG" | sed 's/^.*SearchIndex *: /index: /' || true
echo "search p50, every kind of search page, median of $ROUNDS rounds: $OVERALL ms"
