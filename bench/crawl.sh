#!/usr/bin/env bash
# crawl.sh - every page a crawler can reach, from a fresh start: the home page, /roles, every role page, every
# dimension page, the FAQ, and every pair of the catalog in both languages (25 roles: 300 pairs, 600 pages).
#
#   bench/crawl.sh [jar]        default: the jar in target/ (built if missing)
#   PARALLEL=4 bench/crawl.sh   requests in flight at once (default 4)
#
# Prints the number of pages, the errors (any status but 200), the wall time of the whole crawl and the median
# and 95th percentile of one page, then the same crawl again (every page now served from memory). Everything on
# 127.0.0.1; the JVM is stopped by its pid.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/common.sh
. bench/lib/common.sh

jar=${1:-${JAR:-}}
parallel=${PARALLEL:-4}
if [ -z "$jar" ]; then
  jar=$(ls target/rolecompare-*.jar 2>/dev/null | head -n 1 || true)
  [ -n "$jar" ] || { note "building the jar"; ./mvnw -B -q -DskipTests package; jar=$(ls target/rolecompare-*.jar | head -n 1); }
fi
work=$(mktemp -d /tmp/rolecompare-crawl.XXXXXX)
pid=''
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"; for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(free_port)
base="http://127.0.0.1:$port"
note "starting $jar on port $port"
java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" --rolecompare.request-log.enabled=false \
  >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 1800); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness" || true)" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || die "the application stopped: $(tail -n 20 "$work/app.log")"
  sleep 0.1
done

# The pages, as a crawler finds them: role slugs from the links of /roles, dimension keys from the home page.
curl -s "$base/roles?lang=en" | grep -o 'href="/roles/[a-z0-9-]*"' | sed 's#href="/roles/##; s#"##' | sort -u > "$work/slugs"
curl -s "$base/?lang=en" | grep -o 'href="/dimensions/[a-z0-9-]*"' | sed 's#href="/dimensions/##; s#"##' | sort -u > "$work/keys"
{
  for lang in zh-CN en; do
    printf '%s\n' "/?lang=$lang" "/roles?lang=$lang" "/faq?lang=$lang"
    while read -r slug; do echo "/roles/$slug?lang=$lang"; done < "$work/slugs"
    while read -r key; do echo "/dimensions/$key?lang=$lang"; done < "$work/keys"
    awk -v lang="$lang" '{ s[NR] = $1 } END { for (i = 1; i <= NR; i++) for (j = i + 1; j <= NR; j++)
      printf "/compare/%s-vs-%s?lang=%s\n", s[i], s[j], lang }' "$work/slugs"
  done
} > "$work/paths"
roles=$(wc -l < "$work/slugs")
pairs=$(( roles * (roles - 1) / 2 ))
while read -r path; do printf 'url = "%s%s"\noutput = "/dev/null"\n' "$base" "$path"; done < "$work/paths" > "$work/curl"

crawl() { # label
  local started ended
  started=$(now_us)
  curl -s --no-progress-meter --parallel --parallel-max "$parallel" --compressed -K "$work/curl" -w '%{http_code} %{time_total}\n' > "$work/out"
  ended=$(now_us)
  local pages errors p50 p95
  pages=$(wc -l < "$work/out")
  errors=$(awk '$1 != 200' "$work/out" | wc -l)
  p50=$(awk '{ print $2 * 1000 }' "$work/out" | median)
  p95=$(awk '{ print $2 * 1000 }' "$work/out" | sort -g | awk '{ v[NR] = $1 } END { i = int(NR * 0.95); if (i < 1) i = 1; print v[i] }')
  printf '%-6s %d pages (%d roles, %d pairs x 2 languages), %d errors, %.1f s in all, one page: p50 %.1f ms, p95 %.1f ms\n' \
    "$1" "$pages" "$roles" "$pairs" "$errors" "$(awk -v d=$((ended - started)) 'BEGIN { print d / 1e6 }')" "$p50" "$p95"
  [ "$errors" -eq 0 ] || { awk '$1 != 200' "$work/out" | sort | uniq -c | head >&2; return 1; }
}
note "crawling $(wc -l < "$work/paths") pages, $parallel at a time"
crawl cold
crawl warm
printf 'rss    %s kB after both crawls (VmRSS)\n' "$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")"
