#!/bin/sh
# deb postinst (electron-builder's afterInstall): the folder IT drops provisioning files in.
# A file there is applied once at the app's next start, then replaced by <name>.applied
# without its enrolment code: the app's account (accueil, build/kiosk/README.md) may read
# and replace files there; nobody else may read them (they hold one-time codes).
set -e
mkdir -p /etc/accueil/provisioning
if getent group accueil >/dev/null 2>&1; then
  chgrp accueil /etc/accueil/provisioning
  chmod 2770 /etc/accueil/provisioning
else
  # No accueil account yet: create it (build/kiosk/README.md), then
  # chgrp accueil /etc/accueil/provisioning && chmod 2770 /etc/accueil/provisioning
  chmod 0700 /etc/accueil/provisioning
fi
