# Sourced by the scripts: the one build directory every build shares, outside the clone, so a
# fresh clone (CI) reuses the last build instead of starting cold.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/lode/target}"
LODE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export LODE_ROOT
# runtime/build.rs builds the wasm runtime from the checkout as seen through
# $CARGO_TARGET_DIR/lode-src, a link to the checkout, so that every checkout building here makes
# the same wasm (and the chain specs in chain-specs/, which contain it, stay exact). The wasm
# carries source paths in panic locations: map the link's and cargo's to fixed names.
export WASM_BUILD_RUSTFLAGS="--remap-path-prefix=$CARGO_TARGET_DIR/lode-src=/lode --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"
export LODE_NODE="$CARGO_TARGET_DIR/release/lode-node"
