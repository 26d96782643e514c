#!/usr/bin/env bash
# Points every `uses:` of quota-guard itself — in the reusable workflows, the example workflows and the README — at
# OWNER/REPO and the major tag MAJOR (default v1). The reusable workflows run in the caller's repository, where
# `uses: ./` would be the caller's checkout, so they must name the published action. The release workflow refuses a
# tag whose files do not name the repository being released: a fork runs this once and commits the result.
#   scripts/set-owner.sh acme/quota-guard        # → uses: acme/quota-guard@v1
#   scripts/set-owner.sh acme/quota-guard v2
set -euo pipefail
cd "$(dirname "$0")/.."
repo="${1:?usage: scripts/set-owner.sh OWNER/REPO [MAJOR]}"
major="${2:-v1}"
[[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || { echo "not OWNER/REPO: $repo" >&2; exit 2; }
[[ "$major" =~ ^v[0-9]+$ ]] || { echo "not a major tag such as v1: $major" >&2; exit 2; }
files=(.github/workflows/*.yml examples/workflows/*.yml README.md)
# `uses: X/quota-guard@vN` and `uses: X/Y/.github/workflows/(quota-gate|org-scan).yml@vN`, with <org> or any owner.
sed -E -i \
  -e "s#(uses: +)[^ /\`]+/quota-guard@v[0-9]+#\1${repo}@${major}#g" \
  -e "s#(uses: +)[^ /\`]+/[^ /\`]+(/\.github/workflows/(quota-gate|org-scan)\.yml)@v[0-9]+#\1${repo}\2@${major}#g" \
  "${files[@]}"
echo "uses: lines now call ${repo}@${major}:"
grep -nE "uses: +${repo}" "${files[@]}" || true
