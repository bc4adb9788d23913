# Sourced by the scripts: the one build directory every build shares, outside the clone, so a
# fresh clone (CI) reuses the last build instead of starting cold. Any other directory works as
# well: the runtime's wasm does not depend on where it is built (runtime/build.rs).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lode/target}"
LODE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LODE_ROOT
# The node the scripts run: the release build, unless LODE_NODE names another.
export LODE_NODE="${LODE_NODE:-$CARGO_TARGET_DIR/release/lode-node}"
