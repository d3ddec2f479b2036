#!/usr/bin/env bash
# start.sh - starts one RoleCompare instance the fast way, with a fallback for every missing piece.
#
#   ops/start.sh JAR [application arguments...]
#   ops/start.sh --prepare JAR           extract the jar and train its cache now, then exit (run it once before
#                                        starting several instances of the same jar: they would all train at once)
#   ops/start.sh --print-options DIR     the JVM options it would use for an extracted jar in DIR (for bench/start.sh)
#
# The jar is extracted once next to itself (JAR.d/: Spring Boot's layout, what class-data archives want). Then:
#   1. Java 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java) with its ahead-of-time cache
#      (JEP 483/514), made by a training run the first time and after the jar or the JDK changed;
#   2. else Java 17 (java) with a CDS archive made the same way;
#   3. else plain Java 17.
# A cache or archive that does not match the JVM or the jar only makes the JVM print a warning and start without
# it; the training run is redone when the jar's or the JDK's fingerprint changes, so a stale one is short-lived.
# The heap is fixed (HEAP, default 128m) with the serial collector: one instance needs little, and several fit on
# one host. Extra JVM options go in JAVA_OPTS.
set -euo pipefail

JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
HEAP=${HEAP:-128m}
MEMORY=(-Xms"$HEAP" -Xmx"$HEAP" -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k
        -XX:TieredStopAtLevel=4 -Dspring.jmx.enabled=false)

log() { printf 'ops/start.sh: %s\n' "$*" >&2; }

fingerprint() { # JAVA JAR: what the cache depends on
  { "$1" -version 2>&1; sha256sum "$2"; } | sha256sum | cut -c1-16
}

# cached JAVA OPTION FILE APP: the option that uses the class cache FILE, trained by a first run of APP with
# -XX:OPTION (AOTCacheOutput or ArchiveClassesAtExit) once per jar and JDK; nothing when training fails.
cached() {
  local java=$1 option=$2 file=$3 app=$4 stamp
  stamp=$(fingerprint "$java" "$app")
  if [ ! -s "$file" ] || [ "$(cat "$file.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "training $(basename "$file") (once per jar and JDK)"
    rm -f "$file"
    if "$java" "${MEMORY[@]}" -XX:"$option"="$file" -Dspring.context.exit=onRefresh -Dserver.port=0 -jar "$app" \
        >"$file.training.log" 2>&1 && [ -s "$file" ]; then
      echo "$stamp" >"$file.stamp"
    else
      log "training failed, see $file.training.log; starting without it"
    fi
  fi
  if [ -s "$file" ]; then
    case $option in
      AOTCacheOutput) echo "-XX:AOTCache=$file" ;;
      *) echo "-XX:SharedArchiveFile=$file" ;;
    esac
  fi
}

# options DIR: the JVM and its options for the extracted application in DIR.
options() {
  local dir=$1 app
  app=$(ls "$dir"/*.jar 2>/dev/null | head -n 1)
  if [ -x "$JAVA25" ] && "$JAVA25" -version >/dev/null 2>&1; then
    echo "$JAVA25 ${MEMORY[*]} $(cached "$JAVA25" AOTCacheOutput "$dir/app.aot" "$app")"
  else
    echo "$JAVA17 ${MEMORY[*]} $(cached "$JAVA17" ArchiveClassesAtExit "$dir/app.jsa" "$app")"
  fi
}

if [ "${1:-}" = --print-options ]; then
  options "$2"
  exit 0
fi

prepare=false
if [ "${1:-}" = --prepare ]; then
  prepare=true
  shift
fi
jar=${1:?usage: ops/start.sh [--prepare] JAR [application arguments...]}
shift
dir="$jar.d"
if [ ! -d "$dir" ] || [ "$jar" -nt "$dir" ]; then
  rm -rf "$dir"
  "$JAVA17" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
fi
read -r -a command <<<"$(options "$dir")"
if [ "$prepare" = true ]; then
  log "ready: ${command[*]}"
  exit 0
fi
app=$(ls "$dir"/*.jar | head -n 1)
# shellcheck disable=SC2086
exec "${command[@]}" ${JAVA_OPTS:-} -jar "$app" "$@"
