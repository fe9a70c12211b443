# Shared by cv-channel.sh and cv-speaker.sh (sourced, with n set): the
# yardstick's files, the scorer's split, the folds and a one-line summary of
# the scores. Builds bin/quotewire and a temporary directory $tmp.
eval=../shared/eval
pn=$eval/polnear/dev.jsonl cel=$eval/celebrity/dev.jsonl
[ -f "$pn" ] && [ -f "$cel" ] || { echo "$(basename "$0"): the yardstick is not in $eval" >&2; exit 1; }
# part K of N of a gold file (N=0: all of it), as articles for `quotewire extract`
part() { python3 - "$1" "$2" "$3" <<'PY'
import hashlib, json, sys
path, k, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for line in open(path, encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        if n == 0 or int(hashlib.sha256(str(d["id"]).encode()).hexdigest()[:8], 16) % n == k:
            print(json.dumps({"id": d["id"], "text": d["text"]}))
PY
}
# summary PRED GOLD...: channel, speaker, quote and attribution figures per gold file
summary() { python3 $eval/score.py --pred "$1" "${@:2}" | awk '/^==/ {f=$2; sub(".*/eval/", "", f)} /quote +P/ {q=$7} /speaker +acc/ {s=$3; c=$8; a=$NF} /channel +acc/ {printf "  %-22s channel %s  speaker %s  coverage %s  quote F1 %s  attribution F1 %s\n", f, $3, s, c, q, a}'; }
go build -o bin/quotewire ./services/quotewire
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# crossvalidate TRAIN MODEL-FLAG BASELINE-FLAGS [train flags...]: for each
# part K of n, `quotewire TRAIN` on the other parts, then extract part K with
# that model (MODEL-FLAG FILE) into $tmp/model.jsonl and with BASELINE-FLAGS
# into $tmp/base.jsonl
crossvalidate() {
  local train=$1 flag=$2 base=$3; shift 3
  : > "$tmp/model.jsonl"; : > "$tmp/base.jsonl"
  for k in $(seq 0 $((n - 1))); do
    bin/quotewire "$train" -o "$tmp/m$k" -not-part "$k/$n" "$@" "$pn" "$cel" >/dev/null
    for f in "$pn" "$cel"; do
      part "$f" "$k" "$n" | bin/quotewire extract "$flag" "$tmp/m$k" >> "$tmp/model.jsonl"
      part "$f" "$k" "$n" | bin/quotewire extract $base >> "$tmp/base.jsonl"
    done
  done
}
