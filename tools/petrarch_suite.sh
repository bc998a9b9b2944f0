#!/bin/sh
# PETRARCH's own validation suite with its own dictionaries, scored as PETRARCH2 is scored.
# Run from the project root (../shared beside it): imports PETR.Validate.{actors,agents,verbs,
# discards} into a temporary dictionary directory that replaces the built-in base, then runs
# ../shared/tools/score_petrarch.py over `dyad extract` with only those dictionaries, and
# prints the scorer's output. Extra arguments go to the scorer (-v lists each miss).
set -eu
DYAD=${DYAD:-target/release/dyad}
SHARED=${SHARED:-../shared}
DICT=$SHARED/data/cameo
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
export DYAD_KB_DIR="$dir"
"$DYAD" kb import --replace-builtin --format cameo "$DICT/PETR.Validate.actors.txt" >&2
"$DYAD" kb import --format cameo-agents "$DICT/PETR.Validate.agents.txt" >&2
"$DYAD" kb import --format cameo-verbs "$DICT/PETR.Validate.verbs.txt" >&2
"$DYAD" kb import --format cameo-discards "$DICT/PETR.Validate.discards.txt" >&2
python3 "$SHARED/tools/score_petrarch.py" --cmd "$DYAD extract --format jsonl -" "$@"
