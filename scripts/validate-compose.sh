#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: `compose config` only parses, interpolates
# and checks the file against the Compose schema.
#   1. with .env.example the file must be valid;
#   2. without the required secrets it must be rejected (the ${VAR:?...} guards).
# Uses `docker compose` (v2 plugin) when present, else the standalone `docker-compose` (v1.29+).
# The structural rules (images, healthchecks, secrets, ...) are checked by
# reference-app/src/test/java/dev/maangtracker/app/deploy/DockerComposeFileTest.java.
set -euo pipefail

cd "$(dirname "$0")/.."

if docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
else
  echo "validate-compose: neither 'docker compose' nor 'docker-compose' is installed" >&2
  exit 2
fi
echo "validate-compose: using $("${compose[@]}" version | head -n 1)"

"${compose[@]}" -f docker-compose.yml --env-file .env.example config -q
echo "validate-compose: docker-compose.yml is valid with .env.example"

# Without the secrets (and with none inherited from this shell) compose must refuse to start.
no_secrets=$(mktemp)
trap 'rm -f "$no_secrets"' EXIT
grep -Ev '^[[:space:]]*(POSTGRES_PASSWORD|REDIS_PASSWORD)=' .env.example > "$no_secrets"
if env -u POSTGRES_PASSWORD -u REDIS_PASSWORD \
    "${compose[@]}" -f docker-compose.yml --env-file "$no_secrets" config -q >/dev/null 2>&1; then
  echo "validate-compose: FAILED: the file is accepted without POSTGRES_PASSWORD/REDIS_PASSWORD;" \
       "reference them as \${VAR:?message}" >&2
  exit 1
fi
echo "validate-compose: missing secrets are rejected"
