#!/usr/bin/env bash
# Validates action.yml, every workflow (including the reusable quota-gate.yml) and the example workflows the README
# shows (examples/workflows/) with @action-validator/cli.
# @action-validator/cli 0.6.0 (the latest) embeds a SchemaStore schema that predates `runs.using: node24`
# (supported by the runner since v2.327.1, required since GitHub removed node20). So the action is validated as a
# copy with that one value swapped, after checking the original declares node24 and nothing else changed.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -qE '^  using: node24$' action.yml || { echo "action.yml must declare runs.using: node24" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed 's/^  using: node24$/  using: node20/' action.yml > "$tmp/action.yml"
[ "$(diff action.yml "$tmp/action.yml" | grep -c '^[<>]')" = 2 ] || { echo "unexpected difference while preparing action.yml" >&2; exit 1; }
npx --no-install action-validator "$tmp/action.yml"
# The README's caller example must exist: a missing file would otherwise be skipped silently.
[ -f examples/workflows/deploy-with-quota-gate.yml ] || { echo "examples/workflows/deploy-with-quota-gate.yml is missing" >&2; exit 1; }
for f in .github/workflows/*.yml examples/workflows/*.yml; do
  [ -e "$f" ] || continue
  npx --no-install action-validator "$f"
done
echo "action.yml and workflows are valid"
