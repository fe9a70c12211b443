#!/usr/bin/env bash
# Cross-validation of the channel classifier by article, with the scorer's
# fixed split: for each part K of N, train on the other parts and extract
# part K with that model; the N parts' predictions are scored together,
# beside the rule cascade alone on the same articles. Then transfer: trained
# on one corpus, scored on the other. Every model also learns the golden
# files, as make train's does (they are in no part: the scorer never sees
# them). Needs the yardstick in ../shared/eval.
#   scripts/cv-channel.sh [N] [train-channel flags...]
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"; shift || true
. scripts/cv-lib.sh
# the speakers here are the built-in ranker's, trained on these articles: left out
channels() { summary "$@" | sed 's/  speaker [0-9.]*  coverage [0-9.]*//'; }
goldens=(-goldens pkg/quote/testdata/extract)
crossvalidate train-channel -channel-model -rules "${goldens[@]}" "$@"
echo "$n-fold cross-validation by article, the classifier (each part scored by the model trained on the others):"
channels "$tmp/model.jsonl" "$pn" "$cel"
echo "the rule cascade alone, same articles:"
channels "$tmp/base.jsonl" "$pn" "$cel"
echo "outlets of the labelled quotes found (the classifier's, then the rules'):"
bin/quotewire eval-outlets -pred "$tmp/model.jsonl" "$pn" "$cel" | sed 's/^/  /'
bin/quotewire eval-outlets -pred "$tmp/base.jsonl" "$pn" "$cel" | sed 's/^/  /'

bin/quotewire train-channel -o "$tmp/pn" "${goldens[@]}" "$@" "$pn" >/dev/null
bin/quotewire train-channel -o "$tmp/cel" "${goldens[@]}" "$@" "$cel" >/dev/null
echo "transfer, trained on PolNeAR dev (and the goldens) only, scored on celebrity dev:"
part "$cel" 0 0 | bin/quotewire extract -channel-model "$tmp/pn" > "$tmp/t1.jsonl"
channels "$tmp/t1.jsonl" "$cel"
echo "transfer, trained on celebrity dev (and the goldens) only, scored on PolNeAR dev:"
part "$pn" 0 0 | bin/quotewire extract -channel-model "$tmp/cel" > "$tmp/t2.jsonl"
channels "$tmp/t2.jsonl" "$pn"
