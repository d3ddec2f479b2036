#!/usr/bin/env bash
# Lighthouse audits of the home, comparison and FAQ pages, with the mobile (default) and desktop presets,
# in the machine's Chromium. Prints the four category scores and the lab timings per page and preset; exits 1
# if a page is below the bar.
#
#   bench/lighthouse.sh [THRESHOLD] [ORIGIN]
#
# THRESHOLD  lowest acceptable score, 0-100 (default: $LIGHTHOUSE_THRESHOLD, else 95), for every category
#            except mobile performance
# LIGHTHOUSE_MOBILE_PERFORMANCE  lowest acceptable mobile performance score (default 75), with LCP <= 2.5 s and
#            CLS <= 0.1; see docs/performance.md
# ORIGIN     audit a site already running there, e.g. http://127.0.0.1:8091 (default: $LIGHTHOUSE_ORIGIN);
#            without one, the jar is built if missing or older than the sources, started on a free loopback
#            port, and stopped at the end.
# LIGHTHOUSE_LANG  the language audited (default zh-CN, the site's default): pages are audited at their
#                  canonical addresses, ?lang=…, the ones search engines index and share links point to.
# Lighthouse 12.2.3 is installed from npm into bench/.tools/lighthouse the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

threshold=${1:-${LIGHTHOUSE_THRESHOLD:-95}}
mobile_floor=${LIGHTHOUSE_MOBILE_PERFORMANCE:-75}
origin=${2:-${LIGHTHOUSE_ORIGIN:-}}
lang=${LIGHTHOUSE_LANG:-zh-CN}
pages=(/ /compare/call-center-agent-vs-project-manager /faq)
presets=(mobile desktop)
tools=bench/.tools/lighthouse
lighthouse=$tools/node_modules/.bin/lighthouse
out=target/lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"

if [ ! -x "$lighthouse" ]; then
  echo "Installing lighthouse@12.2.3 into $tools" >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error lighthouse@12.2.3 >&2
fi
mkdir -p "$out"

app_pid=
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
}
trap stop_app EXIT

if [ -z "$origin" ]; then
  jar=$(ls target/rolecompare-*.jar 2>/dev/null | head -n 1 || true)
  if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -print -quit)" ]; then
    echo "Building the jar" >&2
    ./mvnw -B -q -DskipTests package >&2
    jar=$(ls target/rolecompare-*.jar | head -n 1)
  fi
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  java -jar "$jar" --server.address=127.0.0.1 --server.port="$port" > "$out/app.log" 2>&1 &
  app_pid=$!
  origin="http://127.0.0.1:$port"
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "$origin/" 2>/dev/null && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$out/app.log" >&2; echo "The application did not start" >&2; exit 2; }
    sleep 0.5
  done
  echo "Started $jar on $origin (pid $app_pid)" >&2
fi

# One audit; prints "performance accessibility best-practices seo lcp_ms tbt_ms cls_x1000" (scores 0-100).
audit() { # page preset name
  local args=()
  [ "$2" = desktop ] && args+=(--preset=desktop)
  for try in 1 2; do  # one retry: on a loaded machine Chromium now and then gives up on a page
    "$lighthouse" "$origin$1?lang=$lang" "${args[@]}" --quiet --chrome-flags="$chrome_flags" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output=html --output-path="$out/$3" >&2 && break
    [ "$try" -eq 2 ] && exit 2
  done
  node -e '
    const r = require(process.argv[1]);
    const ids = ["performance", "accessibility", "best-practices", "seo"];
    const a = r.audits;
    console.log(ids.map(id => Math.round(r.categories[id].score * 100))
      .concat([Math.round(a["largest-contentful-paint"].numericValue), Math.round(a["total-blocking-time"].numericValue),
               Math.round(a["cumulative-layout-shift"].numericValue * 1000)]).join(" "));' "$PWD/$out/$3.report.json"
}

lowest() { printf '%s\n' "$@" | sort -n | head -n 1; }

# Median of three audit lines, column by column.
median3() {
  local a b c out=() i
  read -r -a a <<< "$1"; read -r -a b <<< "$2"; read -r -a c <<< "$3"
  for i in "${!a[@]}"; do
    out+=("$(printf '%s\n' "${a[$i]}" "${b[$i]}" "${c[$i]}" | sort -n | sed -n 2p)")
  done
  echo "${out[*]}"
}

# What one page and preset must reach. Accessibility, best practices and SEO do not depend on the machine: the
# threshold for both presets. Performance is timed on this machine's CPU: the threshold for the desktop preset; for
# the mobile preset (CPU slowed down four times on top of a shared, loaded machine) a floor that catches a
# regression, plus Google's "good" bounds for the two Core Web Vitals a lab run measures (largest contentful paint
# at most 2.5 s, layout shift at most 0.1). docs/performance.md says why and what the mobile scores are.
passes() { # preset perf a11y best seo lcp tbt cls
  local preset=$1 perf=$2 rest="$3 $4 $5"
  [ "$(lowest $rest)" -ge "$threshold" ] || return 1
  if [ "$preset" = mobile ]; then
    [ "$perf" -ge "$mobile_floor" ] && [ "$6" -le 2500 ] && [ "$8" -le 100 ]
  else
    [ "$perf" -ge "$threshold" ]
  fi
}

status=0
echo "Lighthouse $("$lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null), $origin, ?lang=$lang"
echo "Pass: every category >= $threshold; mobile performance >= $mobile_floor with LCP <= 2500 ms and CLS <= 0.1"
printf '%-48s %-8s %11s %13s %14s %4s %8s %8s %6s\n' page preset performance accessibility best-practices seo \
  LCP-ms TBT-ms CLS
for page in "${pages[@]}"; do
  for preset in "${presets[@]}"; do
    name=$(printf '%s' "$page" | tr -c 'a-zA-Z0-9\n' '_')-$preset
    scores=$(audit "$page" "$preset" "$name")
    # One audit's timings vary by several points from run to run (90 to 98 seen for the same build on the desktop
    # preset, more on the mobile one). As Lighthouse's own guidance on variability advises, a mobile audit, and a
    # desktop one below the bar, is run twice more and the median of the three counts, column by column.
    # shellcheck disable=SC2086
    if [ "$preset" = mobile ] || ! passes "$preset" $scores; then
      second=$(audit "$page" "$preset" "$name-2")
      third=$(audit "$page" "$preset" "$name-3")
      scores=$(median3 "$scores" "$second" "$third")
    fi
    read -r perf a11y best seo lcp tbt cls <<< "$scores"
    printf '%-48s %-8s %11s %13s %14s %4s %8s %8s %6s\n' "$page" "$preset" "$perf" "$a11y" "$best" "$seo" \
      "$lcp" "$tbt" "$(printf '%d.%03d' $((cls / 1000)) $((cls % 1000)))"
    # shellcheck disable=SC2086
    passes "$preset" $scores || status=1
  done
done
[ $status -eq 0 ] || echo "A page is below the bar: see the reports in $out/" >&2
exit $status
