#!/bin/sh
# Fails when a core module includes a module it may not use: each module
# uses only those listed before it here (see README, Architecture).
set -eu
core=$1
allowed() {
  case $1 in
    base) echo "base" ;;
    tables) echo "base tables" ;;
    codes) echo "base tables codes" ;;
    import) echo "base tables import" ;;
    pack) echo "base tables pack" ;;
    claims/input) echo "base tables codes claims/input" ;;
    claims/rules) echo "base tables codes claims/input claims/rules" ;;
    bills) echo "base tables codes claims/input claims/rules bills" ;;
    json) echo "base tables codes import pack claims/input claims/rules bills json" ;;
  esac
}
status=0
for module in base tables codes import pack claims/input claims/rules bills json; do
  for file in $(find "$core/$module" "$core/include/billcode/$module" \
                  -name '*.h' -o -name '*.cc' 2>/dev/null); do
    for used in $(sed -n 's|^#include "billcode/\([a-z]*\)/.*|\1|p;
                         s|^#include "billcode/claims/\([a-z]*\)/.*|claims/\1|p' \
                    "$file" | grep -v '^claims$' | sort -u); do
      case " $(allowed "$module") " in
        *" $used "*) ;;
        *) echo "$file: module $module may not include $used"; status=1 ;;
      esac
    done
  done
done
exit $status
