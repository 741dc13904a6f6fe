# JVM flags for newsstats' local runs; sourced by jobs/news-stats and jobs/bench (the benchmark
# gives its floor job the same flags as the job it compares it with; stock runs on JVM defaults).
#
# Measured on 2 cores, 2 GB heap (README, "Measuring throughput"):
# - -XX:+UseParallelGC, the throughput collector: 200,000 articles in 73 s against 88 s with G1.
# - -XX:TieredStopAtLevel=1 (C1 only) when the local inputs total at most 128 MB: a short run spends
#   much of its time compiling with C2 (20,000 articles, 48 MB: 23 s against 33-35 s); a long one
#   earns C2 back (200,000 articles, 474 MB: 108 s with C1 only, 73 s with C2).
# - An --incremental run reads only the files its output's manifest does not list: only those count
#   (a day added to 30 days of 200,000 records, 15 MB of 460 MB: 27.7 s with C1 only, 35.2 s with C2).
# NEWSSTATS_JIT=quick|full overrides the choice; a GC chosen in JAVA_OPTS replaces ParallelGC.

# Prints the flags for a run reading the given input paths (files, directories, globs; file: or
# plain paths are measured, any other scheme counts as large). With "--read-before MANIFEST" first,
# files listed in that manifest's input_files are not counted.
newsstats_jvm_flags() {
  local jit="${NEWSSTATS_JIT:-auto}" bytes=0 path size manifest=""
  if [[ "${1:-}" == --read-before ]]; then manifest="$2"; shift 2; fi
  if [[ $jit == auto ]]; then
    jit=full
    if [[ $# -gt 0 ]]; then
      jit=quick
      for path in "$@"; do
        if [[ "$path" == *://* && "$path" != file:* ]]; then jit=full; break; fi
        path="${path#file://}"; path="${path#file:}"
        if [[ -n "$manifest" ]]; then
          size=$(newsstats_unread_bytes "$manifest" "$path")
        else
          # shellcheck disable=SC2086  # unquoted on purpose: globs expand
          size=$(du -sbL -- $path 2>/dev/null | awk '{s += $1} END {printf "%.0f\n", s}')
        fi
        bytes=$((bytes + size))
      done
      (( bytes > 128 * 1024 * 1024 )) && jit=full
    fi
  fi
  [[ "${JAVA_OPTS:-}" == *-XX:+Use*GC* ]] || printf '%s ' "-XX:+UseParallelGC"
  [[ $jit == quick ]] && printf '%s ' "-XX:TieredStopAtLevel=1"
  return 0
}

# Prints the bytes of the files under PATH (a file, directory or glob) that MANIFEST's input_files do
# not list. The job records each file as "file:" plus its absolute path; hidden files (. or _) are
# not data files and are not counted.
newsstats_unread_bytes() {
  local manifest="$1" path="$2" dir
  # shellcheck disable=SC2086  # unquoted on purpose: globs expand
  for dir in $path; do
    [[ -e "$dir" ]] || continue
    find -L "$(realpath -s -- "$dir")" -type f ! -name '.*' ! -name '_*' -printf '%s file:%p\n' 2>/dev/null
  done | awk -v manifest="$manifest" '
    BEGIN { while ((getline line < manifest) > 0) if (match(line, /"path" : "file:[^"]*"/)) read[substr(line, RSTART + 10, RLENGTH - 11)] = 1 }
    { size = $1; sub(/^[0-9]+ /, ""); if (!($0 in read)) bytes += size }
    END { printf "%.0f\n", bytes }'
}

# The manifest of the output an --incremental command line adds to, if it is a local one that
# exists (the files it lists were read before); prints nothing otherwise.
newsstats_incremental_manifest() {
  local incremental=0 output=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --incremental) incremental=1; shift ;;
      -o|--output) output="${2:-}"; shift 2 || shift ;;
      --output=*) output="${1#--output=}"; shift ;;
      *) shift ;;
    esac
  done
  output="${output#file://}"; output="${output#file:}"
  if (( incremental )) && [[ -n "$output" && "$output" != *://* && -f "$output/_manifest.json" ]]; then
    printf '%s\n' "$output/_manifest.json"
  fi
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
