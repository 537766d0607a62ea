# Source this (`. scripts/node22.sh`) to run the project on Node.js 22, the active LTS it targets,
# on a machine whose own Node.js is older (this project's machines have 20, which reached end of
# life in April 2026, and reach only the npm registry and Debian's packages, whose nodejs is 20):
# it installs the official Node.js build that the npm registry carries as `node-linux-<arch>`
# into .node/ (once) and puts it first on PATH, so npm, npx and every script run on it.
# The version is pinned, so CI and every machine whose Node.js is older run the same one; a
# machine that already has Node.js 22 or later keeps its own.
SUNSHINE_NODE_VERSION=22.23.5
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)" -lt 22 ]; then
  _arch=$(uname -m); case "$_arch" in x86_64) _arch=x64 ;; aarch64) _arch=arm64 ;; esac
  _root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
  _bin="$_root/.node/node_modules/node-linux-$_arch/bin"
  if [ "$("$_bin/node" -v 2>/dev/null)" != "v$SUNSHINE_NODE_VERSION" ]; then
    npm install --no-audit --no-fund --no-save --silent --prefix "$_root/.node" "node-linux-$_arch@$SUNSHINE_NODE_VERSION"
  fi
  export PATH="$_bin:$PATH"
  unset _arch _root _bin
fi
