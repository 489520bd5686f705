#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through its ChromeDriver; nothing is downloaded at test
# time. Installs both from Debian's packages when they are missing (needs root, as on CI).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need /usr/bin/chromium and /usr/bin/chromedriver: install the Debian packages" \
       "'chromium' and 'chromium-driver' (as root: apt-get install chromium chromium-driver)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "Installed $(/usr/bin/chromium --version)"
