#!/usr/bin/env bash
# Prints the directories of the workspace's modules, one per line.
cd "$(dirname "$0")/.." && go work edit -json | python3 -c 'import json,sys; [print(u["DiskPath"]) for u in json.load(sys.stdin)["Use"]]'
