#!/bin/bash
# Cold start of the `redress` command, as paired whole-process runs (issue 14, docs/evidence-performance.md).
#
#   benchmarks/cold-start.sh            # 3 rounds, in benchmarks/target/cold-start
#   PAIRS=5 benchmarks/cold-start.sh    # more rounds
#
# Each round alternates a durable copy of a 1 GiB random file (`cp big.bin copy.bin && sync copy.bin`) with a
# one-shot `redress capture` of the same file into a new vault and case (so Argon2id and the vault's creation are
# included), once per way of starting it:
#   jar        java -jar redress.jar (the JVM's defaults)
#   launcher   the launcher script target/redress (class-data archive, serial collector, C2 for the crypto only
#              (redress-jit.json), crypto warm-up)
#   no-warm    the launcher with the crypto warm-up switched off (-Dredress.cryptoWarmUp=false)
# A pair is a copy and the capture right after it; its ratio is capture throughput / copy throughput
# (= copy seconds / capture seconds), the issue's target being at least 0.5. Then `validate` and `plan` of
# examples/cases/minimal.json, with java -jar and with the launcher (its archive made first, timed apart), whose
# target is 0.8 s each.
#
# Also timed once, for reference only: a direct (O_DIRECT) write of the same file with fsync, the disk's own speed
# for bytes written around the page cache as the vault writes them; no capture can be faster than that.
#
# The load average (1 minute) is recorded before every run: on a shared machine, compare ratios from pairs, not
# absolute times. Everything runs without questions; the vault passphrase is REDRESS_VAULT_PASSPHRASE (a fixed
# throwaway one unless set). Needs bash, Java 17, and the built jar and launcher (built with Maven if missing).
# Raw figures: $WORK/results.tsv. The work folder (2 GiB at most) is removed at the end unless KEEP=1.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
PAIRS=${PAIRS:-3}
SIZE_MIB=${SIZE_MIB:-1024}
WORK=${WORK:-$ROOT/benchmarks/target/cold-start}
JAR=$ROOT/examples/cli/target/redress.jar
LAUNCHER=$ROOT/examples/cli/target/redress
CASE=$ROOT/examples/cases/minimal.json
export REDRESS_VAULT_PASSPHRASE=${REDRESS_VAULT_PASSPHRASE:-"benchmark only walnut harbour seventeen kites"}
export REDRESS_CACHE_DIR=$WORK/cache
unset REDRESS_JAVA_OPTS REDRESS_CDS REDRESS_LAUNCHER_DEBUG || true

if [ ! -f "$JAR" ] || [ ! -x "$LAUNCHER" ]; then
    echo "Building examples/cli (redress.jar and the launcher)..." >&2
    (cd "$ROOT" && mvn -B -ntp -q -pl examples/cli -am package -DskipTests)
fi

rm -rf "$WORK"
mkdir -p "$WORK"
if [ "${KEEP:-0}" != 1 ]; then
    trap 'rm -rf "$WORK"' EXIT
fi
cd "$WORK"
RESULTS=$WORK/results.tsv
printf 'kind\tround\tvariant\tseconds\tcpu_seconds\tload1\n' > "$RESULTS"

load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || uptime | sed 's/.*load averages*: *//; s/,.*//'; }

# timed KIND ROUND VARIANT COMMAND...: runs the command (output discarded unless it fails), appends a row.
timed() {
    local kind=$1 round=$2 variant=$3
    shift 3
    local load t status=0
    load=$(load1)
    local TIMEFORMAT='%R %U %S'
    t=$( { time "$@" >"$WORK/last.out" 2>"$WORK/last.err"; } 2>&1 ) || status=$?
    if [ "$status" -ne 0 ]; then
        echo "FAILED ($status): $*" >&2
        cat "$WORK/last.out" "$WORK/last.err" >&2
        exit 1
    fi
    set -- $t
    local cpu
    cpu=$(awk -v u="$2" -v s="$3" 'BEGIN { printf "%.2f", u + s }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$round" "$variant" "$1" "$cpu" "$load" >> "$RESULTS"
    printf '%-9s round %s %-9s %7.2f s (cpu %6.2f s)  load %s\n' "$kind" "$round" "$variant" "$1" "$cpu" "$load" >&2
}

durable_copy() { cp big.bin copy.bin && sync copy.bin; }

capture() { # capture VARIANT ROUND
    local variant=$1 round=$2 dir="$WORK/run-$1-$2"
    mkdir "$dir"
    cp "$CASE" "$dir/case.json"
    case $variant in
        jar) timed capture "$round" "$variant" java -jar "$JAR" capture big.bin --case "$dir/case.json" --vault "$dir/vault" ;;
        launcher) timed capture "$round" "$variant" "$LAUNCHER" capture big.bin --case "$dir/case.json" --vault "$dir/vault" ;;
        no-warm) timed capture "$round" "$variant" env REDRESS_JAVA_OPTS=-Dredress.cryptoWarmUp=false \
            "$LAUNCHER" capture big.bin --case "$dir/case.json" --vault "$dir/vault" ;;
    esac
    grep -q '^Kept big.bin as evidence' "$WORK/last.out" || { echo "capture did not keep the file" >&2; exit 1; }
    rm -rf "$dir"
}

echo "Machine: $(nproc 2>/dev/null || echo '?') CPUs, $(uname -sr); $(java -version 2>&1 | head -1)" >&2
echo "Work folder: $WORK ($(df -PT "$WORK" | awk 'NR == 2 { print $2 }'))" >&2
echo "Making a ${SIZE_MIB} MiB random file..." >&2
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > big.bin
sync big.bin # written back now, so that the first copy does not compete with its write-back
cat big.bin > /dev/null # in the page cache, for the copy and the capture alike

# For reference, not part of any ratio: the disk's own speed for the same bytes written around the page cache
# (O_DIRECT, 1 MiB blocks, as the vault writes), which bounds any capture however fast its CPU work.
if dd if=big.bin of=direct.bin bs=1M count=1 oflag=direct status=none 2>/dev/null; then # can it?
    rm -f direct.bin
    timed direct-write 0 dd dd if=big.bin of=direct.bin bs=1M oflag=direct conv=fsync status=none
fi
rm -f direct.bin

# The launcher's archive, made by its first command (that command and the training run after it, timed together).
timed first-use 0 launcher "$LAUNCHER" validate "$CASE"
ls "$REDRESS_CACHE_DIR"/redress-*.jsa > /dev/null 2>&1 || { echo "the launcher made no archive" >&2; exit 1; }

for round in $(seq 1 "$PAIRS"); do
    for variant in jar launcher no-warm; do
        timed copy "$round" "$variant" durable_copy
        rm -f copy.bin
        capture "$variant" "$round"
    done
done

for round in $(seq 1 "$PAIRS"); do
    for command in validate plan; do
        timed "$command" "$round" jar java -jar "$JAR" "$command" "$CASE"
        timed "$command" "$round" launcher "$LAUNCHER" "$command" "$CASE"
    done
done

# The summary: each capture beside the copy just before it.
awk -F'\t' -v pairs="$PAIRS" -v cpus="$(nproc 2>/dev/null || echo 1)" '
NR == 1 { next }
$6 + 0 > maxload { maxload = $6 + 0 }
$1 == "copy" { copy[$2, $3] = $4; copyload[$2, $3] = $6 }
$1 == "capture" { cap[$2, $3] = $4; capcpu[$2, $3] = $5; capload[$2, $3] = $6 }
$1 == "validate" || $1 == "plan" { short[$1, $3] = short[$1, $3] sprintf("%s%.2f (load %s)", (short[$1, $3] == "" ? "" : ", "), $4, $6); n[$1, $3]++; v[$1, $3, n[$1, $3]] = $4 }
$1 == "first-use" { first = sprintf("%.2f s (load %s)", $4, $6) }
$1 == "direct-write" { direct = sprintf("%.2f s (load %s)", $4, $6) }
function median(kind, variant,   i, j, k, a, t, m) {
    m = n[kind, variant]
    for (i = 1; i <= m; i++) a[i] = v[kind, variant, i]
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
}
END {
    print ""
    print "## 1 GiB capture against a durable copy (pairs; ratio = capture throughput / copy throughput, target >= 0.50)"
    print ""
    print "| round | variant | copy s (load) | capture s (load) | capture CPU s | ratio |"
    print "|---:|---|---:|---:|---:|---:|"
    split("jar launcher no-warm", vs, " ")
    for (r = 1; r <= pairs; r++) for (k = 1; k <= 3; k++) {
        x = vs[k]
        ratio = copy[r, x] / cap[r, x]
        ratios[x] = ratios[x] " " ratio
        cpus_of[x] = cpus_of[x] " " capcpu[r, x]
        printf "| %d | %s | %.2f (%s) | %.2f (%s) | %.2f | %.2f |\n", r, x, copy[r, x], copyload[r, x], cap[r, x], capload[r, x], capcpu[r, x], ratio
    }
    print ""
    if (direct != "") print "For reference, a direct (O_DIRECT) write of the same bytes with fsync: " direct "\n"
    for (k = 1; k <= 3; k++) {
        x = vs[k]; m = split(ratios[x], rs, " ")
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (rs[j] < rs[i]) { t = rs[i]; rs[i] = rs[j]; rs[j] = t }
        med = m % 2 ? rs[(m + 1) / 2] : (rs[m / 2] + rs[m / 2 + 1]) / 2
        c = split(cpus_of[x], cs2, " ")
        for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (cs2[j] < cs2[i]) { t = cs2[i]; cs2[i] = cs2[j]; cs2[j] = t }
        cmed = c % 2 ? cs2[(c + 1) / 2] : (cs2[c / 2] + cs2[c / 2 + 1]) / 2
        printf "capture, %s: median ratio %.2f of %d pairs: target %s (median CPU %.2f s)\n", x, med, m, (med >= 0.5 ? "MET" : "NOT MET"), cmed
    }
    print ""
    print "## validate and plan of examples/cases/minimal.json (target <= 0.80 s)"
    print ""
    print "| command | java -jar: s (load) | launcher: s (load) | median jar | median launcher | target (launcher) |"
    print "|---|---|---|---:|---:|---|"
    split("validate plan", cs, " ")
    for (k = 1; k <= 2; k++) {
        c = cs[k]; mj = median(c, "jar"); ml = median(c, "launcher")
        printf "| %s | %s | %s | %.2f | %.2f | %s |\n", c, short[c, "jar"], short[c, "launcher"], mj, ml, (ml <= 0.8 ? "MET" : "NOT MET")
    }
    print ""
    print "The launcher'"'"'s first use (its command, then the run that makes the archive): " first
    if (maxload > cpus) {
        print ""
        printf "CAUTION: the load average reached %.1f on %d CPUs: other work competed with these runs, so MET / NOT MET\n", maxload, cpus
        print "above describe this run only; repeat on a quiet machine before drawing conclusions about the targets."
    }
}' "$RESULTS"
echo
echo "Raw figures: $RESULTS$([ "${KEEP:-0}" = 1 ] || echo ' (removed at exit; KEEP=1 keeps them)')"
