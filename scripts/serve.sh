#!/usr/bin/env bash
# Installs what is missing, builds the explorer with the seed article, and serves it on
# http://127.0.0.1:8080 (rebuilding on changes). Stop with Ctrl-C.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
exec bash "$(dirname "$0")/trunk.sh" serve --release
