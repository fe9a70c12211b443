#!/usr/bin/env bash
# Cross-validation of the channel classifier by article, with the scorer's
# fixed split: for each part K of N, train on the other parts and extract
# part K with that model; the N parts' predictions are scored together,
# beside the rule cascade alone on the same articles. Then transfer: trained
# on one corpus, scored on the other. Needs the yardstick in ../shared/eval.
#   scripts/cv-channel.sh [N] [train-channel flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"; shift || true
eval=../shared/eval
pn=$eval/polnear/dev.jsonl cel=$eval/celebrity/dev.jsonl
[ -f "$pn" ] && [ -f "$cel" ] || { echo "cv-channel.sh: the yardstick is not in $eval" >&2; exit 1; }
go build -o bin/quotewire ./services/quotewire
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# part K of N of a gold file, as articles for `quotewire extract`
part() { python3 - "$1" "$2" "$3" <<'PY'
import hashlib, json, sys
path, k, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for line in open(path, encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        if int(hashlib.sha256(str(d["id"]).encode()).hexdigest()[:8], 16) % n == k:
            print(json.dumps({"id": d["id"], "text": d["text"]}))
PY
}
summary() { python3 $eval/score.py --pred "$1" "${@:2}" | awk '/^==/ {f=$2; sub(".*/eval/", "", f)} /quote +P/ {q=$7} /attribution/ {a=$NF} /channel +acc/ {printf "  %-22s channel %s  quote F1 %s  attribution F1 %s\n", f, $3, q, a}'; }
: > "$tmp/model.jsonl"; : > "$tmp/rules.jsonl"
for k in $(seq 0 $((n - 1))); do
  bin/quotewire train-channel -o "$tmp/m$k" -not-part "$k/$n" "$@" "$pn" "$cel" >/dev/null
  for f in "$pn" "$cel"; do
    part "$f" "$k" "$n" | bin/quotewire extract -channel-model "$tmp/m$k" >> "$tmp/model.jsonl"
    part "$f" "$k" "$n" | bin/quotewire extract -rules >> "$tmp/rules.jsonl"
  done
done
echo "$n-fold cross-validation by article, the classifier (each part scored by the model trained on the others):"
summary "$tmp/model.jsonl" "$pn" "$cel"
echo "the rule cascade alone, same articles:"
summary "$tmp/rules.jsonl" "$pn" "$cel"
echo "outlets of the labelled quotes found (the classifier's, then the rules'):"
bin/quotewire eval-outlets -pred "$tmp/model.jsonl" "$pn" "$cel" | sed 's/^/  /'
bin/quotewire eval-outlets -pred "$tmp/rules.jsonl" "$pn" "$cel" | sed 's/^/  /'

bin/quotewire train-channel -o "$tmp/pn" "$@" "$pn" >/dev/null
bin/quotewire train-channel -o "$tmp/cel" "$@" "$cel" >/dev/null
echo "transfer, trained on PolNeAR dev only, scored on celebrity dev:"
python3 -c 'import json,sys; [print(json.dumps({"id":json.loads(l)["id"],"text":json.loads(l)["text"]})) for l in open(sys.argv[1]) if l.strip()]' "$cel" | bin/quotewire extract -channel-model "$tmp/pn" > "$tmp/t1.jsonl"
summary "$tmp/t1.jsonl" "$cel"
echo "transfer, trained on celebrity dev only, scored on PolNeAR dev:"
python3 -c 'import json,sys; [print(json.dumps({"id":json.loads(l)["id"],"text":json.loads(l)["text"]})) for l in open(sys.argv[1]) if l.strip()]' "$pn" | bin/quotewire extract -channel-model "$tmp/cel" > "$tmp/t2.jsonl"
summary "$tmp/t2.jsonl" "$pn"
