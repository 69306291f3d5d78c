#!/usr/bin/env bash
# Builds a libFuzzer target and runs it for a set time.
#
#   scripts/fuzz.sh TARGET [SECONDS] [extra libFuzzer flags…]
#   TARGET: parser | csv | webhook    SECONDS: default 60
#     parser   NLUParser.parse + jsonLine()
#     csv      CSVRecordReader + InvoiceCSVParser (every layout)
#     webhook  the chat webhook bodies: Slack form, Mattermost form/JSON, generic JSON, Slack signature
#
# How: the package's library modules are built with coverage instrumentation
# (`swift build --target … -Xswiftc -sanitize=fuzzer,address`) into their own scratch
# folder (.build-fuzz, so the normal debug build stays warm), then the harness in
# Benchmarks/Fuzz/TARGET/*.swift is compiled with `swiftc -parse-as-library` and linked
# against those objects and the toolchain's libFuzzer, which supplies `main`.
# Package.swift is not touched. Crashes land in Benchmarks/Fuzz/TARGET/crashes/;
# new interesting inputs are kept in .build-fuzz/corpus-TARGET (the committed seed
# corpus in Benchmarks/Fuzz/TARGET/corpus stays small).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET=${1:?usage: scripts/fuzz.sh parser|csv|webhook [SECONDS] [libFuzzer flags]}
SECONDS_TO_RUN=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
SCRATCH=.build-fuzz
SANITIZERS=${FUZZ_SANITIZERS:-fuzzer,address}

case "$TARGET" in
  parser)
    # NLUParser + jsonLine(); the catalog comes from CobradorContent (which needs Yams and Mustache).
    BUILD_TARGET=CobradorContent
    MODULES="CobradorCore CobradorNLU CobradorBot CobradorContent Yams CYaml Mustache"
    DICT=""
    ;;
  csv)
    # CSVRecordReader + InvoiceCSVParser: Foundation only.
    BUILD_TARGET=CobradorCore
    MODULES="CobradorCore"
    DICT=""
    ;;
  webhook)
    # The webhook body decoders of CobradorServer (Slack form, Mattermost form/JSON, generic JSON,
    # Slack signature check). CobradorServer pulls in Hummingbird, NIO, swift-crypto and their C
    # modules, so the list is not written out: the build runs here (the one below is then a no-op)
    # and MODULES is every module of the build folder that has objects, except test targets,
    # plugin tools and executables (anything defining `main`: libFuzzer supplies it).
    BUILD_TARGET=CobradorServer
    DICT=""
    echo "== building $BUILD_TARGET with -sanitize=$SANITIZERS (to list its modules)" >&2
    swift build --scratch-path "$SCRATCH" -c debug --target "$BUILD_TARGET" -Xswiftc "-sanitize=$SANITIZERS" >&2
    BUILT=$(swift build --scratch-path "$SCRATCH" -c debug --show-bin-path)
    MODULES=""
    for folder in "$BUILT"/*.build; do
      module=$(basename "$folder" .build)
      case "$module" in *Tests | *-tool) continue ;; esac
      [ -n "$(find "$folder" -name '*.o' -print -quit)" ] || continue
      symbols=$(find "$folder" -name '*.o' -exec nm -g --defined-only {} + 2>/dev/null || true)
      if grep -Eq ' T _?main$' <<<"$symbols"; then continue; fi
      MODULES="$MODULES $module"
    done
    ;;
  *)
    echo "fuzz.sh: unknown target '$TARGET' (parser, csv, webhook)" >&2
    exit 2
    ;;
esac

HARNESS_DIR=Benchmarks/Fuzz/$TARGET
echo "== building $BUILD_TARGET with -sanitize=$SANITIZERS" >&2
swift build --scratch-path "$SCRATCH" -c debug --target "$BUILD_TARGET" -Xswiftc "-sanitize=$SANITIZERS" >&2
BIN=$(swift build --scratch-path "$SCRATCH" -c debug --show-bin-path)

OBJECTS=()
for module in $MODULES; do
  while IFS= read -r -d '' object; do OBJECTS+=("$object"); done \
    < <(find "$BIN/$module.build" -name '*.o' -print0)
done
# Module maps of the C modules among them (CYaml): generated in the build folder or shipped in the checkout.
MODULEMAPS=()
for module in $MODULES; do
  while IFS= read -r -d '' map; do MODULEMAPS+=(-Xcc "-fmodule-map-file=$map"); done \
    < <(find "$BIN/$module.build" "$SCRATCH/checkouts" -path "*/$module/include/module.modulemap" -print0 2>/dev/null;
        find "$BIN/$module.build" -maxdepth 1 -name module.modulemap -print0 2>/dev/null)
done

EXE="$SCRATCH/fuzz-$TARGET"
echo "== linking $EXE" >&2
swiftc -g -Onone -sanitize="$SANITIZERS" -parse-as-library \
  -I "$BIN/Modules" -I "$BIN" \
  "$HARNESS_DIR"/*.swift "${OBJECTS[@]}" ${MODULEMAPS[@]+"${MODULEMAPS[@]}"} -o "$EXE"

mkdir -p "$SCRATCH/corpus-$TARGET" "$HARNESS_DIR/crashes"
echo "== fuzzing $TARGET for $SECONDS_TO_RUN s" >&2
# -rss_limit_mb: ASan plus Foundation need more than libFuzzer's default 2 GB on long runs.
exec "$EXE" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix="$HARNESS_DIR/crashes/" ${DICT:+-dict="$DICT"} "$@" \
  "$SCRATCH/corpus-$TARGET" "$HARNESS_DIR/corpus"
