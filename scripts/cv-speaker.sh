#!/usr/bin/env bash
# Cross-validation of the he/she ranker by article, with the scorer's fixed
# split: for each part K of N, train the ranker on the other parts and
# extract part K with it; the N parts' predictions are scored together
# (speaker accuracy, coverage, attribution), beside recency alone (no
# ranker). Then transfer: trained on PolNeAR dev only, scored on celebrity
# dev. Needs the yardstick in ../shared/eval.
#   scripts/cv-speaker.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"
. scripts/cv-lib.sh
# the channels here are the built-in model's, trained on these articles: left out
speakers() { summary "$@" | sed 's/channel [0-9.]*  //'; }
crossvalidate train-speaker -speaker-model "-speaker-model none"
echo "$n-fold cross-validation by article, the ranker (each part resolved by the ranker trained on the others):"
speakers "$tmp/model.jsonl" "$pn" "$cel"
echo "recency alone (no ranker), same articles:"
speakers "$tmp/base.jsonl" "$pn" "$cel"
bin/quotewire train-speaker -o "$tmp/pn" "$pn" >/dev/null
echo "transfer, the ranker trained on PolNeAR dev only, scored on celebrity dev:"
part "$cel" 0 0 | bin/quotewire extract -speaker-model "$tmp/pn" > "$tmp/t1.jsonl"
speakers "$tmp/t1.jsonl" "$cel"
