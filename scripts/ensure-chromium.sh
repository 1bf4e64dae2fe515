#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium to drive, in the order playwright.config.ts
# looks for one: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Playwright's own download.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not executable" >&2; exit 1; }
  echo "Chromium: $CHROMIUM_PATH"
  exit 0
fi

if [ -x /usr/bin/chromium ]; then
  echo "Chromium: /usr/bin/chromium"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing Debian's chromium (apt-get)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  echo "Chromium: /usr/bin/chromium"
  exit 0
fi

# No Debian package manager (e.g. macOS): use Playwright's own browser build.
npx playwright install chromium
