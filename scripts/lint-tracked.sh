#!/usr/bin/env bash
# Lints exactly what git tracks (plus staged files): what CI will see on a clean checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files --cached -- '*.ts' '*.tsx' '*.js' '*.mjs' '*.css' '*.md' '*.json' | xargs npx biome check "$@"
