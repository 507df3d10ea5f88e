# Installs the manual page, the shell completions and the documentation. Included by the top-level
# CMakeLists.txt, which installs the binary and the alias tables itself.
#
#   <prefix>/share/man/man1/tally.1.gz                      (gzip -9n when gzip is found, else tally.1)
#   <prefix>/share/bash-completion/completions/tally
#   <prefix>/share/zsh/vendor-completions/_tally
#   <prefix>/share/doc/tally/README.md                      (when the source tree has one)
#   <prefix>/share/doc/tally/schema/*.schema.json, README.md

# The manual page, with the version in its title line taken from the project.
set(_tally_man_source ${PROJECT_SOURCE_DIR}/man/tally.1)
set(_tally_man_dir ${PROJECT_BINARY_DIR}/man)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_tally_man_source})
file(READ ${_tally_man_source} _tally_man_text)
string(REGEX REPLACE "(\n\\.TH [^\n]*)\"tally [^\"\n]*\"" "\\1\"tally ${PROJECT_VERSION}\"" _tally_man_text
       "${_tally_man_text}")
set(_tally_man_old "")
if(EXISTS ${_tally_man_dir}/tally.1)
  file(READ ${_tally_man_dir}/tally.1 _tally_man_old)
endif()
if(NOT _tally_man_old STREQUAL _tally_man_text)  # rewrite only on change: keeps the .gz up to date, no more
  file(WRITE ${_tally_man_dir}/tally.1 "${_tally_man_text}")
endif()

find_program(TALLY_GZIP gzip)
mark_as_advanced(TALLY_GZIP)
if(TALLY_GZIP)
  # -n: no name or time stamp in the header, so that the package is reproducible (Debian policy 12.1)
  add_custom_command(OUTPUT ${_tally_man_dir}/tally.1.gz
                     COMMAND ${TALLY_GZIP} -9nkf ${_tally_man_dir}/tally.1
                     DEPENDS ${_tally_man_dir}/tally.1
                     COMMENT "Compressing the manual page"
                     VERBATIM)
  add_custom_target(tally_man ALL DEPENDS ${_tally_man_dir}/tally.1.gz)
  install(FILES ${_tally_man_dir}/tally.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  install(FILES ${_tally_man_dir}/tally.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# Shell completions, where bash-completion and Debian's zsh look for them.
install(FILES ${PROJECT_SOURCE_DIR}/contrib/completions/tally.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME tally)
install(FILES ${PROJECT_SOURCE_DIR}/contrib/completions/_tally
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)

# Documentation.
foreach(_tally_doc README.md README)
  if(EXISTS ${PROJECT_SOURCE_DIR}/${_tally_doc})
    install(FILES ${PROJECT_SOURCE_DIR}/${_tally_doc} DESTINATION ${CMAKE_INSTALL_DOCDIR})
    break()
  endif()
endforeach()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/schema/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/schema
        FILES_MATCHING PATTERN "*.json" PATTERN "*.md")
