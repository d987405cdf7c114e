#!/usr/bin/env bash
# Benchmark of the central study server (PostgreSQL) on this machine:
#  1. the national simulated study (152 LAs x 88 = 13,376 participants, ~446,000 answers; `concord simulate --las 152
#     --leaders 8 --workers 80`) synced from one file: wall time, rows a second, p95 batch latency (target < 60 s);
#  2. 20 laptops of 8 LAs each (one study; each laptop its own LAs) syncing at the same moment, one JVM each: wall
#     time, rows a second, p95 batch latency over all batches;
#  3. `concord analyse` of the national study from the server against the same from the study file (target: within
#     1.5x), with a check that the two JSON results are equal apart from the input description.
# The server is a private cluster started here (initdb, pg_ctl on a free port, default durability: fsync on), run as
# the user postgres when this script runs as root, and removed at the end.
#
# Usage: bench/server-sync.sh [national]   (national: only parts 1 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=app/target/concord.jar
if [[ ! -f "$jar" || -n "$(find questionnaires/src stats/src app/src -newer "$jar" -type f -print -quit)" ]]; then
  echo "bench: building $jar"
  mvn -B -q -o -DskipTests package >/dev/null || mvn -B -q -DskipTests package >/dev/null
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
concord() { java -Xmx1g -jar "$jar" "$@"; }
now() { date +%s.%N; }

work="$(mktemp -d /tmp/concord-bench.XXXXXX)"
chmod 755 "$work"
runas=()
if [[ "$(id -u)" == 0 ]]; then runas=(runuser -u postgres --); fi
mkdir "$work/pg"
[[ ${#runas[@]} -gt 0 ]] && chown postgres "$work/pg"
export PGPASSWORD="bench-$RANDOM-$RANDOM"
echo "$PGPASSWORD" >"$work/pg/pw"
chmod 644 "$work/pg/pw"
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
stop() {
  "${runas[@]}" "$bin/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
"${runas[@]}" "$bin/initdb" -D "$work/pg/data" -U concord_admin --pwfile="$work/pg/pw" --auth=scram-sha-256 \
  -E UTF8 --no-locale >/dev/null
"${runas[@]}" "$bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
  -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=60" start >/dev/null
"$bin/psql" -q -h 127.0.0.1 -p "$port" -U concord_admin -d postgres \
  -c "CREATE DATABASE bench" -c "CREATE ROLE field LOGIN PASSWORD '$PGPASSWORD'" \
  -c "CREATE ROLE analyst LOGIN PASSWORD '$PGPASSWORD'"
server="127.0.0.1:$port/bench"
concord server init --db "postgresql://concord_admin@$server" --fieldwork-user field --analyst-user analyst >/dev/null
printf 'bench: PostgreSQL %s on port %s (%s), %s cores, load %s\n' "$("$bin/postgres" --version | awk '{print $3}')" \
  "$port" "$work/pg" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"

# 1. National study from one file.
concord simulate --las 152 --leaders 8 --workers 80 --seed 1 --out "$work/national.concord" \
  --rates "$work/national-rates.csv" >/dev/null
answers="$(/usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from answer').fetchone()[0])" "$work/national.concord")"
t0="$(now)"
concord sync --study "$work/national.concord" --db "postgresql://field@$server" --laptop national --timings \
  >"$work/national.out"
t1="$(now)"
study="$(sed -n 's/^Study \([0-9a-f-]*\):.*/\1/p' "$work/national.out")"
printf 'national sync: %s answers; wall %.1f s including JVM start\n' "$answers" "$(echo "$t1 - $t0" | bc)"
sed -n '1p;/^Batches:/p' "$work/national.out" | sed 's/^/  /'
t0="$(now)"
concord sync --study "$work/national.concord" --db "postgresql://field@$server" --laptop national >"$work/again.out"
t1="$(now)"
printf 'national resync (nothing to send): wall %.1f s; %s\n' "$(echo "$t1 - $t0" | bc)" \
  "$(sed -n 's/.*: \(sent [0-9]* rows\).*/\1/p' "$work/again.out")"

# 2. Twenty laptops of 8 LAs each, one study (the first laptop's UUID given to all), at the same moment.
laptops() {
for i in $(seq 1 20); do
  {
    echo "la_code,la_name"
    for k in $(seq 1 8); do printf 'L%02d%02d,Authority %d-%d\n' "$i" "$k" "$i" "$k"; done
  } >"$work/las$i.csv"
  concord simulate --la-list "$work/las$i.csv" --leaders 8 --workers 80 --seed "$((100 + i))" \
    --out "$work/laptop$i.concord" --rates "$work/laptop$i-rates.csv" >/dev/null &
  if (( i % 2 == 0 )); then wait; fi
done
wait
/usr/bin/python3 - "$work" <<'EOF'
import sqlite3, sys
work = sys.argv[1]
uuid = sqlite3.connect(f"{work}/laptop1.concord").execute("select value from meta where key='study_uuid'").fetchone()[0]
for i in range(2, 21):
    c = sqlite3.connect(f"{work}/laptop{i}.concord")
    c.execute("update meta set value=? where key='study_uuid'", (uuid,))
    c.commit()
    c.close()
EOF
t0="$(now)"
for i in $(seq 1 20); do
  java -Xmx256m -jar "$jar" sync --study "$work/laptop$i.concord" --db "postgresql://field@$server" \
    --laptop "laptop-$i" --timings >"$work/laptop$i.out" 2>&1 &
done
wait
t1="$(now)"
/usr/bin/python3 - "$work" "$(echo "$t1 - $t0" | bc)" <<'EOF'
import math, re, sys
work, wall = sys.argv[1], float(sys.argv[2])
rows, batches, syncs = 0, [], []
for i in range(1, 21):
    out = open(f"{work}/laptop{i}.out").read()
    m = re.search(r"sent (\d+) rows .* in ([\d.]+) s", out)
    if not m:
        sys.exit(f"laptop {i} failed:\n{out}")
    rows += int(m.group(1))
    syncs.append(float(m.group(2)))
    batches += [int(x) for x in re.search(r"Batch ms: ([\d ]+)", out).group(1).split()]
batches.sort()
p95 = batches[math.ceil(0.95 * len(batches)) - 1]
print(f"20 laptops at once: {rows} rows in {len(batches)} batches; wall {wall:.1f} s including 20 JVM starts "
      f"({rows / wall:.0f} rows/s); slowest sync {max(syncs):.1f} s ({rows / max(syncs):.0f} rows/s); "
      f"batch latency p50 {batches[(len(batches) - 1) // 2]} ms, p95 {p95} ms, max {batches[-1]} ms")
EOF
concord server status --db "postgresql://field@$server" --json >"$work/status.json"
/usr/bin/python3 - "$work/status.json" <<'EOF'
import json, sys
for s in json.load(open(sys.argv[1]))["studies"]:
    print(f"  server study {s['study_id']}: {s['participants']} participants, {s['answers']} answers, "
          f"{s['laptops']} laptops")
EOF
}
[[ "${1:-}" == national ]] || laptops

# 3. Analysis from the server against the same from the file (default permutations and bootstrap).
timed() { # label, then the analyse arguments
  local label="$1"; shift
  /usr/bin/time -f "%e" -o "$work/time" java -Xmx1g -jar "$jar" analyse "$@" --rates "$work/national-rates.csv" \
    >/dev/null
  printf '%s' "$(cat "$work/time")"
}
file_s="$(timed file --study "$work/national.concord" --json "$work/file.json")"
server_s="$(timed server --db "postgresql://analyst@$server" --study-id "$study" --json "$work/server.json")"
file2_s="$(timed file --study "$work/national.concord" --json "$work/file.json")"
server2_s="$(timed server --db "postgresql://analyst@$server" --study-id "$study" --json "$work/server.json")"
/usr/bin/python3 - "$work" "$file_s" "$server_s" "$file2_s" "$server2_s" <<'EOF'
import json, sys
work = sys.argv[1]
f, s, f2, s2 = map(float, sys.argv[2:])
a, b = json.load(open(f"{work}/file.json")), json.load(open(f"{work}/server.json"))
a["parameters"].pop("inputs"); b["parameters"].pop("inputs")
same = "equal" if a == b else "DIFFERENT"
print(f"analyse national: file {f:.2f} s / {f2:.2f} s, server {s:.2f} s / {s2:.2f} s (wall, two runs each); "
      f"ratio server/file {min(s, s2) / min(f, f2):.2f} (best of two); JSON apart from inputs: {same}")
EOF
