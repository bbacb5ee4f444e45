# Sourced by the project's scripts: puts the pinned Node.js (.node-version)
# first on PATH. Lambda runs Node 22 and werift and the AWS SDK need it, while
# a fresh machine has Node 20; the binary comes from the npm registry package
# node-linux-<arch> (installed by scripts/bootstrap.sh into .tools/).
carillon_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
carillon_node_version=$(cat "$carillon_root/.node-version")
case "$(uname -m)" in
  x86_64) carillon_node_arch=x64 ;;
  aarch64 | arm64) carillon_node_arch=arm64 ;;
  *) carillon_node_arch=$(uname -m) ;;
esac
carillon_node_pkg="node-linux-$carillon_node_arch"
carillon_node_bin="$carillon_root/.tools/node_modules/$carillon_node_pkg/bin"
export PATH="$carillon_node_bin:$PATH"
