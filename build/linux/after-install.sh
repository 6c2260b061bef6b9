#!/bin/sh
# deb postinst (electron-builder's afterInstall): the folder IT drops provisioning files in.
# A file there is applied once at the app's next start, then renamed *.applied.
set -e
mkdir -p /etc/accueil/provisioning
chmod 0750 /etc/accueil/provisioning
