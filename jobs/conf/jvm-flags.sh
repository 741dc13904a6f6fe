# JVM flags for newsstats' local runs; sourced by jobs/news-stats and jobs/bench (the benchmark
# gives its floor job the same flags as the job it compares it with; stock runs on JVM defaults).
#
# Measured on 2 cores, 2 GB heap (README, "Measuring throughput"):
# - -XX:+UseParallelGC, the throughput collector: 200,000 articles in 73 s against 88 s with G1.
# - -XX:TieredStopAtLevel=1 (C1 only) when the local inputs total at most 128 MB: a short run spends
#   much of its time compiling with C2 (20,000 articles, 48 MB: 23 s against 33-35 s); a long one
#   earns C2 back (200,000 articles, 474 MB: 108 s with C1 only, 73 s with C2).
# NEWSSTATS_JIT=quick|full overrides the choice; a GC chosen in JAVA_OPTS replaces ParallelGC.

# Prints the flags for a run reading the given input paths (files, directories, globs; file: or
# plain paths are measured, any other scheme counts as large).
newsstats_jvm_flags() {
  local jit="${NEWSSTATS_JIT:-auto}" bytes=0 path size
  if [[ $jit == auto ]]; then
    jit=full
    if [[ $# -gt 0 ]]; then
      jit=quick
      for path in "$@"; do
        if [[ "$path" == *://* && "$path" != file:* ]]; then jit=full; break; fi
        path="${path#file://}"; path="${path#file:}"
        # shellcheck disable=SC2086  # unquoted on purpose: globs expand
        size=$(du -sbL -- $path 2>/dev/null | awk '{s += $1} END {print s + 0}')
        bytes=$((bytes + size))
      done
      (( bytes > 128 * 1024 * 1024 )) && jit=full
    fi
  fi
  [[ "${JAVA_OPTS:-}" == *-XX:+Use*GC* ]] || printf '%s ' "-XX:+UseParallelGC"
  [[ $jit == quick ]] && printf '%s ' "-XX:TieredStopAtLevel=1"
  return 0
}

# Prints the --input/-i values of a job command line, one per line.
newsstats_inputs() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      -i|--input) [[ $# -ge 2 ]] && printf '%s\n' "$2"; shift 2 || shift ;;
      --input=*) printf '%s\n' "${1#--input=}"; shift ;;
      *) shift ;;
    esac
  done
}
