#!/usr/bin/env bash
# Makes sure the studio tests can start a PostgreSQL server of their own (initdb and pg_ctl,
# found where src/studio/test/postgresCluster.fixture.ts looks: /usr/lib/postgresql/*/bin, then
# the PATH). On Debian it installs the `postgresql` package; the tests start and stop their
# own server in a temporary folder, so the package's own service is not needed.
set -euo pipefail

for bin in /usr/lib/postgresql/*/bin; do
  if [ -x "$bin/initdb" ] && [ -x "$bin/pg_ctl" ]; then
    echo "PostgreSQL: $bin"
    exit 0
  fi
done

if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
  echo "PostgreSQL: $(dirname "$(command -v initdb)")"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing Debian's postgresql (apt-get)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  echo "PostgreSQL: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  exit 0
fi

echo "PostgreSQL is not installed and there is no apt-get here: install PostgreSQL (initdb and" >&2
echo "pg_ctl on the PATH), or run the tests with RCML_SKIP_POSTGRES=1 (SQLite only)." >&2
exit 1
