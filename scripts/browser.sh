#!/usr/bin/env bash
# Installs what the browser tests (reference-app's *IT in dev.maangtracker.app.ui) need, from
# Debian packages, where missing: Chromium and its chromedriver. Idempotent: a second run installs
# nothing. Run as root; without root it only reports.
#
#   sudo bash scripts/browser.sh
#
# Progress goes to stderr. The browser tests skip without the browser, except under CI=true, where
# they fail; so this script exits 1 when it could have installed and apt failed.
set -euo pipefail

# shellcheck source=lib/install-missing.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/install-missing.sh"

install_missing browser "the browser tests skip meanwhile, or fail under CI=true" \
    /usr/bin/chromium=chromium \
    /usr/bin/chromedriver=chromium-driver
