#!/usr/bin/env bash
# Installs the Debian 12 packages the transfer integration tests need to run real
# servers on 127.0.0.1 (tests/fixtures/servers.sh): OpenSSH sshd (SFTP), nginx with
# WebDAV, a one-node Ceph cluster with the RADOS Gateway (S3), and rclone + curl as
# independent clients. Only what is missing is installed; sudo is used only when not
# root. Package scripts are kept from starting system daemons (the fixtures start
# their own, on their own ports).
set -euo pipefail

packages=(
  openssh-server openssh-client
  nginx libnginx-mod-http-dav-ext apache2-utils
  radosgw ceph-mon ceph-osd uuid-runtime
  rclone curl openssl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

# Keep apt from starting nginx, sshd or ceph daemons: install a policy-rc.d that
# refuses every start, but only if the machine has none (a container image usually
# ships one already), and remove it again afterwards.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod 755 "$policy"
  own_policy=1
fi
cleanup() {
  if [ "$own_policy" = 1 ]; then
    $sudo rm -f "$policy"
  fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
