# Sourced by the scripts: the one build directory every build shares, outside the clone, so a
# fresh clone (CI) reuses the last build instead of starting cold.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lode/target}"
LODE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LODE_ROOT
# The runtime's wasm build runs in the target directory, outside the clone: point it at the
# workspace so it builds with the same Cargo.lock.
export WASM_BUILD_WORKSPACE_HINT="$LODE_ROOT"
# The wasm runtime carries source paths (in panic locations): map the clone's and cargo's paths
# to fixed names so that every clone builds the same wasm, and the chain specs in chain-specs/,
# which contain it, match what any clone's node generates.
export WASM_BUILD_RUSTFLAGS="--remap-path-prefix=$LODE_ROOT=/lode --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"
export LODE_NODE="$CARGO_TARGET_DIR/release/lode-node"
