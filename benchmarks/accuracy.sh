#!/usr/bin/env bash
# Accuracy figures: the founding article (statement-level score) and the WikiNews dev split
# (published metric, our implementation). Paths to ../shared are arguments, never committed data.
#   bash benchmarks/accuracy.sh ../shared
set -euo pipefail
shared=${1:?usage: accuracy.sh PATH_TO_SHARED}
out=$(mktemp)
zitat extract "$shared/examples/dpa-2025-09-05-kreml-nato.txt" --format jsonl > "$out"
echo "== founding article (score_statements.py)"
python "$shared/tools/score_statements.py" "$shared/examples/dpa-2025-09-05-kreml-nato.expected.json" \
  "$shared/examples/dpa-2025-09-05-kreml-nato.txt" "$out" | tail -n 5
echo "== WikiNews dev"
zitat evaluate wikinews "$shared/data/wikinews-quotes/dev.jsonl"
rm -f "$out"
