# A Debian package with CPack. Included by the top-level CMakeLists.txt.
#
#   cmake -S . -B build-pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
#   cmake --build build-pkg
#   cpack --config build-pkg/CPackConfig.cmake -B build-pkg/packages      # tally_<version>_<arch>.deb
#
# The package installs under /usr whatever CMAKE_INSTALL_PREFIX is. The binary finds its tables next to
# itself (../share/tally) before the configured folder, so a /usr/local build still works from /usr;
# configuring with -DCMAKE_INSTALL_PREFIX=/usr makes the configured folder right too.
# tests/package/deb_test.sh builds, installs and checks the package.

set(TALLY_PACKAGE_MAINTAINER "tally maintainers <tally@example.org>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tally)
set(CPACK_PACKAGE_VENDOR "tally")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${TALLY_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "extract party seat tallies from election news articles and reconcile them per date")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)

set(CPACK_DEBIAN_PACKAGE_NAME tally)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${TALLY_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Depends: computed from the binary's shared libraries by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion, jq")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description. CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY on the first line and indents
# this text under it (an empty line becomes " .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "tally reads news articles about elections, finds every statement of how many seats a party won or
leads in, and reconciles them per date, election and chamber into one figure per party, keeping the
most authoritative count and listing the others.

It prints a table, JSON, JSON Lines or CSV, and splits into a map step (tally extract) and a reduce
step (tally reconcile) for large archives.")

# A source tarball (cpack --config CPackSourceConfig.cmake): the tracked tree without build output.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "tally-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/_CPack_Packages/" "\\\\.deb$" "/__pycache__/")

include(CPack)
