#!/usr/bin/env bash
# Regenerates bundles/org.triage.model/src-gen (the model) and bundles/org.triage.model.edit (its EMF.Edit item
# providers) from bundles/org.triage.model/model/triage.genmodel.
# Hand-written code marked "@generated NOT" survives; a second run gives no diff.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$root/releng/scripts/java-home.sh"
exec "$root/mvnw" -q -f "$here/pom.xml" compile exec:java
